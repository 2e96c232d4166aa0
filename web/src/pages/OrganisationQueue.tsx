import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { PendingOrganisationsQuery, RejectOrganisationMutation, VerifyOrganisationMutation } from '../api/organisations';
import { formatDateTime } from '../app/labels';
import { Link } from '../app/router';
import type { PendingOrganisationsQuery as PendingData } from '../gql/graphql';
import { FormError, Notice, TextField, formValues, useFormErrors } from '../ui/forms';
import { organisationKinds } from './organisationLabels';

type Pending = PendingData['organisations'][number];

/** Operators: organisations waiting for verification; each is verified, or rejected with a reason (moderation log). */
export function PendingOrganisationsSection() {
  const [{ data, error }, refetch] = useQuery({ query: PendingOrganisationsQuery, requestPolicy: 'network-only' });
  const [done, setDone] = useState<string | null>(null);
  const forbidden = error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');
  const items = data?.organisations ?? [];
  return (
    <section aria-labelledby="pending-orgs-title">
      <h2 id="pending-orgs-title">Organisations à vérifier</h2>
      {forbidden && <p role="alert">Réservé aux opérateurs.</p>}
      {done && <Notice>{done}</Notice>}
      {data && items.length === 0 && <p>Aucune organisation en attente.</p>}
      {items.map((o) => (
        <PendingOrganisation
          key={o.id}
          organisation={o}
          onDecided={(text) => {
            setDone(text);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      ))}
    </section>
  );
}

function PendingOrganisation({ organisation: o, onDecided }: { organisation: Pending; onDecided: (text: string) => void }) {
  const [{ fetching: verifying }, verify] = useMutation(VerifyOrganisationMutation);
  const [{ fetching: rejecting }, reject] = useMutation(RejectOrganisationMutation);
  const form = useFormErrors();
  const titleId = `pending-${o.id}`;
  return (
    <article aria-labelledby={titleId} className="card">
      <h3 id={titleId}>
        <Link to={`/organisations/${encodeURIComponent(o.id)}`}>{o.name}</Link>
      </h3>
      <p className="meta">
        {organisationKinds[o.kind].label} · {organisationKinds[o.kind].identifier} <code>{o.identifier}</code> · créée le {formatDateTime(o.createdAt)}
      </p>
      {o.publicAddress && <p className="address">{o.publicAddress}</p>}
      <form
        noValidate
        aria-label={`Décision sur ${o.name}`}
        onSubmit={async (e) => {
          e.preventDefault();
          const reason = formValues(e.currentTarget).reason ?? '';
          if (!form.take((await verify({ id: o.id, reason: reason || null })).error)) onDecided(`${o.name} est vérifiée.`);
        }}
      >
        <TextField label={`Motif de la décision sur ${o.name}`} name="reason" maxLength={500} error={form.errors.reason} hint="Obligatoire pour un refus." />
        <FormError error={form.errors['']} />
        <button type="submit" disabled={verifying || rejecting}>Vérifier</button>{' '}
        <button
          type="button"
          disabled={verifying || rejecting}
          onClick={async (e) => {
            const reason = e.currentTarget.form ? (formValues(e.currentTarget.form).reason ?? '') : '';
            if (!form.take((await reject({ id: o.id, reason })).error)) onDecided(`${o.name} est refusée.`);
          }}
        >
          Refuser
        </button>
      </form>
    </article>
  );
}
