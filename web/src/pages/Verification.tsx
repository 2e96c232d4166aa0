import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConfirmPostcardMutation, LocationFixMutation, RequestPostcardMutation, VerificationProgressQuery } from '../api/documents';
import type { VerificationProgressQuery as ProgressData } from '../gql/graphql';
import { currentPosition } from '../app/geo';
import { verificationMethods, formatDate, formatDateTime } from '../app/labels';
import { Link } from '../app/router';
import { useSession } from '../app/session';
import { FormError, Notice, TextArea, TextField, formValues, useFormErrors } from '../ui/forms';
import { Page } from '../ui/Page';
import { Qr } from '../ui/Qr';
import { RequireSession } from '../ui/RequireSession';

type Progress = NonNullable<ProgressData['me']['verificationProgress']>;

export default function Verification() {
  return (
    <RequireSession title="Vérification">
      {(me) => (
        <Page title="Vérification">
          {!me.homeCell ? (
            <p>
              Indiquez d'abord votre domicile. <Link to="/domicile">Indiquer mon domicile</Link>
            </p>
          ) : me.verification.status === 'VERIFIED' ? (
            <>
              <Notice>
                Vous êtes un voisin vérifié ({me.verification.method ? verificationMethods[me.verification.method] : ''}
                {me.verification.verifiedAt ? `, le ${formatDate(me.verification.verifiedAt)}` : ''}).
              </Notice>
              <p>
                <Link to="/quartier">Rejoindre ou fonder mon quartier</Link>
              </p>
              <VouchShare id={me.id} verified />
            </>
          ) : (
            <Unverified id={me.id} />
          )}
        </Page>
      )}
    </RequireSession>
  );
}

/** The three paths, with the progress and thresholds the server reports (its configuration decides them). */
function Unverified({ id }: { id: string }) {
  const [{ data, error }, reload] = useQuery({ query: VerificationProgressQuery, requestPolicy: 'network-only' });
  const progress = data?.me.verificationProgress;
  const refetch = () => reload({ requestPolicy: 'network-only' });
  return (
    <>
      <p>Prouvez que vous habitez bien ici, de l'une de ces trois façons. La première qui aboutit suffit.</p>
      {error && <FormError error="Impossible de lire votre progression." />}
      {progress && (
        <>
          <Geolocation progress={progress} onFix={refetch} />
          <VouchShare id={id} verified={false} progress={progress} />
          <Postcard progress={progress} onRequest={refetch} />
        </>
      )}
    </>
  );
}

function Geolocation({ progress, onFix }: { progress: Progress; onFix: () => void }) {
  const [{ fetching }, submit] = useMutation(LocationFixMutation);
  const [sent, setSent] = useState(false);
  const form = useFormErrors();
  const { refresh } = useSession();
  const onClick = async () => {
    form.set({});
    let p;
    try {
      p = await currentPosition();
    } catch (e) {
      return form.set({ '': (e as Error).message });
    }
    const r = await submit({ lat: p.lat, lng: p.lng, accuracyMeters: p.accuracy });
    if (form.take(r.error) || !r.data) return;
    setSent(true);
    if (r.data.submitLocationFix.verification.status === 'VERIFIED') refresh();
    else onFix();
  };
  const { fixesCounted: fixes, fixesNeeded, daysCounted: days, daysNeeded } = progress;
  return (
    <section aria-labelledby="geo-title" className="card">
      <h2 id="geo-title">1. Par la position de mon téléphone</h2>
      <p>
        Chez vous, enregistrez votre position {fixesNeeded} fois, sur au moins {daysNeeded} jour{daysNeeded > 1 ? 's' : ''}{' '}
        différent{daysNeeded > 1 ? 's' : ''} (précision de {progress.fixMaxAccuracyMeters} m ou mieux).
      </p>
      <label htmlFor="geo-progress">Positions comptées</label>
      <progress id="geo-progress" max={fixesNeeded} value={Math.min(fixes, fixesNeeded)}>
        {fixes} sur {fixesNeeded}
      </progress>
      <p role="status" data-testid="geo-status">
        {fixes > 0 || sent
          ? `${fixes} position${fixes > 1 ? 's' : ''} comptée${fixes > 1 ? 's' : ''} sur ${fixesNeeded}, sur ${days} jour${days > 1 ? 's' : ''} sur ${daysNeeded}.` +
            (days < daysNeeded && fixes >= fixesNeeded ? ` Encore ${daysNeeded - days} jour(s) à venir.` : '')
          : 'Aucune position comptée pour le moment.'}
      </p>
      <FormError error={form.errors[''] ?? form.errors.position} />
      <button type="button" onClick={onClick} disabled={fetching}>
        Enregistrer ma position
      </button>
    </section>
  );
}

