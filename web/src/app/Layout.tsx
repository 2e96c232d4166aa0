import type { ReactNode } from 'react';
import { useMutation } from 'urql';
import { Link, navigate } from './router';
import { useSession } from './session';
import { useOnline } from './online';
import { AlertBanner } from '../alerts/AlertBanner';
import { LogoutMutation } from '../api/documents';
import { NotificationBell } from '../ui/NotificationBell';

export function Layout({ children }: { children: ReactNode }) {
  const { me, refresh } = useSession();
  const online = useOnline();
  const [, logout] = useMutation(LogoutMutation);
  const isLead = !!me?.neighbourhood?.leads?.some((l) => l.id === me.id);
  const onLogout = async () => {
    await logout({});
    refresh();
    navigate('/');
  };
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          <img src="/icons/icon.svg" alt="" width="32" height="32" />
          <span>Voisinage</span>
        </Link>
        <nav aria-label="Navigation principale">
          <ul>
            {me ? (
              <>
                <li><Link to="/quartier">Quartier</Link></li>
                <li><Link to="/fil">Fil</Link></li>
                <li><Link to="/annonces">Annonces</Link></li>
                <li><Link to="/alertes">Alertes</Link></li>
                <li><Link to="/messages">Messages</Link></li>
                <li><Link to="/organisations">Organisations</Link></li>
                <li><NotificationBell /></li>
                <li><Link to="/profil">Profil</Link></li>
                {isLead && <li><Link to="/responsable">Responsable</Link></li>}
                <li>
                  <button type="button" className="link-button" onClick={onLogout}>
                    Se déconnecter
                  </button>
                </li>
              </>
            ) : (
              <>
                <li><Link to="/connexion">Se connecter</Link></li>
                <li><Link to="/inscription">S'inscrire</Link></li>
              </>
            )}
          </ul>
        </nav>
      </header>
      {!online && (
        <p className="offline" role="status">
          Vous êtes hors ligne : les informations affichées peuvent ne pas être à jour.
        </p>
      )}
      {me && <AlertBanner />}
      <main id="contenu">{children}</main>
      <footer className="site-footer">
        <p>Voisinage — l'entraide entre voisins vérifiés. Votre adresse n'est jamais montrée à personne.</p>
      </footer>
    </>
  );
}
