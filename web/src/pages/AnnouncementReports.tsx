import { useQuery } from 'urql';
import { OperatorsModerationQueueQuery } from '../api/announcements';
import { formatDateTime } from '../app/labels';
import type { ModerationDecision } from '../gql/graphql';
import { CaseDetails, DecisionForm } from '../ui/Moderation';

const withdrawLabels: Record<ModerationDecision, string> = { HIDE: "Retirer l'annonce", KEEP_HIDDEN: 'Maintenir le retrait', RESTORE: 'Rétablir' };

/**
 * Operators: official announcements residents reported (never a neighbourhood lead's to decide). Withdrawing one takes
 * it out of every resident's list; the decision and its reason go to the operators' log and to the author.
 */
export function AnnouncementReportsSection() {
  const [{ data, error }, refetch] = useQuery({ query: OperatorsModerationQueueQuery, variables: { first: 50 }, requestPolicy: 'network-only' });
  const items = data?.operatorsModerationQueue.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  return (
    <section aria-labelledby="announcement-reports-title">
      <h2 id="announcement-reports-title">Annonces officielles signalées</h2>
      {error && <p role="alert">Réservé aux opérateurs.</p>}
      {data && items.length === 0 && <p>Aucune annonce officielle signalée.</p>}
      <ul className="cards">
        {items.map((c) => (
          <li key={c.subject.id} className={c.hidden ? 'card hidden-item' : 'card'}>
            <h3>{c.subject.title}</h3>
            <p className="meta">Publiée le {formatDateTime(c.subject.createdAt)}</p>
            <CaseDetails c={c} />
            <DecisionForm
              targetType="ANNOUNCEMENT"
              targetId={c.subject.id}
              decisions={c.hidden ? ['KEEP_HIDDEN', 'RESTORE'] : ['HIDE', 'RESTORE']}
              labels={withdrawLabels}
              onDone={() => refetch({ requestPolicy: 'network-only' })}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
