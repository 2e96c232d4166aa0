import { useEffect, useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { CarpoolMatchesQuery, ListingsQuery } from '../api/documents';
import { listingKinds } from '../app/labels';
import { Link, navigate, useLocation } from '../app/router';
import type { Me } from '../app/session';
import type { ListingKind } from '../gql/graphql';
import { Map } from '../map/LazyMap';
import { blockCellAt, blockCentreOfHome, cellCentre, type LatLng } from '../map/hex';
import { Select } from '../ui/forms';
import { Page } from '../ui/Page';
import { RequireSession } from '../ui/RequireSession';
import { ListingCard, type Listing } from './ListingCard';

const kinds = Object.keys(listingKinds) as ListingKind[];

export default function Listings() {
  return <RequireSession title="Annonces" verified member>{(me) => <ListingsView me={me} />}</RequireSession>;
}

function ListingsView({ me }: { me: Me }) {
  const { search } = useLocation();
  const kind = search.get('type') as ListingKind | null;
  const client = useClient();
  const [items, setItems] = useState<Listing[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const nid = me.neighbourhood!.id;
  const load = async (after: string | null) => {
    setLoading(true);
    const r = await client.query(ListingsQuery, { neighbourhoodId: nid, kinds: kind ? [kind] : null, first: 20, after }, { requestPolicy: 'network-only' }).toPromise();
    setLoading(false);
    const c = r.data?.listings;
    if (!c) return;
    const page = c.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
    setItems((cur) => (after ? [...cur, ...page] : page));
    setCursor(c.pageInfo.endCursor ?? null);
    setHasMore(c.pageInfo.hasNextPage);
  };
  useEffect(() => {
    void load(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nid, kind]);
  return (
    <Page title={kind ? listingKinds[kind].label : 'Annonces'}>
      <p>
        <Link to={`/annonces/nouvelle${kind ? `?type=${kind}` : ''}`} className="button">
          Publier une annonce
        </Link>
      </p>
      <Select label="Type" value={kind ?? ''} onChange={(e) => navigate(e.target.value ? `/annonces?type=${e.target.value}` : '/annonces', { replace: true })}>
        <option value="">Tous les types</option>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {listingKinds[k].label}
          </option>
        ))}
      </Select>
      {kind === 'CARPOOL' && <CarpoolMatches me={me} />}
      <ul className="cards" aria-busy={loading} aria-label="Annonces">
        {items.map((l) => (
          <li key={l.id}>
            <ListingCard l={l} />
          </li>
        ))}
      </ul>
      {!loading && items.length === 0 && <p>Aucune annonce pour l'instant.</p>}
      {hasMore && (
        <button type="button" onClick={() => load(cursor)} disabled={loading}>
          Voir plus
        </button>
      )}
    </Page>
  );
}

/** carpoolMatches: rides from near my home to near a destination I place on the map. */
function CarpoolMatches({ me }: { me: Me }) {
  const home = me.homeCell ? blockCentreOfHome(me.homeCell) : ([48.4556, -2.0503] as LatLng);
  const [destination, setDestination] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: CarpoolMatchesQuery, variables: { destinationCell: destination ?? '' }, pause: !destination });
  const points = useMemo(() => (destination ? [{ at: cellCentre(destination), label: 'Ma destination', tone: 'destination' as const }] : []), [destination]);
  return (
    <section aria-labelledby="matches-title" className="card">
      <h2 id="matches-title">Trajets qui me conviennent</h2>
      <p>Touchez la carte à l'endroit où vous allez : les trajets partant à moins d'1 km de chez vous et arrivant à moins d'1 km de là s'affichent.</p>
      <Map label="Carte : touchez votre destination" center={home} zoom={12} points={points} onPick={(at) => setDestination(blockCellAt(at[0], at[1]))} />
      {fetching && <p role="status">Recherche…</p>}
      {error && <p role="alert">La recherche a échoué.</p>}
      {data && (
        <ul className="cards" aria-label="Trajets correspondants">
          {data.carpoolMatches.length === 0 && <li>Aucun trajet ne correspond.</li>}
          {data.carpoolMatches.map((l) => (
            <li key={l.id}>
              <ListingCard l={l} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
