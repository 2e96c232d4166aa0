import type { FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { AppConfigQuery, LoginMutation, RegisterMutation } from '../api/documents';
import { Link, navigate, useLocation } from '../app/router';
import { useSession } from '../app/session';
import { FormError, TextField, formValues, useFormErrors } from '../ui/forms';
import { Page } from '../ui/Page';
import { BeginPasskeySignInMutation, FinishPasskeySignInMutation } from '../api/passkeys';
import { credentialJson, isCancelled, passkeysSupported, requestOptions } from '../app/webauthn';

const PSEUDO = /^[A-Za-z0-9\-_.]{3,30}$/;

/** Client-side checks that mirror the API's rules (the API checks again and its errors are shown the same way). */
export function validateRegistration(v: { pseudo: string; email: string; password: string }): Record<string, string> {
  const e: Record<string, string> = {};
  if (!PSEUDO.test(v.pseudo)) e.pseudo = 'Le pseudo a de 3 à 30 caractères : lettres, chiffres, « - », « _ » ou « . ».';
  if (!/^[^@\s]+@[^@\s]+$/.test(v.email)) e.email = "Cette adresse e-mail n'est pas valide.";
  if (v.password.length < 10) e.password = 'Le mot de passe a au moins 10 caractères.';
  return e;
}

/** Where to go after signing in: the page that asked (?suite=/garant/…), else the next step. */
function afterSignIn(search: URLSearchParams) {
  const next = search.get('suite');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/domicile';
}

export function Register() {
  const [{ fetching }, register] = useMutation(RegisterMutation);
  const form = useFormErrors();
  const { refresh } = useSession();
  const { search } = useLocation();
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget) as { pseudo: string; email: string; password: string };
    const local = validateRegistration(v);
    if (Object.keys(local).length) return form.set(local);
    const r = await register({ input: { pseudo: v.pseudo.trim(), email: v.email.trim(), password: v.password } });
    if (form.take(r.error)) return;
    refresh();
    navigate(afterSignIn(search));
  };
  return (
    <Page title="Créer mon compte">
      <form onSubmit={onSubmit} noValidate aria-describedby="register-help">
        <p id="register-help">Un seul pseudo et un mot de passe pour tous les services de Voisinage.</p>
        <TextField label="Pseudo" name="pseudo" autoComplete="username" required error={form.errors.pseudo} hint="3 à 30 lettres, chiffres, « - », « _ » ou « . »" />
        <TextField label="Adresse e-mail" name="email" type="email" autoComplete="email" required error={form.errors.email} />
        <TextField label="Mot de passe" name="password" type="password" autoComplete="new-password" required error={form.errors.password} hint="Au moins 10 caractères" />
        <FormError error={form.errors['']} />
        <button type="submit" disabled={fetching}>
          Créer mon compte
        </button>
      </form>
      <p>
        Déjà inscrit ? <Link to={`/connexion${search.toString() ? `?${search}` : ''}`}>Se connecter</Link>
      </p>
    </Page>
  );
}

export function Login() {
  const [{ fetching }, login] = useMutation(LoginMutation);
  const form = useFormErrors();
  const { refresh } = useSession();
  const { search } = useLocation();
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget) as { login: string; password: string };
    const local: Record<string, string> = {};
    if (!v.login.trim()) local.login = 'Indiquez votre pseudo ou votre adresse e-mail.';
    if (!v.password) local.password = 'Indiquez votre mot de passe.';
    if (Object.keys(local).length) return form.set(local);
    const r = await login({ input: { login: v.login.trim(), password: v.password } });
    if (form.take(r.error)) return;
    refresh();
    navigate(search.get('suite') ? afterSignIn(search) : '/quartier');
  };
  return (
    <Page title="Se connecter">
      <form onSubmit={onSubmit} noValidate>
        <TextField label="Pseudo ou adresse e-mail" name="login" autoComplete="username" required error={form.errors.login} />
        <TextField label="Mot de passe" name="password" type="password" autoComplete="current-password" required error={form.errors.password} />
        <FormError error={form.errors['']} />
        <button type="submit" disabled={fetching}>
          Se connecter
        </button>
      </form>
      <PasskeySignIn onSignedIn={() => navigate(search.get('suite') ? afterSignIn(search) : '/quartier')} />
      <p>
        <Link to="/mot-de-passe-oublie">Mot de passe oublié ?</Link>
      </p>
      <p>
        Pas encore de compte ? <Link to="/inscription">Créer mon compte</Link>
      </p>
      <DemoAccounts />
    </Page>
  );
}

/** Signs in with a passkey of this device (no pseudo typed: the passkey names the account), then goes on like a password sign-in. */
function PasskeySignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [{ fetching: starting }, begin] = useMutation(BeginPasskeySignInMutation);
  const [{ fetching: finishing }, finish] = useMutation(FinishPasskeySignInMutation);
  const form = useFormErrors();
  const { refresh } = useSession();
  if (!passkeysSupported()) return null;
  const onClick = async () => {
    form.set({});
    const started = await begin({});
    if (form.take(started.error) || !started.data) return;
    const { challengeId, options } = started.data.beginPasskeySignIn;
    let credential: PublicKeyCredential;
    try {
      credential = (await navigator.credentials.get({ publicKey: requestOptions(options) })) as PublicKeyCredential;
    } catch (err) {
      return form.set({ '': isCancelled(err) ? 'Connexion par clé d\'accès annulée.' : "Cet appareil n'a pas pu utiliser de clé d'accès." });
    }
    const r = await finish({ challengeId, response: credentialJson(credential) });
    if (form.take(r.error)) return;
    refresh();
    onSignedIn();
  };
  return (
    <div className="passkey-sign-in">
      <FormError error={form.errors['']} />
      <button type="button" className="secondary" disabled={starting || finishing} onClick={onClick}>
        Se connecter avec une clé d'accès
      </button>
    </div>
  );
}

/** Demo mode: the demo residents anyone may sign in as (from appConfig; none outside demo mode). */
function DemoAccounts() {
  const [{ data }] = useQuery({ query: AppConfigQuery, requestPolicy: 'cache-first' });
  const accounts = data?.appConfig.demo ? data.appConfig.demoAccounts : [];
  if (accounts.length === 0) return null;
  return (
    <section aria-labelledby="demo-title" className="card">
      <h2 id="demo-title">Comptes de démonstration</h2>
      <table>
        <caption>Ce serveur tourne avec des données de démonstration : connectez-vous avec l'un de ces comptes.</caption>
        <thead>
          <tr>
            <th scope="col">Pseudo</th>
            <th scope="col">Mot de passe</th>
            <th scope="col">Rôle</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.pseudo}>
              <td>{a.pseudo}</td>
              <td><code>{a.password}</code></td>
              <td>{a.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