function VouchShare({ id, verified, progress }: { id: string; verified: boolean; progress?: Progress }) {
  const link = `${window.location.origin}/garant/${encodeURIComponent(id)}`;
  const [copied, setCopied] = useState(false);
  const share = async () => {
    if (navigator.share) {
      await navigator.share({ title: 'Voisinage', text: 'Peux-tu te porter garant que je suis ton voisin ?', url: link }).catch(() => {});
    } else {
      await navigator.clipboard?.writeText(link);
      setCopied(true);
    }
  };
  return (
    <section aria-labelledby="vouch-title" className="card">
      <h2 id="vouch-title">
        {verified ? 'Aider un voisin à se faire vérifier' : `2. Par ${progress?.vouchesNeeded ?? ''} voisins qui se portent garants`}
      </h2>
      {verified ? (
        <p>Un voisin vous a envoyé son lien ? Ouvrez-le pour vous porter garant de lui.</p>
      ) : (
        <>
          <p>
            {progress?.vouchesNeeded} voisins vérifiés qui habitent à deux pâtés de maisons au plus ouvrent ce lien ou scannent ce code :
          </p>
          <p role="status" data-testid="vouch-status">
            {progress?.vouchesReceived ?? 0} garant{(progress?.vouchesReceived ?? 0) > 1 ? 's' : ''} sur {progress?.vouchesNeeded}.
          </p>
          <p>
            <a href={link} data-testid="vouch-link">{link}</a>
          </p>
          <Qr text={link} label="QR code du lien pour se porter garant de moi" />
          <p>
            <button type="button" onClick={share}>
              Partager le lien
            </button>
            {copied && <span role="status"> Lien copié.</span>}
          </p>
        </>
      )}
    </section>
  );
}

function Postcard({ progress, onRequest: requested }: { progress: Progress; onRequest: () => void }) {
  const [{ fetching: requesting }, request] = useMutation(RequestPostcardMutation);
  const [{ fetching: confirming }, confirm] = useMutation(ConfirmPostcardMutation);
  const [expires, setExpires] = useState<string | null>(null);
  const ask = useFormErrors();
  const code = useFormErrors();
  const { refresh } = useSession();
  const onRequest = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const r = await request({ postalAddress: v.postalAddress ?? '' });
    if (ask.take(r.error) || !r.data) return;
    setExpires(r.data.requestPostcard.codeExpiresAt);
    e.currentTarget?.reset();
    requested();
  };
  const onConfirm = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const entered = (v.code ?? '').trim().toUpperCase();
    if (!/^[A-Z0-9]{8}$/.test(entered)) return code.set({ code: 'Le code a 8 caractères.' });
    const r = await confirm({ code: entered });
    if (code.take(r.error)) return;
    refresh();
  };
  return (
    <section aria-labelledby="postcard-title" className="card">
      <h2 id="postcard-title">3. Par carte postale</h2>
      <form onSubmit={onRequest} noValidate>
        <TextArea label="Adresse postale" name="postalAddress" rows={3} autoComplete="street-address" error={ask.errors.postalAddress} hint="Gardée seulement jusqu'à l'impression de la carte." />
        <FormError error={ask.errors['']} />
        <button type="submit" disabled={requesting}>
          Recevoir un code par la poste
        </button>
      </form>
      {(expires ?? progress.postcardExpiresAt) && (
        <Notice>Carte demandée : son code sera valable jusqu'au {formatDateTime((expires ?? progress.postcardExpiresAt)!)}.</Notice>
      )}
      <form onSubmit={onConfirm} noValidate>
        <TextField label="Code reçu" name="code" autoComplete="one-time-code" maxLength={8} error={code.errors.code} hint="8 caractères, sans 0, O, 1, I ni L" />
        <FormError error={code.errors['']} />
        <button type="submit" disabled={confirming}>
          Valider le code
        </button>
      </form>
    </section>
  );
}
