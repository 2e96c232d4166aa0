import { formatDate, formatDateTime, listingKinds, listingStatuses } from '../app/labels';
import { Link } from '../app/router';
import type { ListingFieldsFragment } from '../gql/graphql';

export type Listing = ListingFieldsFragment;

/** Progress of a group purchase toward its target, 0–100. */
export const pledgePercent = (pledged: number, target: number) => (target > 0 ? Math.min(100, Math.round((pledged * 100) / target)) : 0);

/** The summary of a listing in lists (title, kind, status and the line that matters for its kind). */
export function ListingCard({ l }: { l: Listing }) {
  return (
    <article className="card listing-card">
      <p className="kind">
        {listingKinds[l.kind].label} · <span className={`status status-${l.status.toLowerCase()}`}>{listingStatuses[l.status]}</span>
      </p>
      <h3>
        <Link to={`/annonces/${encodeURIComponent(l.id)}`}>{l.title}</Link>
      </h3>
      <KindSummary l={l} />
      <p className="meta">
        {l.organisationName ?? l.author?.pseudo ?? 'Ancien membre'} · <time dateTime={l.createdAt}>{formatDate(l.createdAt)}</time>
      </p>
    </article>
  );
}

export function KindSummary({ l }: { l: Listing }) {
  if (l.loan) return <p>Du {formatDateTime(l.loan.from)} au {formatDateTime(l.loan.until)}</p>;
  if (l.carpool)
    return (
      <p>
        Départ à {l.carpool.departureTime}, {l.carpool.seatsLeft} place{l.carpool.seatsLeft > 1 ? 's' : ''} libre{l.carpool.seatsLeft > 1 ? 's' : ''} sur {l.carpool.seats}
      </p>
    );
  if (l.groupPurchase) {
    const g = l.groupPurchase;
    const pct = pledgePercent(g.pledgedQuantity, g.targetQuantity);
    return (
      <div>
        <label className="progress-label">
          {g.product} : {g.pledgedQuantity} / {g.targetQuantity} {g.unit} ({pct} %), jusqu'au {formatDate(g.deadline)}
          <progress max={g.targetQuantity} value={Math.min(g.pledgedQuantity, g.targetQuantity)} />
        </label>
      </div>
    );
  }
  if (l.event)
    return (
      <p>
        {formatDateTime(l.event.startsAt)} · {l.event.place} · {l.event.going}/{l.event.capacity} participant{l.event.going > 1 ? 's' : ''}
      </p>
    );
  if (l.description) return <p>{l.description.length > 140 ? `${l.description.slice(0, 140)}…` : l.description}</p>;
  return null;
}
