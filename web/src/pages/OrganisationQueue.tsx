import { useMutation, useQuery } from 'urql';
import { PendingOrganisationsQuery, RejectOrganisationMutation, VerifyOrganisationMutation } from '../api/organisations';
import { formatDateTime } from '../app/labels';
import { Link } from '../app/router';
import type { PendingOrganisationsQuery as PendingData } from '../gql/graphql';
import { FormError, TextField, formValues, useFormErrors } from '../ui/forms';
import { OperatorQueueSection } from './OperatorQueueSection';
import { organisationKinds } from './organisationLabels';

type Pending = PendingData['organisations'][number];

/** Operators: organisations waiting for verification; each is verified, or rejected with a reason (moderation log). */
export function PendingOrganisationsSection() {
  const [{ data, error }, refetch] = useQuery({ query: PendingOrganisationsQuery, requestPolicy: 'network-only' });
  return (
    <OperatorQueueSection
      id="pending-orgs-title"
      title="Organisations à vérifier"
      empty="Aucune organisation en attente."
      loaded={data !== undefined}
      error={error}
      items={data?.organisations ?? []}
      refetch={() => refetch({ requestPolicy: 'network-only' })}
      renderItem={(o, onDone) => <PendingOrganisation organisation={o} onDecided={onDone} />}
    />
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
      <DecisionForm
        subject={o.name}
        approveLabel="Vérifier"
        busy={verifying || rejecting}
        errors={form}
        onApprove={async (reason) => {
          if (!form.take((await verify({ id: o.id, reason: reason || null })).error)) onDecided(`${o.name} est vérifiée.`);
        }}
        onReject={async (reason) => {
          if (!form.take((await reject({ id: o.id, reason })).error)) onDecided(`${o.name} est refusée.`);
        }}
      />
    </article>
  );
}

/** An operator's decision: a reason (required to refuse, the server says so), approve or refuse. Shared by the queues. */
export function DecisionForm(props: {
  subject: string;
  approveLabel: string;
  busy: boolean;
  errors: ReturnType<typeof useFormErrors>;
  onApprove: (reason: string) => Promise<void>;
  onReject: (reason: string) => Promise<void>;
}) {
  const { subject, approveLabel, busy, errors, onApprove, onReject } = props;
  return (
    <form
      noValidate
      aria-label={`Décision sur ${subject}`}
      onSubmit={async (e) => {
        e.preventDefault();
        await onApprove(formValues(e.currentTarget).reason ?? '');
      }}
    >
      <TextField label={`Motif de la décision sur ${subject}`} name="reason" maxLength={500} error={errors.errors.reason} hint="Obligatoire pour un refus." />
      <FormError error={errors.errors['']} />
      <button type="submit" disabled={busy}>{approveLabel}</button>{' '}
      <button
        type="button"
        disabled={busy}
        onClick={async (e) => {
          await onReject(e.currentTarget.form ? (formValues(e.currentTarget.form).reason ?? '') : '');
        }}
      >
        Refuser
      </button>
    </form>
  );
}
