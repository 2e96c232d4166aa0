// The profile's notification preferences: which kinds reach this resident on which channel, quiet hours (Paris
// time by default) and the alert radius, which only urgent alerts cross. The server enforces them
// (docs/notifications.md); it alone knows the distance from an alert to the resident's home.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { NotificationPreferencesQuery, SetNotificationPreferencesMutation } from '../api/documents';
import type { DigestFrequency, NotificationChannel, NotificationKind } from '../gql/graphql';
import { FormError, Notice, Select, formValues, useFormErrors } from '../ui/forms';

const kinds: [NotificationKind, string][] = [
  ['ALERT_URGENT', 'Alertes urgentes'],
  ['ALERT_VIGILANCE', 'Alertes vigilance'],
  ['ALERT_LOST_ANIMAL', 'Animaux perdus'],
  ['ALERT_EVENT', 'Événements'],
  ['MESSAGE', 'Messages'],
  ['LISTING', 'Mes annonces et participations'],
  ['ANNOUNCEMENT', 'Annonces officielles (mairie, services publics)'],
];
const channels: [NotificationChannel, string][] = [
  ['PUSH', 'Sur cet appareil et mes autres appareils'],
  ['IN_APP', "Dans l'application"],
];

const digests: [DigestFrequency, string][] = [
  ['OFF', 'Pas de résumé'],
  ['DAILY', 'Chaque jour'],
  ['WEEKLY', 'Chaque semaine (le lundi)'],
];

/** The radii the server offers (metres); '' is the whole neighbourhood (null). */
const radii: [string, string][] = [
  ['', 'Tout le quartier'],
  ['500', '500 m autour de chez moi'],
  ['1000', '1 km autour de chez moi'],
  ['2000', '2 km autour de chez moi'],
  ['5000', '5 km autour de chez moi'],
];

export function NotificationPreferences() {
  const [{ data }] = useQuery({ query: NotificationPreferencesQuery });
  const [{ fetching }, save] = useMutation(SetNotificationPreferencesMutation);
  const form = useFormErrors();
  const [saved, setSaved] = useState(false);
  const prefs = data?.notificationPreferences;
  if (!prefs) return null;
  const isOff = (kind: NotificationKind, channel: NotificationChannel) => prefs.off.some((o) => o.kind === kind && o.channel === channel);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSaved(false);
    const v = formValues(e.currentTarget);
    const off = kinds.flatMap(([kind]) => channels.filter(([channel]) => v[`${kind}.${channel}`] !== 'on').map(([channel]) => ({ kind, channel })));
    const quiet = v.quiet === 'on';
    if (quiet && (!v.start || !v.end)) return form.set({ '': 'Indiquez le début et la fin des heures calmes.' });
    const r = await save({
      input: {
        off,
        quietHours: quiet ? { start: v.start ?? '', end: v.end ?? '', timeZone: prefs.quietHours?.timeZone ?? 'Europe/Paris' } : null,
        digest: (v.digest as DigestFrequency | undefined) ?? 'OFF',
        alertRadiusMeters: v.radius ? Number(v.radius) : null,
      },
    });
    if (form.take(r.error)) return;
    setSaved(true);
  };

  return (
    <section aria-labelledby="prefs-title">
      <h2 id="prefs-title">Préférences de notification</h2>
      <form onSubmit={onSubmit} noValidate>
        {channels.map(([channel, label]) => (
          <fieldset key={channel}>
            <legend>{label}</legend>
            {kinds.map(([kind, kindLabel]) => (
              <div className="field" key={kind}>
                <label>
                  <input type="checkbox" name={`${kind}.${channel}`} defaultChecked={!isOff(kind, channel)} /> {kindLabel}
                </label>
              </div>
            ))}
          </fieldset>
        ))}
        <fieldset>
          <legend>Heures calmes (heure de Paris)</legend>
          <p>Pendant ces heures, seules les alertes urgentes sonnent ; les autres arrivent à la fin.</p>
          <div className="field">
            <label>
              <input type="checkbox" name="quiet" defaultChecked={!!prefs.quietHours} /> Activer les heures calmes
            </label>
          </div>
          <div className="field">
            <label htmlFor="quiet-start">Début</label>
            <input id="quiet-start" type="time" name="start" defaultValue={prefs.quietHours?.start ?? '22:00'} />
          </div>
          <div className="field">
            <label htmlFor="quiet-end">Fin</label>
            <input id="quiet-end" type="time" name="end" defaultValue={prefs.quietHours?.end ?? '07:00'} />
          </div>
        </fieldset>
        <Select
          label="Rayon des alertes"
          name="radius"
          error={form.errors.radius}
          defaultValue={prefs.alertRadiusMeters ? String(prefs.alertRadiusMeters) : ''}
          hint="Une alerte qui indique un lieu ne vous prévient que dans ce rayon. Les alertes urgentes et celles sans lieu vous préviennent toujours."
        >
          {radii.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <Select label="Résumé du quartier par e-mail" name="digest" defaultValue={prefs.digest} hint="Nouvelles annonces, événements et alertes résolues, à 7 h.">
          {digests.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <FormError error={form.errors['']} />
        <button type="submit" disabled={fetching}>
          Enregistrer mes préférences
        </button>
        {saved && <Notice>Préférences enregistrées.</Notice>}
      </form>
    </section>
  );
}
