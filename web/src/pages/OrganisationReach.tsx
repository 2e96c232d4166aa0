import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ReachCandidatesQuery, SetOrganisationReachMutation } from '../api/organisations';
import { Map } from '../map/LazyMap';
import type { LatLng } from '../map/hex';
import { FormError, Notice, TextField, useFormErrors } from '../ui/forms';

type Reach = { neighbourhoodIds: readonly string[]; radiusMeters?: number | null } | null | undefined;

interface Props {
  id: string;
  kind: 'ASSOCIATION' | 'BUSINESS';
  reach: Reach;
  premises: LatLng | null;
}

/** Where France's map opens when a business has not placed its premises yet. */
const france: LatLng = [46.6, 2.4];

/** Describes a reach in French for the public page. */
export function reachLabel(reach: Reach): string | null {
  if (!reach) return null;
  if (reach.radiusMeters) return `Dans un rayon de ${reach.radiusMeters.toLocaleString('fr-FR')} m autour de ses locaux`;
  const n = reach.neighbourhoodIds.length;
  return `${n} quartier${n > 1 ? 's' : ''} choisi${n > 1 ? 's' : ''}`;
}

/** The map on which a business places its premises (public, like its address), with the reach's circle if any. */
export function PremisesPicker(props: { premises: LatLng | null; onPick: (at: LatLng) => void; error?: string; radiusMeters?: number | null; folded?: boolean }) {
  const { premises, onPick, error, radiusMeters } = props;
  // Folded (in the creation form), the map and its library load only when asked for.
  const [open, setOpen] = useState(!props.folded);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Placer les locaux sur la carte
      </button>
    );
  return (
    <>
      <Map
        label="Carte : touchez pour placer les locaux du commerce"
        center={premises ?? france}
        zoom={premises ? 15 : 5}
        points={premises ? [{ at: premises, label: 'Locaux', tone: 'pin' }] : []}
        circle={premises && radiusMeters ? { at: premises, radiusMeters } : null}
        onPick={onPick}
      />
      <p role="status">{premises ? 'Locaux placés sur la carte.' : 'Locaux non placés.'}</p>
      {error && <p className="field-error" role="alert">{error}</p>}
    </>
  );
}

/**
 * The reach form for an admin of an association or business: neighbourhoods among those it may reach (its members' own
 * and nearby ones), or for a business a radius around its premises, placed on the map (public, like its address).
 */
export function OrganisationReachForm({ id, kind, reach, premises: initialPremises }: Props) {
  const [{ data }] = useQuery({ query: ReachCandidatesQuery, variables: { id } });
  const [{ fetching }, save] = useMutation(SetOrganisationReachMutation);
  const [mode, setMode] = useState<'neighbourhoods' | 'radius'>(reach?.radiusMeters ? 'radius' : 'neighbourhoods');
  const [chosen, setChosen] = useState<string[]>([...(reach?.neighbourhoodIds ?? [])]);
  const [premises, setPremises] = useState<LatLng | null>(initialPremises);
  const [radius, setRadius] = useState(String(reach?.radiusMeters ?? 1000));
  const [saved, setSaved] = useState<string | null>(null);
  const form = useFormErrors();
  const candidates = data?.organisation?.reachCandidates ?? [];
  const business = kind === 'BUSINESS';

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSaved(null);
    const byRadius = business && mode === 'radius';
    const r = await save({
      organisationId: id,
      neighbourhoodIds: byRadius ? [] : chosen,
      radiusMeters: byRadius ? Number(radius) : null,
      latitude: business && premises ? premises[0] : null,
      longitude: business && premises ? premises[1] : null,
    });
    if (form.take(r.error) || !r.data) return;
    setSaved(reachLabel(r.data.setOrganisationReach.reach));
  };
  const toggle = (n: string) => setChosen((c) => (c.includes(n) ? c.filter((x) => x !== n) : [...c, n]));
  const e = form.errors;
  return (
    <section aria-labelledby="reach-title">
      <h2 id="reach-title">Portée</h2>
      <p className="hint">
        Les quartiers où l'organisation est présente : ceux de ses membres et leurs voisins
        {business && ', ou un rayon autour des locaux du commerce'}. Les campagnes sponsorisées ne visent que cette portée.
      </p>
      <form onSubmit={onSubmit} noValidate>
        {business && (
          <fieldset>
            <legend>Locaux du commerce (publics)</legend>
            <PremisesPicker premises={premises} onPick={setPremises} error={e.premises} radiusMeters={mode === 'radius' ? Number(radius) || 0 : null} />
            <div role="radiogroup" aria-label="Type de portée">
              <label>
                <input type="radio" name="mode" value="neighbourhoods" checked={mode === 'neighbourhoods'} onChange={() => setMode('neighbourhoods')} /> Des quartiers
              </label>
              <label>
                <input type="radio" name="mode" value="radius" checked={mode === 'radius'} onChange={() => setMode('radius')} /> Un rayon autour des locaux
              </label>
            </div>
          </fieldset>
        )}
        {business && mode === 'radius' ? (
          <TextField label="Rayon (mètres)" name="radiusMeters" type="number" min={100} max={5000} step={100} inputMode="numeric" value={radius} onChange={(ev) => setRadius(ev.target.value)} error={e.radiusMeters} />
        ) : (
          <fieldset>
            <legend>Quartiers</legend>
            {candidates.length === 0 && <p>Aucun quartier à portée pour l'instant{business ? ' : placez les locaux sur la carte et enregistrez' : ''}.</p>}
            {candidates.map((n) => (
              <label key={n.id} className="check">
                <input type="checkbox" checked={chosen.includes(n.id)} onChange={() => toggle(n.id)} /> {n.name} ({n.memberCount} membre{n.memberCount > 1 ? 's' : ''})
              </label>
            ))}
          </fieldset>
        )}
        {e.reach && <p className="field-error" role="alert">{e.reach}</p>}
        <FormError error={e['']} />
        <button type="submit" disabled={fetching}>Enregistrer la portée</button>
      </form>
      {saved && <Notice>Portée enregistrée : {saved}.</Notice>}
    </section>
  );
}
