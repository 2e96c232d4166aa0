import type { ReactNode } from 'react';
import { Link, useLocation } from '../app/router';
import { useSession, isVerified, type Me } from '../app/session';
import { Page } from './Page';

/** Renders children for a signed-in resident (verified and member if asked), else explains what is missing. */
export function RequireSession({ title, verified, member, children }: { title: string; verified?: boolean; member?: boolean; children: (me: Me) => ReactNode }) {
  const { me, loading } = useSession();
  const { pathname, search } = useLocation();
  // The whole address comes back after signing in (the consent page needs its partner's request).
  const here = encodeURIComponent(search.size > 0 ? `${pathname}?${search}` : pathname);
  if (loading) return <p role="status">Chargement…</p>;
  if (!me)
    return (
      <Page title={title}>
        <p>
          <Link to={`/connexion?suite=${here}`}>Connectez-vous</Link> ou{' '}
          <Link to={`/inscription?suite=${here}`}>créez un compte</Link> pour voir cette page.
        </p>
      </Page>
    );
  if (verified && !isVerified(me))
    return (
      <Page title={title}>
        <p>
          Cette page est réservée aux voisins vérifiés. <Link to={me.homeCell ? '/verification' : '/domicile'}>Terminer ma vérification</Link>
        </p>
      </Page>
    );
  if (member && !me.neighbourhood)
    return (
      <Page title={title}>
        <p>
          Rejoignez d'abord un quartier. <Link to="/quartier">Trouver mon quartier</Link>
        </p>
      </Page>
    );
  return <>{children(me)}</>;
}
