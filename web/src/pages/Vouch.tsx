import { useMutation } from 'urql';
import { VouchMutation } from '../api/documents';
import { Link, useParams } from '../app/router';
import { FormError, Notice, useFormErrors } from '../ui/forms';
import { Page } from '../ui/Page';
import { RequireSession } from '../ui/RequireSession';

/** Opened from a neighbour's link or QR code: vouch that they live nearby. */
export default function Vouch() {
  const { id = '' } = useParams();
  const [{ fetching, data }, vouch] = useMutation(VouchMutation);
  const form = useFormErrors();
  return (
    <RequireSession title="Se porter garant d'un voisin">
      {(me) => (
        <Page title="Se porter garant d'un voisin">
          {me.id === id ? (
            <p>C'est votre propre lien : envoyez-le à deux voisins vérifiés.</p>
          ) : data ? (
            <Notice>
              Merci ! {data.vouchFor.candidateVerified ? 'Votre voisin est maintenant vérifié.' : 'Il lui faut encore un garant.'}
            </Notice>
          ) : (
            <>
              <p>
                Un voisin vous demande de confirmer qu'il habite près de chez vous. Ne le faites que si vous le connaissez :
                chaque voisin vérifié peut se porter garant 5 fois par mois.
              </p>
              <FormError error={form.errors['']} />
              <button type="button" disabled={fetching} onClick={async () => form.take((await vouch({ residentId: id })).error)}>
                Je me porte garant de ce voisin
              </button>
            </>
          )}
          <p>
            <Link to="/verification">Ma vérification</Link>
          </p>
        </Page>
      )}
    </RequireSession>
  );
}
