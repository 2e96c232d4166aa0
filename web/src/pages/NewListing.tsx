import { useMemo, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { CreateListingMutation } from '../api/documents';
import { listingKinds, weekdays } from '../app/labels';
import { navigate, useLocation } from '../app/router';
import type { Me } from '../app/session';
import type { ListingKind } from '../gql/graphql';
import { Map } from '../map/LazyMap';
import { blockCellAt, blockCentreOfHome, cellCentre, type LatLng } from '../map/hex';
import { FormError, Select, TextArea, TextField, formValues, useFormErrors } from '../ui/forms';
import { Page } from '../ui/Page';
import { RequireSession } from '../ui/RequireSession';
import { buildListingInput } from './listingInput';

const kinds = Object.keys(listingKinds) as ListingKind[];

export default function NewListing() {
  return <RequireSession title="Nouvelle annonce" verified member>{(me) => <NewListingForm me={me} />}</RequireSession>;
}

function NewListingForm({ me }: { me: Me }) {
  const { search } = useLocation();
  const initial = (search.get('type') as ListingKind | null) ?? 'HELP_REQUEST';
  const [kind, setKind] = useState<ListingKind>(kinds.includes(initial) ? initial : 'HELP_REQUEST');
  const [{ fetching }, create] = useMutation(CreateListingMutation);
  const form = useFormErrors();
  const [origin, setOrigin] = useState<string | null>(null);
  const [destination, setDestination] = useState<string | null>(null);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const { input, errors } = buildListingInput({ kind, values: formValues(e.currentTarget), originCell: origin, destinationCell: destination });
    if (!input) return form.set(errors);
    const r = await create({ input });
    if (form.take(r.error) || !r.data) return;
    navigate(`/annonces/${encodeURIComponent(r.data.createListing.id)}`);
  };
  const e = form.errors;
  return (
    <Page title="Nouvelle annonce">
      <form onSubmit={onSubmit} noValidate>
        <Select label="Type d'annonce" name="kind" value={kind} onChange={(ev) => setKind(ev.target.value as ListingKind)} hint={listingKinds[kind].help}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {listingKinds[k].label}
            </option>
          ))}
        </Select>
        <TextField label="Titre" name="title" required maxLength={120} error={e.title} />
        <TextArea label="Description" name="description" rows={4} error={e.description ?? e.body} />
        {kind === 'LOAN' && (
          <fieldset>
            <legend>Dates du prêt</legend>
            <TextField label="Du" name="from" type="datetime-local" required error={e.from} />
            <TextField label="Au" name="until" type="datetime-local" required error={e.until} />
          </fieldset>
        )}
        {kind === 'CARPOOL' && (
          <CarpoolFields me={me} origin={origin} destination={destination} setOrigin={setOrigin} setDestination={setDestination} errors={e} />
        )}
        {kind === 'GROUP_PURCHASE' && (
          <fieldset>
            <legend>Achat groupé</legend>
            <TextField label="Produit" name="product" required error={e.product} />
            <TextField label="Unité" name="unit" required hint="Par exemple : stère, panier, kg" error={e.unit} />
            <TextField label="Objectif (quantité totale)" name="targetQuantity" type="number" min={1} inputMode="numeric" required error={e.targetQuantity} />
            <TextField label="Échéance" name="deadline" type="datetime-local" required error={e.deadline} />
          </fieldset>
        )}
        {kind === 'EVENT' && (
          <fieldset>
            <legend>Événement</legend>
            <TextField label="Début" name="startsAt" type="datetime-local" required error={e.startsAt} />
            <TextField label="Lieu" name="place" required error={e.place} />
            <TextField label="Nombre de places" name="capacity" type="number" min={1} inputMode="numeric" required error={e.capacity} />
          </fieldset>
        )}
        {(kind === 'LOCAL_PRODUCER' || kind === 'ASSOCIATION') && (
          <fieldset>
            <legend>{kind === 'ASSOCIATION' ? "L'association" : 'Le producteur'}</legend>
            <TextField label="Site web" name="website" type="url" error={e.website} />
            <TextField label="Contact" name="contact" error={e.contact} />
            <TextField label="Horaires" name="openingHours" error={e.openingHours} />
          </fieldset>
        )}
        <TextField label="Aussi visible des quartiers à moins de (mètres)" name="radiusMeters" type="number" min={0} max={3000} step={100} defaultValue={0} error={e.radiusMeters} />
        {kind !== 'GROUP_PURCHASE' && <TextField label="Fin de l'annonce (facultatif)" name="endsAt" type="datetime-local" error={e.endsAt} />}
        <FormError error={e['']} />
        <button type="submit" disabled={fetching}>
          Publier l'annonce
        </button>
      </form>
    </Page>
  );
}

function CarpoolFields({
  me,
  origin,
  destination,
  setOrigin,
  setDestination,
  errors,
}: {
  me: Me;
  origin: string | null;
  destination: string | null;
  setOrigin: (c: string) => void;
  setDestination: (c: string) => void;
  errors: Record<string, string>;
}) {
  const [placing, setPlacing] = useState<'origin' | 'destination'>('origin');
  const home = me.homeCell ? blockCentreOfHome(me.homeCell) : ([48.4556, -2.0503] as LatLng);
  const points = useMemo(
    () => [
      ...(origin ? [{ at: cellCentre(origin), label: 'Départ', tone: 'origin' as const }] : []),
      ...(destination ? [{ at: cellCentre(destination), label: 'Arrivée', tone: 'destination' as const }] : []),
    ],
    [origin, destination],
  );
  const pick = (at: LatLng) => {
    const cell = blockCellAt(at[0], at[1]);
    if (placing === 'origin') {
      setOrigin(cell);
      setPlacing('destination');
    } else setDestination(cell);
  };
  return (
    <fieldset>
      <legend>Trajet</legend>
      <div role="radiogroup" aria-label="Point à placer sur la carte" className="inline">
        <label>
          <input type="radio" name="placing" checked={placing === 'origin'} onChange={() => setPlacing('origin')} /> Placer le départ
        </label>
        <label>
          <input type="radio" name="placing" checked={placing === 'destination'} onChange={() => setPlacing('destination')} /> Placer l'arrivée
        </label>
      </div>
      <button type="button" className="secondary" onClick={() => setOrigin(blockCellAt(home[0], home[1]))}>
        Départ : mon pâté de maisons
      </button>
      <Map label="Carte du trajet : touchez pour placer le point choisi" center={home} zoom={13} points={points} onPick={pick} />
      <p role="status">
        {origin ? 'Départ placé.' : 'Départ non placé.'} {destination ? 'Arrivée placée.' : 'Arrivée non placée.'}
      </p>
      {errors.origin && <p className="field-error" role="alert">{errors.origin}</p>}
      {errors.destination && <p className="field-error" role="alert">{errors.destination}</p>}
      <fieldset>
        <legend>Jours</legend>
        <div className="inline">
          {weekdays.map((d) => (
            <label key={d.value}>
              <input type="checkbox" name="weekdays" value={d.value} /> {d.label}
            </label>
          ))}
        </div>
        {errors.weekdays && <p className="field-error" role="alert">{errors.weekdays}</p>}
      </fieldset>
      <TextField label="Heure de départ" name="departureTime" type="time" required error={errors.departureTime} />
      <TextField label="Places proposées" name="seats" type="number" min={1} max={8} defaultValue={3} required error={errors.seats} />
    </fieldset>
  );
}
