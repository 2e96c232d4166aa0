import { useMemo, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { AcceptMergeMutation, FoundMutation, JoinMutation, LeaveMutation, NeighbourhoodAtQuery, NeighbourhoodQuery, ProposeMergeMutation } from '../api/documents';
import { formatDateTime } from '../app/labels';
import { Link } from '../app/router';
import { useSession, type Me } from '../app/session';
import { Map } from '../map/LazyMap';
import { blockCentreOfHome, type LatLng } from '../map/hex';
import type { MapShape } from '../map/MapView';
import { FormError, Notice, TextField, formValues, useFormErrors } from '../ui/forms';
import { Page } from '../ui/Page';
import { RequireSession } from '../ui/RequireSession';

const NEARBY_RADIUS = 1500;

export default function NeighbourhoodPage() {
  return (
    <RequireSession title="Mon quartier" verified>
      {(me) =>
        me.homeCell ? (
          <NeighbourhoodView me={me} centre={blockCentreOfHome(me.homeCell)} />
        ) : (
          <Page title="Mon quartier">
            <Link to="/domicile">Indiquer mon domicile</Link>
          </Page>
        )
      }
    </RequireSession>
  );
}

function NeighbourhoodView({ me, centre }: { me: Me; centre: LatLng }) {
  const [around, refetchAround] = useQuery({ query: NeighbourhoodAtQuery, variables: { lat: centre[0], lng: centre[1], radiusMeters: NEARBY_RADIUS } });
  const mine = me.neighbourhood;
  const [detail, refetchDetail] = useQuery({ query: NeighbourhoodQuery, variables: { id: mine?.id ?? '' }, pause: !mine });
  const { refresh } = useSession();
  const nearby = useMemo(() => (around.data?.nearbyNeighbourhoods ?? []).filter((n) => n.id !== mine?.id), [around.data, mine?.id]);
  const shapes = useMemo<MapShape[]>(
    () => [
      ...(mine ? [{ boundary: mine.boundary, cells: mine.cells, label: mine.name, tone: 'mine' as const }] : []),
      ...nearby.map((n) => ({ boundary: n.boundary, label: n.name, tone: 'nearby' as const })),
    ],
    [mine, nearby],
  );
  const points = useMemo(() => [{ at: centre, label: 'Mon pâté de maisons', tone: 'pin' as const }], [centre]);
  const afterChange = () => {
    refresh();
    refetchAround({ requestPolicy: 'network-only' });
    refetchDetail({ requestPolicy: 'network-only' });
  };
  const n = detail.data?.neighbourhood;
  const isLead = !!n?.leads?.some((l) => l.id === me.id);

  return (
    <Page title={mine ? `Quartier ${mine.name}` : 'Trouver mon quartier'}>
      {mine && (
        <p>
          {mine.memberCount} membre{mine.memberCount > 1 ? 's' : ''}, {mine.cells.length} pâté{mine.cells.length > 1 ? 's' : ''} de maisons.{' '}
          <Link to="/fil">Voir le fil du quartier</Link>
        </p>
      )}
      <Map label={mine ? `Carte du quartier ${mine.name} et des quartiers voisins` : 'Carte des quartiers autour de chez moi'} center={centre} zoom={15} shapes={shapes} points={points} />
      <p className="legend">
        <span className="swatch swatch-mine" aria-hidden="true" /> mon quartier <span className="swatch swatch-nearby" aria-hidden="true" /> quartiers voisins
      </p>
      {!mine && <JoinOrFound here={around.data?.neighbourhoodAt ?? null} nearby={nearby} onDone={afterChange} />}
      {mine && n && (
        <>
          <section aria-labelledby="leads-title">
            <h2 id="leads-title">Responsables</h2>
            <ul>
              {n.leads?.map((l) => (
                <li key={l.id}>
                  {l.pseudo}
                  {l.id === me.id && ' (vous)'}
                </li>
              ))}
            </ul>
            {isLead && <Link to="/responsable">Outils de responsable</Link>}
          </section>
          <Merges me={me} neighbourhoodId={mine.id} proposals={n.mergeProposals ?? []} nearby={nearby} isLead={isLead} onDone={afterChange} />
          <Leave onDone={afterChange} />
        </>
      )}
    </Page>
  );
}

type Hood = { id: string; name: string; memberCount: number };

function JoinOrFound({ here, nearby, onDone }: { here: Hood | null; nearby: Hood[]; onDone: () => void }) {
  const [{ fetching: joining }, join] = useMutation(JoinMutation);
  const [{ fetching: founding }, found] = useMutation(FoundMutation);
  const joinErrors = useFormErrors();
  const foundErrors = useFormErrors();
  const onJoin = async (id: string) => {
    if (!joinErrors.take((await join({ id })).error)) onDone();
  };
  const onFound = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const name = (formValues(e.currentTarget).name ?? '').trim();
    if (name.length < 3) return foundErrors.set({ name: 'Le nom du quartier a au moins 3 caractères.' });
    if (!foundErrors.take((await found({ name })).error)) onDone();
  };
  return (
    <>
      <section aria-labelledby="join-title">
        <h2 id="join-title">Rejoindre un quartier</h2>
        {here && <p>Votre pâté de maisons fait partie du quartier « {here.name} ».</p>}
        {!here && nearby.length === 0 && <p>Aucun quartier n'existe encore près de chez vous : fondez le vôtre !</p>}
        <ul className="cards">
          {(here ? [here] : nearby).map((n) => (
            <li key={n.id} className="card">
              <h3>{n.name}</h3>
              <p>{n.memberCount} membre{n.memberCount > 1 ? 's' : ''}</p>
              <button type="button" disabled={joining} onClick={() => onJoin(n.id)}>
                Rejoindre {n.name}
              </button>
            </li>
          ))}
        </ul>
        <FormError error={joinErrors.errors['']} />
      </section>
      {!here && (
        <section aria-labelledby="found-title">
          <h2 id="found-title">Fonder un quartier</h2>
          <form onSubmit={onFound} noValidate>
            <TextField label="Nom du quartier" name="name" required minLength={3} error={foundErrors.errors.name} />
            <FormError error={foundErrors.errors['']} />
            <button type="submit" disabled={founding}>
              Fonder le quartier
            </button>
          </form>
        </section>
      )}
    </>
  );
}

type Proposal = { id: string; proposedAt: string; from?: Hood | null; to?: Hood | null };

function Merges({ neighbourhoodId, proposals, nearby, isLead, onDone }: { me: Me; neighbourhoodId: string; proposals: Proposal[]; nearby: Hood[]; isLead: boolean; onDone: () => void }) {
  const [, propose] = useMutation(ProposeMergeMutation);
  const [, accept] = useMutation(AcceptMergeMutation);
  const errors = useFormErrors();
  const proposedTo = new Set(proposals.filter((p) => p.from?.id === neighbourhoodId).map((p) => p.to?.id));
  return (
    <section aria-labelledby="merge-title">
      <h2 id="merge-title">Fusions</h2>
      {proposals.length === 0 && <p>Aucune proposition de fusion en cours.</p>}
      <ul>
        {proposals.map((p) => (
          <li key={p.id}>
            {p.from?.id === neighbourhoodId ? `Proposée à ${p.to?.name ?? '?'}` : `Proposée par ${p.from?.name ?? '?'}`} le {formatDateTime(p.proposedAt)}
            {isLead && p.to?.id === neighbourhoodId && (
              <button type="button" onClick={async () => !errors.take((await accept({ proposalId: p.id })).error) && onDone()}>
                Accepter la fusion avec {p.from?.name}
              </button>
            )}
          </li>
        ))}
      </ul>
      {isLead && nearby.length > 0 && (
        <>
          <h3>Proposer une fusion à un quartier voisin</h3>
          <ul>
            {nearby
              .filter((n) => !proposedTo.has(n.id))
              .map((n) => (
                <li key={n.id}>
                  <button type="button" onClick={async () => !errors.take((await propose({ neighbourhoodId: n.id })).error) && onDone()}>
                    Proposer la fusion à {n.name}
                  </button>
                </li>
              ))}
          </ul>
        </>
      )}
      <FormError error={errors.errors['']} />
    </section>
  );
}

function Leave({ onDone }: { onDone: () => void }) {
  const [{ fetching, data }, leave] = useMutation(LeaveMutation);
  const errors = useFormErrors();
  return (
    <section aria-labelledby="leave-title">
      <h2 id="leave-title">Quitter le quartier</h2>
      {data && <Notice>Vous avez quitté le quartier.</Notice>}
      <FormError error={errors.errors['']} />
      <button
        type="button"
        className="danger"
        disabled={fetching}
        onClick={async () => {
          if (!window.confirm('Quitter ce quartier ?')) return;
          if (!errors.take((await leave({})).error)) onDone();
        }}
      >
        Quitter le quartier
      </button>
    </section>
  );
}
