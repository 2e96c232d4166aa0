// The advertisers a resident hid from their feed ("Masquer cet annonceur" on a sponsored item), each with the button
// to see its sponsored items again. The list is the resident's own (ResidentSponsoredGrain); nobody else reads it.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { HiddenAdvertisersQuery, UnhideAdvertiserMutation } from '../api/campaigns';
import { Link } from '../app/router';
import { FormError, Notice, useFormErrors } from '../ui/forms';

export function HiddenAdvertisers() {
  const [{ data }, refetch] = useQuery({ query: HiddenAdvertisersQuery, requestPolicy: 'network-only' });
  const [{ fetching }, unhide] = useMutation(UnhideAdvertiserMutation);
  const [shown, setShown] = useState<string | null>(null);
  const errors = useFormErrors();
  const advertisers = data?.hiddenAdvertiserOrganisations;
  if (!advertisers) return null;
  const onUnhide = async (id: string, name: string) => {
    const r = await unhide({ organisationId: id });
    if (errors.take(r.error)) return;
    setShown(name);
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <section aria-labelledby="hidden-advertisers-title">
      <h2 id="hidden-advertisers-title">Annonceurs masqués</h2>
      {advertisers.length === 0 ? (
        <p>Aucun annonceur masqué. Sous un message « Sponsorisé » du fil, « Masquer cet annonceur » l'ajoute ici.</p>
      ) : (
        <ul aria-label="Annonceurs masqués">
          {advertisers.map((a) => (
            <li key={a.id}>
              <Link to={`/organisations/${a.id}`}>{a.name}</Link>{' '}
              <button type="button" disabled={fetching} onClick={() => void onUnhide(a.id, a.name)} aria-label={`Afficher à nouveau ${a.name}`}>
                Afficher à nouveau
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown && <Notice>Les messages sponsorisés de {shown} s'afficheront à nouveau.</Notice>}
      <FormError error={errors.errors['']} />
    </section>
  );
}
