import { useMemo, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { RaiseAlertMutation, ResolveAlertMutation } from '../api/documents';
import { useAlerts, useServices } from '../app/api-context';
import { currentPosition } from '../app/geo';
import { alertKinds, formatDateTime } from '../app/labels';
import type { Me } from '../app/session';
import type { AlertKind } from '../gql/graphql';
import { Map } from '../map/LazyMap';
import { blockCentreOfHome, type LatLng } from '../map/hex';
import { FormError, Select, TextArea, TextField, formValues, useFormErrors } from '../ui/forms';
import { Page } from '../ui/Page';
import { RequireSession } from '../ui/RequireSession';
import { ReportButton } from '../ui/ReportButton';

const kinds = Object.keys(alertKinds) as AlertKind[];

export default function Alerts() {
  return <RequireSession title="Alertes" verified member>{(me) => <AlertsView me={me} />}</RequireSession>;
}

function AlertsView({ me }: { me: Me }) {
  const state = useAlerts();
  const isLead = !!me.neighbourhood?.leads?.some((l) => l.id === me.id);
  return (
    <Page title="Alertes du quartier">
      <RaiseAlert me={me} />
      <section aria-labelledby="list-title">
        <h2 id="list-title">Dernières alertes</h2>
        {state.alerts.length === 0 && <p>Aucune alerte : tout est calme.</p>}
        <ol className="alerts" aria-label="Alertes" aria-live="polite">
          {state.alerts.map((a) => (
            <li key={a.id} className={`card alert-item alert-${a.kind.toLowerCase()}${a.resolved ? ' resolved' : ''}`} data-sequence={a.sequence}>
              <p className="kind">
                {alertKinds[a.kind]} · {a.resolved ? `résolue${a.resolvedAt ? ` le ${formatDateTime(a.resolvedAt)}` : ''}` : 'en cours'}
              </p>
              <h3>{a.title}</h3>
              {a.body && <p>{a.body}</p>}
              <p className="meta">
                {a.raiser.pseudo} · <time dateTime={a.raisedAt}>{formatDateTime(a.raisedAt)}</time>
                {a.radiusMeters > 0 && ` · rayon ${a.radiusMeters} m`}
                {a.place && ' · lieu indiqué'}
              </p>
              {!a.resolved && (a.raiser.id === me.id || isLead) && <Resolve id={a.id} />}
              {a.raiser.id !== me.id && <ReportButton targetType="ALERT" targetId={a.id} />}
            </li>
          ))}
        </ol>
      </section>
    </Page>
  );
}

function Resolve({ id }: { id: string }) {
  const [{ fetching }, resolve] = useMutation(ResolveAlertMutation);
  const { alerts } = useServices();
  const errors = useFormErrors();
  return (
    <>
      <button
        type="button"
        disabled={fetching}
        onClick={async () => {
          const r = await resolve({ id });
          if (!errors.take(r.error) && r.data) alerts.upsert(r.data.resolveAlert);
        }}
      >
        Marquer comme résolue
      </button>
      <FormError error={errors.errors['']} />
    </>
  );
}

/** Where an alert happens: nowhere in particular, the raiser's block, the device's position, or a point on the map. */
type Where = 'none' | 'home' | 'here' | 'map';

const wheres: [Where, string][] = [
  ['none', 'Sans lieu précis'],
  ['home', 'Chez moi (mon pâté de maisons)'],
  ['here', 'Ma position actuelle'],
  ['map', 'Choisir sur la carte'],
];

function RaiseAlert({ me }: { me: Me }) {
  const [{ fetching }, raise] = useMutation(RaiseAlertMutation);
  const { alerts } = useServices();
  const form = useFormErrors();
  const [radius, setRadius] = useState(0);
  const [open, setOpen] = useState(false);
  const [where, setWhere] = useState<Where>('none');
  const [pin, setPin] = useState<LatLng | null>(null);
  const [locating, setLocating] = useState(false);
  const centre: LatLng = me.homeCell ? blockCentreOfHome(me.homeCell) : [48.4556, -2.0503];
  const circle = useMemo(() => ({ at: centre, radiusMeters: radius }), [centre[0], centre[1], radius]); // eslint-disable-line react-hooks/exhaustive-deps
  const shapes = useMemo(() => (me.neighbourhood ? [{ boundary: me.neighbourhood.boundary, tone: 'mine' as const }] : []), [me.neighbourhood]);
  const place: LatLng | null = where === 'home' ? centre : where === 'none' ? null : pin;
  const points = useMemo(() => (place ? [{ at: place, label: "Lieu de l'alerte", tone: 'pin' as const }] : []), [place?.[0], place?.[1]]); // eslint-disable-line react-hooks/exhaustive-deps
  const choose = async (next: Where) => {
    setWhere(next);
    setPin(null);
    form.set({});
    if (next !== 'here') return;
    setLocating(true);
    try {
      const p = await currentPosition();
      setPin([p.lat, p.lng]);
    } catch (e) {
      form.set({ place: (e as Error).message });
    } finally {
      setLocating(false);
    }
  };
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const el = e.currentTarget;
    const v = formValues(el);
    const title = (v.title ?? '').trim();
    if (!title) return form.set({ title: 'Donnez un titre.' });
    if (where !== 'none' && !place) return form.set({ place: where === 'map' ? "Touchez la carte à l'endroit de l'alerte." : 'Position pas encore connue : réessayez.' });
    const r = await raise({
      kind: v.kind as AlertKind,
      title,
      body: (v.body ?? '').trim(),
      radiusMeters: radius,
      place: place ? { lat: place[0], lng: place[1] } : null,
    });
    if (form.take(r.error) || !r.data) return;
    alerts.upsert(r.data.raiseAlert);
    el.reset();
    setRadius(0);
    setWhere('none');
    setPin(null);
    setOpen(false);
  };
  if (!open)
    return (
      <button type="button" className="danger" onClick={() => setOpen(true)}>
        Lancer une alerte
      </button>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="card">
      <h2>Lancer une alerte</h2>
      <Select label="Type" name="kind" defaultValue="VIGILANCE">
        {kinds.map((k) => (
          <option key={k} value={k}>{alertKinds[k]}</option>
        ))}
      </Select>
      <TextField label="Titre" name="title" required maxLength={120} error={form.errors.title} />
      <TextArea label="Détails" name="body" rows={3} error={form.errors.body} />
      <Select
        label="Où ?"
        name="where"
        value={where}
        onChange={(e) => void choose(e.target.value as Where)}
        error={form.errors.place ?? form.errors.position}
        hint={
          locating
            ? 'Localisation…'
            : "Avec un lieu, les voisins qui ont choisi un rayon d'alerte ne sont prévenus que s'ils sont assez près. Seul l'hexagone d'environ 0,1 km² qui contient le lieu est gardé et montré."
        }
      >
        {wheres.map(([value, label]) => (
          <option key={value} value={value}>{label}</option>
        ))}
      </Select>
      <TextField
        label={`Rayon : ${radius} m au-delà du quartier`}
        name="radius"
        type="range"
        min={0}
        max={3000}
        step={100}
        value={radius}
        onChange={(e) => setRadius(Number(e.target.value))}
        hint="Les quartiers dont un pâté de maisons est dans ce cercle sont aussi prévenus."
      />
      <Map
        label={where === 'map' ? "Carte : touchez le lieu de l'alerte" : "Carte : portée de l'alerte"}
        center={centre}
        zoom={14}
        shapes={shapes}
        circle={circle}
        points={points}
        onPick={where === 'map' ? setPin : undefined}
      />
      <FormError error={form.errors['']} />
      <button type="submit" className="danger" disabled={fetching || locating}>Envoyer l'alerte</button>{' '}
      <button type="button" className="secondary" onClick={() => setOpen(false)}>Annuler</button>
    </form>
  );
}
