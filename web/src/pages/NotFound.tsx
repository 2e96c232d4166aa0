import { Link } from '../app/router';
import { Page } from '../ui/Page';

export function NotFound() {
  return (
    <Page title="Page introuvable">
      <p>Cette page n'existe pas.</p>
      <p>
        <Link to="/">Revenir à l'accueil</Link>
      </p>
    </Page>
  );
}
