// The profile's "Services connectés": partner services the resident let in (sign in with Voisinage), what each sees,
// and a button to revoke one (its tokens stop working at once; it will ask again next time).
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConnectedServicesQuery, RevokeConnectedServiceMutation } from '../api/documents';
import { formatDate, partnerScopeLabel } from '../app/labels';
import { FormError, Notice, useFormErrors } from '../ui/forms';

export function ConnectedServices() {
  const [{ data }, refetch] = useQuery({ query: ConnectedServicesQuery, requestPolicy: 'network-only' });
  const [{ fetching }, revoke] = useMutation(RevokeConnectedServiceMutation);
  const [revoked, setRevoked] = useState<string | null>(null);
  const form = useFormErrors();
  const services = data?.connectedServices ?? [];
  return (
    <section aria-labelledby="connected-title">
      <h2 id="connected-title">Services connectés</h2>
      {revoked && <Notice>{revoked} n'a plus accès à votre compte.</Notice>}
      <FormError error={form.errors['']} />
      {data && services.length === 0 && <p>Aucun service partenaire n'a accès à votre compte.</p>}
      <ul className="cards">
        {services.map((s) => (
          <li key={s.clientId} className="card">
            <h3>{s.name}</h3>
            <p>Depuis le {formatDate(s.since)}. Ce service voit :</p>
            <ul>
              {s.scopes.map((scope) => (
                <li key={scope}>{partnerScopeLabel(scope)}</li>
              ))}
            </ul>
            <button
              type="button"
              className="danger"
              disabled={fetching}
              onClick={async () => {
                if (form.take((await revoke({ clientId: s.clientId })).error)) return;
                setRevoked(s.name);
                refetch({ requestPolicy: 'network-only' });
              }}
            >
              Révoquer l'accès de {s.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
