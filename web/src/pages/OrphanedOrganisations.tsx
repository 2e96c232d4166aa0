import type { FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { AddOrganisationMemberMutation, OrphanedOrganisationsQuery } from '../api/organisations';
import { Link } from '../app/router';
import type { OrphanedOrganisationsQuery as OrphanedData } from '../gql/graphql';
import { FormError, TextField, formValues, useFormErrors } from '../ui/forms';
import { OperatorQueueSection } from './OperatorQueueSection';
import { organisationKinds } from './organisationLabels';

type Orphaned = OrphanedData['orphanedOrganisations'][number];

/**
 * Operators: organisations whose last member deleted their account (docs/organisations.md). Nobody acts for them until
 * an operator names a new admin here; one to close is rejected from its page's decision (the API's rejectOrganisation).
 */
export function OrphanedOrganisationsSection() {
  const [{ data, error }, refetch] = useQuery({ query: OrphanedOrganisationsQuery, requestPolicy: 'network-only' });
  return (
    <OperatorQueueSection
      id="orphaned-orgs-title"
      title="Organisations sans membre"
      empty="Aucune organisation sans membre."
      loaded={data !== undefined}
      error={error}
      items={data?.orphanedOrganisations ?? []}
      refetch={() => refetch({ requestPolicy: 'network-only' })}
      renderItem={(o, onDone) => <OrphanedOrganisation organisation={o} onNamed={onDone} />}
    />
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
