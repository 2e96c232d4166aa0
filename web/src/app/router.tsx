// A small history-based router: routes are patterns like "/annonces/:id"; navigation pushes history state, moves the
// focus to the new page's heading (screen readers announce it) and updates the document title.
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type AnchorHTMLAttributes, type ReactNode } from 'react';

export type Params = Record<string, string>;

/** Matches a path against a pattern ("/a/:id"); returns the decoded params or null. */
export function matchPath(pattern: string, path: string): Params | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('?')[0]!.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Params = {};
  for (let i = 0; i < p.length; i++) {
    const part = p[i]!;
    const seg = s[i]!;
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(seg);
      } catch {
        return null;
      }
    } else if (part !== seg) return null;
  }
  return params;
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

export function navigate(to: string, options?: { replace?: boolean }) {
  if (options?.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  notify();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useLocation(): { pathname: string; search: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, () => location.pathname + location.search, () => '/');
  return useMemo(() => {
    const url = new URL(href, 'http://x');
    return { pathname: url.pathname, search: url.searchParams };
  }, [href]);
}

const ParamsContext = createContext<Params>({});
export const useParams = () => useContext(ParamsContext);

export interface Route {
  path: string;
  render: () => ReactNode;
}

/** Renders the first route matching the location (each page focuses its own heading: see ui/Page). */
export function Routes({ routes, fallback }: { routes: Route[]; fallback: ReactNode }) {
  const { pathname } = useLocation();
  let params: Params | null = null;
  let route: Route | undefined;
  for (const r of routes) {
    params = matchPath(r.path, pathname);
    if (params) {
      route = r;
      break;
    }
  }
  return <ParamsContext.Provider value={params ?? {}}>{route ? route.render() : fallback}</ParamsContext.Provider>;
}

/** A link that navigates without reloading (and lets modified clicks open a new tab). */
export function Link({ to, children, ...rest }: { to: string; children: ReactNode } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const onClick = useCallback(
    (e: React.MouseEvent<HTMLAnchorElement>) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      navigate(to);
      window.scrollTo(0, 0);
    },
    [to],
  );
  const { pathname } = useLocation();
  return (
    <a href={to} onClick={onClick} aria-current={pathname === to ? 'page' : undefined} {...rest}>
      {children}
    </a>
  );
}
