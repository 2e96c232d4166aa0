import { Link, useLocation } from '../app/router';
import { useSession } from '../app/session';
import { Page } from '../ui/Page';

export function Landing() {
  const { me } = useSession();
  const { search } = useLocation();
  return (
    <Page title="Voisinage, mon p'ti voisinage">
      {search.get('compte') === 'supprime' && !me && (
        <p className="notice" role="status">
          Votre compte a été supprimé. Merci d'avoir fait vivre votre quartier.
        </p>
      )}
      <p className="lead">
        Entraide, prêts, covoiturage, achats groupés et alertes : tout ce qui se passe entre voisins, et seulement entre
        vrais voisins.
      </p>
      {me ? (
        <p>
          Bonjour {me.pseudo} ! <Link to={nextStep(me)}>Continuer</Link>
        </p>
      ) : (
        <p className="cta">
          <Link to="/inscription" className="button">Créer mon compte</Link>
          <Link to="/connexion" className="button secondary">J'ai déjà un compte</Link>
        </p>
      )}
      <section aria-labelledby="how">
        <h2 id="how">Comment ça marche</h2>
        <ol className="steps">
          <li>
            <strong>Indiquez votre domicile.</strong> Nous ne gardons qu'une petite zone hexagonale de 15 000 m² environ,
            jamais votre position exacte ni votre adresse.
          </li>
          <li>
            <strong>Prouvez que vous êtes du coin</strong> : deux voisins vérifiés se portent garants, votre téléphone
            confirme votre position trois fois, ou vous recevez un code par carte postale.
          </li>
          <li>
            <strong>Rejoignez votre quartier</strong> ou fondez-le. Les quartiers grandissent et fusionnent d'eux-mêmes.
          </li>
          <li>
            <strong>Entraidez-vous</strong> : demandes d'aide, dons, trocs, prêts, covoiturage, achats groupés,
            événements, producteurs et associations du coin, et des alertes en direct quand il se passe quelque chose.
          </li>
        </ol>
      </section>
      <section aria-labelledby="privacy">
        <h2 id="privacy">Votre vie privée</h2>
        <p>
          Un seul pseudo et un mot de passe pour tous les services. Vous pouvez exporter vos données ou supprimer votre
          compte à tout moment depuis votre profil.
        </p>
      </section>
    </Page>
  );
}

/** Where a signed-in resident goes next: home, verification, neighbourhood, then the feed. */
export function nextStep(me: { homeCell?: string | null; verification: { status: string }; neighbourhood?: { id: string } | null }): string {
  if (!me.homeCell) return '/domicile';
  if (me.verification.status !== 'VERIFIED') return '/verification';
  if (!me.neighbourhood) return '/quartier';
  return '/fil';
}
