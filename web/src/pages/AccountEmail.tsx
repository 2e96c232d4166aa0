// Pages reached from the account emails: confirming the address (/confirmer-email?jeton=…), asking for a password
// reset (/mot-de-passe-oublie) and choosing the new password (/reinitialiser-mot-de-passe?jeton=…).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ConfirmEmailMutation, RequestPasswordResetMutation, ResetPasswordMutation } from '../api/documents';
import { mapErrors } from '../api/errors';
import { Link, navigate, useLocation } from '../app/router';
import { useSession } from '../app/session';
import { FormError, Notice, TextField, formValues, useFormErrors } from '../ui/forms';
import { Page } from '../ui/Page';

export function ConfirmEmail() {
  const { search } = useLocation();
  const token = search.get('jeton') ?? '';
  const [, confirm] = useMutation(ConfirmEmailMutation);
  const { refresh } = useSession();
  const [result, setResult] = useState<{ ok: boolean; message?: string } | null>(null);
  const sent = useRef(false);
  useEffect(() => {
    // Once per page: the token is single-use, so a second call (React's strict mode) would be refused.
    if (sent.current) return;
    sent.current = true;
    void confirm({ token }).then((r) => {
      if (r.error) setResult({ ok: false, message: mapErrors(r.error)[0]?.message });
      else {
        setResult({ ok: true });
        refresh();
      }
    });
  }, [confirm, refresh, token]);
  return (
    <Page title="Confirmation de l'adresse e-mail">
      {!result && <p role="status">Confirmation en cours…</p>}
      {result?.ok && <Notice>Votre adresse e-mail est confirmée. Merci !</Notice>}
      {result && !result.ok && (
        <>
          <FormError error={result.message} />
          <p>
            Vous pouvez demander un nouveau lien depuis <Link to="/profil">votre profil</Link>.
          </p>
        </>
      )}
    </Page>
  );
}

export function ForgotPassword() {
  const [{ fetching }, request] = useMutation(RequestPasswordResetMutation);
  const form = useFormErrors();
  const [sent, setSent] = useState(false);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget) as { email: string };
    if (!/^[^@\s]+@[^@\s]+$/.test(v.email.trim())) return form.set({ email: "Cette adresse e-mail n'est pas valide." });
    const r = await request({ email: v.email.trim() });
    if (form.take(r.error)) return;
    setSent(true);
  };
  return (
    <Page title="Mot de passe oublié">
      {sent ? (
        <Notice>
          Si un compte existe pour cette adresse, un e-mail vient d'y partir avec un lien pour choisir un nouveau mot de passe
          (valable une heure).
        </Notice>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <p>Indiquez l'adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.</p>
          <TextField label="Adresse e-mail" name="email" type="email" autoComplete="email" required error={form.errors.email} />
          <FormError error={form.errors['']} />
          <button type="submit" disabled={fetching}>
            Envoyer le lien
          </button>
        </form>
      )}
      <p>
        <Link to="/connexion">Retour à la connexion</Link>
      </p>
    </Page>
  );
}

export function ResetPassword() {
  const { search } = useLocation();
  const token = search.get('jeton') ?? '';
  const [{ fetching }, reset] = useMutation(ResetPasswordMutation);
  const form = useFormErrors();
  const { refresh } = useSession();
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget) as { password: string; confirmation: string };
    if (v.password.length < 10) return form.set({ password: 'Le mot de passe a au moins 10 caractères.' });
    if (v.password !== v.confirmation) return form.set({ confirmation: 'Les deux mots de passe diffèrent.' });
    const r = await reset({ token, newPassword: v.password });
    if (form.take(r.error)) return;
    refresh();
    navigate('/profil');
  };
  return (
    <Page title="Nouveau mot de passe">
      <form onSubmit={onSubmit} noValidate>
        <p>Choisissez un nouveau mot de passe : toutes vos autres sessions seront déconnectées.</p>
        <TextField label="Nouveau mot de passe" name="password" type="password" autoComplete="new-password" required error={form.errors.password} hint="Au moins 10 caractères" />
        <TextField label="Confirmez le mot de passe" name="confirmation" type="password" autoComplete="new-password" required error={form.errors.confirmation} />
        <FormError error={form.errors['']} />
        <button type="submit" disabled={fetching}>
          Changer mon mot de passe
        </button>
      </form>
      <p>
        Lien expiré ? <Link to="/mot-de-passe-oublie">Demander un nouveau lien</Link>
      </p>
    </Page>
  );
}
