import { useMutation, useQuery } from 'urql';
import { ApproveCampaignMutation, PendingCampaignsQuery, RejectCampaignMutation } from '../api/campaigns';
import { formatDateTime } from '../app/labels';
import { Link } from '../app/router';
import type { PendingCampaignsQuery as PendingData } from '../gql/graphql';
import { useFormErrors } from '../ui/forms';
import { OperatorQueueSection } from './OperatorQueueSection';
import { DecisionForm } from './OrganisationQueue';

type Pending = PendingData['pendingCampaigns'][number];

/** Operators: sponsored campaigns waiting for approval; each is approved, or rejected with a reason (moderation log). */
export function PendingCampaignsSection() {
  const [{ data, error }, refetch] = useQuery({ query: PendingCampaignsQuery, requestPolicy: 'network-only' });
  return (
    <OperatorQueueSection
      id="pending-campaigns-title"
      title="Campagnes sponsorisées à valider"
      empty="Aucune campagne en attente."
      loaded={data !== undefined}
      error={error}
      items={data?.pendingCampaigns ?? []}
      refetch={() => refetch({ requestPolicy: 'network-only' })}
      renderItem={(c, onDone) => <PendingCampaign campaign={c} onDecided={onDone} />}
    />
  );
}

function PendingCampaign({ campaign: c, onDecided }: { campaign: Pending; onDecided: (text: string) => void }) {
  const [{ fetching: approving }, approve] = useMutation(ApproveCampaignMutation);
  const [{ fetching: rejecting }, reject] = useMutation(RejectCampaignMutation);
  const form = useFormErrors();
  const titleId = `pending-campaign-${c.id}`;
  return (
    <article aria-labelledby={titleId} className="card">
      <h3 id={titleId}>{c.title}</h3>
      <p className="meta">
        <Link to={`/organisations/${encodeURIComponent(c.organisationId)}`}>{c.advertiser}</Link> · du {formatDateTime(c.startsAt)} au{' '}
        {formatDateTime(c.endsAt)} · {c.impressions.toLocaleString('fr-FR')} impressions
      </p>
      <p>{c.text}</p>
      <DecisionForm
        subject={`la campagne ${c.title}`}
        approveLabel="Approuver"
        busy={approving || rejecting}
        errors={form}
        onApprove={async (reason) => {
          if (!form.take((await approve({ id: c.id, reason: reason || null })).error)) onDecided(`La campagne « ${c.title} » est approuvée.`);
        }}
        onReject={async (reason) => {
          if (!form.take((await reject({ id: c.id, reason })).error)) onDecided(`La campagne « ${c.title} » est refusée.`);
        }}
      />
    </article>
  );
}
