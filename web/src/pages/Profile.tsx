import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ChangePasswordMutation, DeleteAccountMutation, ResendEmailConfirmationMutation, ExportMutation, LogoutEverywhereMutation, ModerationLogQuery, MySessionsQuery, RevokeSessionMutation } from '../api/documents';
import { downloadText } from '../app/download';
import { formatDate, formatDateTime, verificationMethods } from '../app/labels';
import { Link, navigate } from '../app/router';
import { useSession, type Me } from '../app/session';
import { FormError, Notice, TextField, formValues, useFormErrors } from '../ui/forms';
import { Page } from '../ui/Page';
import { CaseCard } from '../ui/Moderation';
import { NotificationPreferences } from './NotificationPreferences';
import { HiddenAdvertisers } from './HiddenAdvertisers';
import { PushSettings } from './PushSettings';
import { ConnectedServices } from './ConnectedServices';
import { Passkeys } from './Passkeys';
import { RequireSession } from '../ui/RequireSession';
import type { ReportTarget } from '../gql/graphql';

export default function Profile() {
  return <RequireSession title="Mon profil">{(me) => <ProfileView me={me} />}</RequireSession>;
}

function ProfileView({ me }: { me: Me }) {
  return (
    <Page title="Mon profil">
      <dl className="profile">
        <dt>Pseudo</dt>
        <dd>{me.pseudo}</dd>
        <dt>Adresse e-mail</dt>
        <dd>
          {me.email} <EmailConfirmation confirmed={!!me.emailConfirmed} />
        </dd>
        <dt>Vérification</dt>
        <dd>
          {me.verification.status === 'VERIFIED'
            ? `Voisin vérifié par ${me.verification.method ? verificationMethods[me.verification.method] : '—'}${me.verification.verifiedAt ? ` le ${formatDate(me.verification.verifiedAt)}` : ''}`
            : <>Pas encore vérifié — <Link to={me.homeCell ? '/verification' : '/domicile'}>me faire vérifier</Link></>}
        </dd>
        <dt>Quartier</dt>
        <dd>{me.neighbourhood ? <Link to="/quartier">{me.neighbourhood.name}</Link> : 'Aucun'}</dd>
        <dt>Remerciements reçus</dt>
        <dd data-testid="thanks">{me.thanksReceived}</dd>
        {me.createdAt && (<><dt>Membre depuis</dt><dd>{formatDate(me.createdAt)}</dd></>)}
      </dl>
      <p>
        <Link to="/domicile">Changer de domicile</Link>
      </p>
      <PushSettings />
      <NotificationPreferences />
      <HiddenAdvertisers />
      <p>
        <Link to="/notifications">Mes notifications</Link>
      </p>
      <MyModeration me={me} />
      <Security />
      <Passkeys />
      <ConnectedServices />
      <ActiveSessions />
      <Export />
      <DeleteAccount />
    </Page>
  );
}

/** Whether the email is confirmed, and a button to mail a new confirmation link when it is not. */
function EmailConfirmation({ confirmed }: { confirmed: boolean }) {
  const [{ fetching }, resend] = useMutation(ResendEmailConfirmationMutation);
  const form = useFormErrors();
  const [sent, setSent] = useState(false);
  if (confirmed) return <span className="badge">(confirmée)</span>;
  const onClick = async () => {
    const r = await resend({});
    if (form.take(r.error)) return;
    setSent(true);
  };
  return (
    <>
      <span>(non confirmée)</span>{' '}
      {sent ? (
        <Notice>Un nouveau lien de confirmation vient de partir.</Notice>
      ) : (
        <button type="button" onClick={onClick} disabled={fetching}>
          Renvoyer l'e-mail de confirmation
        </button>
      )}
      <FormError error={form.errors['']} />
    </>
  );
}

/** Decisions about my content (from my own moderation log): why it was hidden, and the appeal, once per decision. */
function MyModeration({ me }: { me: Me }) {
  const [{ data }] = useQuery({ query: ModerationLogQuery, variables: { residentId: me.id, first: 50 }, requestPolicy: 'network-only' });
  const subjects = new Map<string, ReportTarget>();
  for (const e of data?.moderationLog.edges ?? []) {
    const n = e?.node;
    if (n?.subjectId && n.subjectType && !subjects.has(n.subjectId)) subjects.set(n.subjectId, n.subjectType);
  }
  return (
    <section aria-labelledby="my-mod-title">
      <h2 id="my-mod-title">Modération de mes contenus</h2>
      {subjects.size === 0 ? (
        <p>Aucun de vos contenus n'a été masqué.</p>
      ) : (
        [...subjects].slice(0, 10).map(([id, type]) => <CaseCard key={id} targetType={type} targetId={id} canAppeal />)
      )}
    </section>
  );
}

