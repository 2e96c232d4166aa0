import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { AddOrganisationMemberMutation, OrphanedOrganisationsQuery } from '../api/organisations';
import { Link } from '../app/router';
import type { OrphanedOrganisationsQuery as OrphanedData } from '../gql/graphql';
import { FormError, Notice, TextField, formValues, useFormErrors } from '../ui/forms';
import { organisationKinds } from './organisationLabels';

type Orphaned = OrphanedData['orphanedOrganisations'][number];

/**
 * Operators: organisations whose last member deleted their account (docs/organisations.md). Nobody acts for them until
 * an operator names a new admin here; one to close is rejected from its page's decision (the API's rejectOrganisation).
 */
export function OrphanedOrganisationsSection() {
  const [{ data, error }, refetch] = useQuery({ query: OrphanedOrganisationsQuery, requestPolicy: 'network-only' });
  const [done, setDone] = useState<string | null>(null);
  const forbidden = error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');
  const items = data?.orphanedOrganisations ?? [];
  return (
    <section aria-labelledby="orphaned-orgs-title">
      <h2 id="orphaned-orgs-title">Organisations sans membre</h2>
      {forbidden && <p role="alert">Réservé aux opérateurs.</p>}
      {done && <Notice>{done}</Notice>}
      {data && items.length === 0 && <p>Aucune organisation sans membre.</p>}
      {items.map((o) => (
        <OrphanedOrganisation
          key={o.id}
          organisation={o}
          onNamed={(text) => {
            setDone(text);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      ))}
    </section>
  );
}

function OrphanedOrganisation({ organisation: o, onNamed }: { organisation: Orphaned; onNamed: (text: string) => void }) {
  const [{ fetching }, add] = useMutation(AddOrganisationMemberMutation);
  const form = useFormErrors();
  const titleId = `orphaned-${o.id}`;
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const residentId = (formValues(e.currentTarget).residentId ?? '').trim();
    if (!residentId) return form.set({ residentId: 'Indiquez l’identifiant du résident.' });
    if (!form.take((await add({ organisationId: o.id, residentId, role: 'ADMIN' })).error)) onNamed(`${o.name} a un nouvel administrateur.`);
  };
  return (
    <article aria-labelledby={titleId} className="card">
      <h3 id={titleId}>
        <Link to={`/organisations/${encodeURIComponent(o.id)}`}>{o.name}</Link>
      </h3>
      <p className="meta">
        {organisationKinds[o.kind].label} · {organisationKinds[o.kind].identifier} <code>{o.identifier}</code>
      </p>
      <form noValidate aria-label={`Nouvel administrateur de ${o.name}`} onSubmit={onSubmit}>
        <TextField
          label={`Identifiant du nouvel administrateur de ${o.name}`}
          name="residentId"
          error={form.errors.residentId}
          hint="Un résident vérifié, trouvé dans la liste des utilisateurs."
        />
        <FormError error={form.errors['']} />
        <button type="submit" disabled={fetching}>Nommer administrateur</button>
      </form>
    </article>
  );
}
