import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  BookSeatMutation,
  CancelSeatMutation,
  ConversationsQuery,
  ListingQuery,
  PledgeMutation,
  RespondMutation,
  RsvpMutation,
  ThankMutation,
  UnpledgeMutation,
  UpdateListingStatusMutation,
} from '../api/documents';
import { formatDateTime, listingKinds, listingStatuses, weekdays } from '../app/labels';
import { navigate, useParams } from '../app/router';
import type { Me } from '../app/session';
import type { ListingStatus } from '../gql/graphql';
import { Map } from '../map/LazyMap';
import { cellCentre } from '../map/hex';
import { FormError, Notice, Select, TextArea, TextField, formValues, useFormErrors } from '../ui/forms';
import { Page } from '../ui/Page';
import { RequireSession } from '../ui/RequireSession';
import { ReportButton } from '../ui/ReportButton';
import { KindSummary, type Listing } from './ListingCard';
import { CaseCard } from '../ui/Moderation';

export default function ListingView() {
  const { id = '' } = useParams();
  return <RequireSession title="Annonce" verified>{(me) => <ListingLoader id={id} me={me} />}</RequireSession>;
}

function ListingLoader({ id, me }: { id: string; me: Me }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: ListingQuery, variables: { id } });
  if (fetching && !data) return <p role="status">Chargement…</p>;
  if (!data)
    return (
      <Page title="Annonce introuvable">
        <p role="alert">{error?.graphQLErrors[0]?.extensions?.code === 'FORBIDDEN' ? 'Cette annonce est réservée aux membres de son quartier.' : "Cette annonce n'existe pas ou plus."}</p>
      </Page>
    );
  return <ListingDetail l={data.listing} me={me} reload={() => refetch({ requestPolicy: 'network-only' })} />;
}

function ListingDetail({ l, me, reload }: { l: Listing; me: Me; reload: () => void }) {
  const mine = l.author?.id === me.id;
  return (
    <Page title={l.title}>
      <p className="kind">
        {listingKinds[l.kind].label} · <span className={`status status-${l.status.toLowerCase()}`}>{listingStatuses[l.status]}</span>
        {l.hidden && ' · masquée'}
      </p>
      <p className="meta">
        Par {l.organisationName ?? l.author?.pseudo ?? 'un ancien membre'}, le {formatDateTime(l.createdAt)}
        {l.endsAt && `, jusqu'au ${formatDateTime(l.endsAt)}`}
        {l.radiusMeters > 0 && `, visible jusqu'à ${l.radiusMeters} m`}
      </p>
      {l.hidden && mine && <CaseCard targetType="LISTING" targetId={l.id} canAppeal />}
      {l.description && <p className="description">{l.description}</p>}
      <KindSummary l={l} />
      {l.carpool && <CarpoolDetail l={l} onChange={reload} mine={mine} />}
      {l.groupPurchase && !mine && <PledgeForm l={l} onChange={reload} />}
      {l.event && <Rsvp l={l} onChange={reload} mine={mine} />}
      {l.page && (
        <dl>
          {l.page.website && (<><dt>Site web</dt><dd><a href={l.page.website} rel="noopener noreferrer">{l.page.website}</a></dd></>)}
          {l.page.contact && (<><dt>Contact</dt><dd>{l.page.contact}</dd></>)}
          {l.page.openingHours && (<><dt>Horaires</dt><dd>{l.page.openingHours}</dd></>)}
        </dl>
      )}
      {l.counterpart && <p>Conclue avec {l.counterpart.pseudo}.</p>}
      {mine ? <AuthorTools l={l} onChange={reload} /> : <Respond l={l} />}
      {l.status === 'DONE' && <Thank l={l} me={me} />}
      {!mine && <ReportButton targetType="LISTING" targetId={l.id} />}
    </Page>
  );
}

function CarpoolDetail({ l, onChange, mine }: { l: Listing; onChange: () => void; mine: boolean }) {
  const c = l.carpool!;
  const [, book] = useMutation(BookSeatMutation);
  const [, cancel] = useMutation(CancelSeatMutation);
  const errors = useFormErrors();
  const points = useMemo(
    () => [
      { at: cellCentre(c.originCell), label: 'Départ', tone: 'origin' as const },
      { at: cellCentre(c.destinationCell), label: 'Arrivée', tone: 'destination' as const },
    ],
    [c.originCell, c.destinationCell],
  );
  const shapes = useMemo(() => [{ cells: [c.originCell], tone: 'mine' as const }, { cells: [c.destinationCell], tone: 'nearby' as const }], [c.originCell, c.destinationCell]);
  return (
    <section aria-labelledby="ride-title">
      <h2 id="ride-title">Trajet</h2>
      <p>
        Le {c.weekdays.map((d) => weekdays.find((w) => w.value === d)?.label.toLowerCase()).join(', ')}, départ à {c.departureTime}. {c.seatsTaken} place(s) prise(s) sur {c.seats}.
      </p>
      <Map label="Carte du trajet : départ et arrivée" center={points[0]!.at} zoom={12} points={points} shapes={shapes} />
      {!mine && l.status === 'OPEN' && (
        c.booked ? (
          <button type="button" onClick={async () => !errors.take((await cancel({ listingId: l.id })).error) && onChange()}>Rendre ma place</button>
        ) : (
          <button type="button" disabled={c.seatsLeft === 0} onClick={async () => !errors.take((await book({ listingId: l.id })).error) && onChange()}>Réserver une place</button>
        )
      )}
      <FormError error={errors.errors['']} />
    </section>
  );
}