/** Change the password (the current one required; other devices are signed out) or sign out everywhere. */
export function Security() {
  const [{ fetching, data }, change] = useMutation(ChangePasswordMutation);
  const [{ fetching: leaving }, leave] = useMutation(LogoutEverywhereMutation);
  const form = useFormErrors();
  const everywhere = useFormErrors();
  const { refresh } = useSession();
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formElement = e.currentTarget;
    const v = formValues(formElement);
    if (!v.currentPassword) return form.set({ currentPassword: 'Indiquez votre mot de passe actuel.' });
    if (!v.password) return form.set({ password: 'Indiquez le nouveau mot de passe.' });
    if (!form.take((await change({ currentPassword: v.currentPassword, newPassword: v.password })).error)) formElement.reset();
  };
  return (
    <section aria-labelledby="security-title">
      <h2 id="security-title">Sécurité</h2>
      <form onSubmit={onSubmit} noValidate>
        <TextField label="Mot de passe actuel" name="currentPassword" type="password" autoComplete="current-password" error={form.errors.currentPassword} />
        <TextField label="Nouveau mot de passe" name="password" type="password" autoComplete="new-password" error={form.errors.password} hint="Au moins 10 caractères." />
        <FormError error={form.errors['']} />
        {data && <Notice>Mot de passe changé : vos autres appareils sont déconnectés.</Notice>}
        <button type="submit" disabled={fetching}>Changer le mot de passe</button>
      </form>
      <p>Un appareil perdu ou une session oubliée ? Déconnectez tous vos appareils, celui-ci compris.</p>
      <FormError error={everywhere.errors['']} />
      <button
        type="button"
        className="secondary"
        disabled={leaving}
        onClick={async () => {
          if (everywhere.take((await leave({})).error)) return;
          refresh();
          navigate('/connexion');
        }}
      >
        Me déconnecter partout
      </button>
    </section>
  );
}

/** My sign-ins (one per device or browser), with a button to end any of them: its token stops working at once. */
export function ActiveSessions() {
  const [{ data, fetching, error }, reload] = useQuery({ query: MySessionsQuery, requestPolicy: 'network-only' });
  const [{ fetching: revoking, data: revoked }, revoke] = useMutation(RevokeSessionMutation);
  const errors = useFormErrors();
  const [ended, setEnded] = useState<string>();
  // The answer to revokeSession is the list left; until then, the one loaded.
  const sessions = (ended ? revoked?.revokeSession : undefined) ?? data?.mySessions ?? [];
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">Sessions actives</h2>
      <p>Chaque connexion ouvre une session. Terminez celles que vous ne reconnaissez pas : l'appareil concerné est aussitôt déconnecté.</p>
      {fetching && !data && <p role="status">Chargement…</p>}
      <FormError error={errors.errors[''] ?? (error ? 'Impossible de charger vos sessions.' : undefined)} />
      {ended && <Notice>Session terminée : {ended} est déconnecté.</Notice>}
      <ul className="sessions" aria-label="Mes sessions">
        {sessions.map((s) => {
          const device = [s.browser, s.system].filter(Boolean).join(' sur ') || 'Appareil inconnu';
          return (
            <li key={s.id} className="card">
              <p>
                <strong>{device}</strong>
                {s.current && ' (cet appareil)'}
              </p>
              <p>
                Connecté le {formatDateTime(s.createdAt)} · vu pour la dernière fois le {formatDateTime(s.lastSeenAt)}
              </p>
              {!s.current && (
                <button
                  type="button"
                  className="secondary"
                  disabled={revoking}
                  aria-label={`Terminer la session ${device} ouverte le ${formatDateTime(s.createdAt)}`}
                  onClick={async () => {
                    const r = await revoke({ id: s.id });
                    if (errors.take(r.error)) {
                      setEnded(undefined);
                      reload({ requestPolicy: 'network-only' });
                      return;
                    }
                    setEnded(device);
                  }}
                >
                  Terminer cette session
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Export() {
  const [{ fetching }, exportData] = useMutation(ExportMutation);
  const errors = useFormErrors();
  const [done, setDone] = useState(false);
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">Mes données</h2>
      <p>
        Téléchargez tout ce que Voisinage garde sur vous, au format JSON : compte, vérification, alertes, sessions, appareils,
        modération, organisations, recommandations, annonces reçues, annonceurs masqués, préférences, notifications et messages.
      </p>
      <button
        type="button"
        disabled={fetching}
        onClick={async () => {
          const r = await exportData({});
          if (errors.take(r.error) || !r.data) return;
          downloadText(`voisinage-mes-donnees-${new Date().toISOString().slice(0, 10)}.json`, r.data.exportMyData);
          setDone(true);
        }}
      >
        Exporter mes données
      </button>
      {done && <Notice>Export téléchargé.</Notice>}
      <FormError error={errors.errors['']} />
    </section>
  );
}

function DeleteAccount() {
  const [{ fetching }, del] = useMutation(DeleteAccountMutation);
  const form = useFormErrors();
  const { refresh } = useSession();
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    if (v.confirm !== 'oui') return form.set({ confirm: 'Cochez la case pour confirmer.' });
    if (!v.password) return form.set({ password: 'Indiquez votre mot de passe.' });
    const r = await del({ password: v.password });
    if (form.take(r.error)) return;
    refresh();
    navigate('/?compte=supprime');
  };
  return (
    <section aria-labelledby="delete-title" className="card danger-zone">
      <h2 id="delete-title">Supprimer mon compte</h2>
      <p>
        Vos contenus seront anonymisés et les motifs que vous avez écrits (signalements, appels, décisions) effacés ; votre domicile,
        votre quartier, vos garanties, vos organisations et vos recommandations disparaissent. C'est définitif.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label>
            <input type="checkbox" name="confirm" value="oui" aria-describedby={form.errors.confirm ? 'confirm-err' : undefined} /> Je veux supprimer mon compte
          </label>
          {form.errors.confirm && <p className="field-error" id="confirm-err" role="alert">{form.errors.confirm}</p>}
        </div>
        <TextField label="Mot de passe (pour confirmer)" name="password" type="password" autoComplete="current-password" error={form.errors.password} />
        <FormError error={form.errors['']} />
        <button type="submit" className="danger" disabled={fetching}>
          Supprimer définitivement mon compte
        </button>
      </form>
    </section>
  );
}
