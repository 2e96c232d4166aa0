import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Whether a page was already shown: on the first load the focus stays at the top (where the skip link is); after
 * each in-app navigation it moves to the new page's heading, so screen readers announce the change.
 */
let shownBefore = false;

/** A page: names the tab and, after a navigation, takes the focus on its heading. */
export function Page({ title, children, wide }: { title: string; children: ReactNode; wide?: boolean }) {
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — Voisinage`;
    if (shownBefore) h1.current?.focus();
    shownBefore = true;
  }, [title]);
  return (
    <div className={wide ? 'page page-wide' : 'page'}>
      <h1 ref={h1} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
