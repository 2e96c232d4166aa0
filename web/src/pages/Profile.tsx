import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { DeleteAccountMutation, ExportMutation } from '../api/documents';
import { downloadText } from '../app/download';
import { formatDate, verificationMethods } from '../app/labels';
import { Link, navigate } from '../app/router';
import { useSession, type Me } from '../app/session';
import { FormError, Notice, TextField, formValues, useFormErrors } from '../ui/forms';
import { Page } from '../ui/Page';
import { NotificationPreferences } from './NotificationPreferences';
import { PushSettings } from './PushSettings';
import { RequireSession } from '../ui/RequireSession';

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
        <dd>{me.email}</dd>
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
      <p>
        <Link to="/notifications">Mes notifications</Link>
      </p>
      <Export />
      <DeleteAccount />
    </Page>
  );
}

function Export() {
  const [{ fetching }, exportData] = useMutation(ExportMutation);
  const errors = useFormErrors();
  const [done, setDone] = useState(false);
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">Mes données</h2>
      <p>Téléchargez tout ce que Voisinage garde sur vous, au format JSON.</p>
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
      <p>Vos contenus seront anonymisés ; votre domicile, votre quartier et vos garanties disparaissent. C'est définitif.</p>
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