function PledgeForm({ l, onChange }: { l: Listing; onChange: () => void }) {
  const g = l.groupPurchase!;
  const [{ fetching }, pledge] = useMutation(PledgeMutation);
  const [, unpledge] = useMutation(UnpledgeMutation);
  const form = useFormErrors();
  if (l.status !== 'OPEN') return null;
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const q = Number(formValues(e.currentTarget).quantity);
    if (!Number.isInteger(q) || q < 1) return form.set({ quantity: 'Une quantité entière de 1 ou plus.' });
    if (!form.take((await pledge({ listingId: l.id, quantity: q })).error)) onChange();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="card">
      <TextField label={`Ma participation (${g.unit})`} name="quantity" type="number" min={1} defaultValue={g.myPledge || 1} error={form.errors.quantity} />
      <FormError error={form.errors['']} />
      <button type="submit" disabled={fetching}>{g.myPledge ? 'Modifier ma participation' : 'Participer'}</button>{' '}
      {g.myPledge > 0 && (
        <button type="button" className="secondary" onClick={async () => !form.take((await unpledge({ listingId: l.id })).error) && onChange()}>
          Retirer ma participation
        </button>
      )}
      <p>{g.pledgerCount} participant{g.pledgerCount > 1 ? 's' : ''}. Votre part : {g.myPledge} {g.unit}.</p>
    </form>
  );
}

function Rsvp({ l, onChange, mine }: { l: Listing; onChange: () => void; mine: boolean }) {
  const ev = l.event!;
  const [{ fetching }, rsvp] = useMutation(RsvpMutation);
  const errors = useFormErrors();
  if (mine || l.status !== 'OPEN') return null;
  return (
    <div>
      <button type="button" disabled={fetching} onClick={async () => !errors.take((await rsvp({ listingId: l.id, going: !ev.iAmGoing })).error) && onChange()}>
        {ev.iAmGoing ? 'Je ne viens plus' : "J'y vais"}
      </button>
      {ev.iAmGoing && <span role="status"> Vous y allez.</span>}
      <FormError error={errors.errors['']} />
    </div>
  );
}

function Respond({ l }: { l: Listing }) {
  const [{ fetching }, respond] = useMutation(RespondMutation);
  const form = useFormErrors();
  if (l.status !== 'OPEN' && l.status !== 'CONFIRMED') return null;
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const message = (formValues(e.currentTarget).message ?? '').trim();
    const r = await respond({ listingId: l.id, message: message || null });
    if (form.take(r.error) || !r.data) return;
    navigate(`/messages/${encodeURIComponent(r.data.respondToListing.id)}`);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="card">
      <TextArea label={`Répondre à ${l.organisationName ?? l.author?.pseudo ?? "l'auteur"}`} name="message" rows={3} error={form.errors.message ?? form.errors.body} />
      <FormError error={form.errors['']} />
      <button type="submit" disabled={fetching}>Répondre</button>
    </form>
  );
}

const nextStatuses: Record<ListingStatus, ListingStatus[]> = {
  OPEN: ['AGREED', 'DONE', 'CANCELLED'],
  AGREED: ['DONE', 'OPEN', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
  EXPIRED: [],
  CONFIRMED: ['DONE', 'CANCELLED'],
  FAILED: [],
};

function AuthorTools({ l, onChange }: { l: Listing; onChange: () => void }) {
  const [{ fetching }, update] = useMutation(UpdateListingStatusMutation);
  const [status, setStatus] = useState<ListingStatus | ''>('');
  const [conv] = useQuery({ query: ConversationsQuery, variables: { first: 100 } });
  const responders = useMemo(() => {
    const seen: Record<string, string> = {};
    for (const e of conv.data?.conversations.edges ?? [])
      if (e?.node?.listing?.id === l.id) for (const p of e.node.participants) if (p.id !== l.author?.id) seen[p.id] = p.pseudo;
    return Object.entries(seen);
  }, [conv.data, l.id, l.author?.id]);
  const form = useFormErrors();
  const options = nextStatuses[l.status];
  if (options.length === 0) return null;
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    if (!status) return form.set({ status: 'Choisissez un statut.' });
    if (status === 'AGREED' && !v.counterpartId) return form.set({ counterpartId: 'Choisissez un voisin qui a répondu.' });
    const r = await update({ id: l.id, status, counterpartId: status === 'AGREED' ? v.counterpartId : null });
    if (!form.take(r.error)) onChange();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="card">
      <h2>Gérer mon annonce</h2>
      <Select label="Nouveau statut" name="status" value={status} onChange={(e) => setStatus(e.target.value as ListingStatus)} error={form.errors.status}>
        <option value="">Choisir…</option>
        {options.map((s) => (
          <option key={s} value={s}>{listingStatuses[s]}</option>
        ))}
      </Select>
      {status === 'AGREED' && (
        <Select label="Avec" name="counterpartId" error={form.errors.counterpartId}>
          <option value="">Choisir…</option>
          {responders.map(([id, pseudo]) => (
            <option key={id} value={id}>{pseudo}</option>
          ))}
        </Select>
      )}
      <FormError error={form.errors['']} />
      <button type="submit" disabled={fetching}>Changer le statut</button>
    </form>
  );
}

function Thank({ l, me }: { l: Listing; me: Me }) {
  const [{ fetching, data }, thank] = useMutation(ThankMutation);
  const errors = useFormErrors();
  const other = l.author?.id === me.id ? l.counterpart : l.author;
  if (!other) return null;
  if (data) return <Notice>Merci envoyé à {other.pseudo} !</Notice>;
  return (
    <div>
      <button type="button" disabled={fetching} onClick={async () => errors.take((await thank({ listingId: l.id, residentId: other.id })).error)}>
        Remercier {other.pseudo}
      </button>
      <FormError error={errors.errors['']} />
    </div>
  );
}
