// The profile's "Clés d'accès": add a passkey under a name (the browser or phone creates it), list them, remove one.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { BeginPasskeyRegistrationMutation, FinishPasskeyRegistrationMutation, PasskeysQuery, RemovePasskeyMutation } from '../api/passkeys';
import { formatDateTime } from '../app/labels';
import { creationOptions, credentialJson, isCancelled, passkeysSupported } from '../app/webauthn';
import { FormError, Notice, TextField, formValues, useFormErrors } from '../ui/forms';

const MAX_NAME = 60;

export function Passkeys() {
  const [{ data, error }, reload] = useQuery({ query: PasskeysQuery, requestPolicy: 'network-only' });
  const [{ fetching: starting }, begin] = useMutation(BeginPasskeyRegistrationMutation);
  const [{ fetching: finishing }, finish] = useMutation(FinishPasskeyRegistrationMutation);
  const [{ fetching: removing }, remove] = useMutation(RemovePasskeyMutation);
  const form = useFormErrors();
  const [notice, setNotice] = useState<string>();
  const passkeys = data?.passkeys ?? [];
  const supported = passkeysSupported();

  const onAdd = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setNotice(undefined);
    const target = e.currentTarget;
    const name = (formValues(target) as { name: string }).name.trim();
    if (!name || name.length > MAX_NAME) return form.set({ name: `Le nom a de 1 à ${MAX_NAME} caractères.` });
    const started = await begin({});
    if (form.take(started.error) || !started.data) return;
    let credential: PublicKeyCredential;
    try {
      credential = (await navigator.credentials.create({ publicKey: creationOptions(started.data.beginPasskeyRegistration) })) as PublicKeyCredential;
    } catch (err) {
      return form.set({ '': isCancelled(err) ? "Ajout annulé : aucune clé d'accès n'a été créée." : "Cet appareil n'a pas pu créer de clé d'accès." });
    }
    const r = await finish({ name, response: credentialJson(credential) });
    if (form.take(r.error)) return;
    target.reset();
    setNotice(`Clé d'accès « ${name} » ajoutée : vous pouvez vous connecter avec elle.`);
    reload({ requestPolicy: 'network-only' });
  };

  return (
    <section aria-labelledby="passkeys-title">
      <h2 id="passkeys-title">Clés d'accès</h2>
      <p>Une clé d'accès vous connecte sans mot de passe, avec le déverrouillage de votre téléphone ou de votre ordinateur (empreinte, visage, code).</p>
      {notice && <Notice>{notice}</Notice>}
      {error && <FormError error="Impossible de charger vos clés d'accès." />}
      {data && passkeys.length === 0 && <p>Vous n'avez pas encore de clé d'accès.</p>}
      <ul className="cards" aria-label="Mes clés d'accès">
        {passkeys.map((p) => (
          <li key={p.id} className="card">
            <h3>{p.name}</h3>
            <p>
              Ajoutée le {formatDateTime(p.createdAt)} · {p.lastUsedAt ? `utilisée pour la dernière fois le ${formatDateTime(p.lastUsedAt)}` : 'jamais utilisée'}
            </p>
            <button
              type="button"
              className="danger"
              disabled={removing}
              onClick={async () => {
                setNotice(undefined);
                if (form.take((await remove({ id: p.id })).error)) return;
                setNotice(`Clé d'accès « ${p.name} » supprimée : elle ne permet plus de se connecter.`);
                reload({ requestPolicy: 'network-only' });
              }}
            >
              Supprimer la clé « {p.name} »
            </button>
          </li>
        ))}
      </ul>
      {supported ? (
        <form onSubmit={onAdd} noValidate>
          <TextField label="Nom de la nouvelle clé" name="name" maxLength={MAX_NAME} required hint="Par exemple « Téléphone » ou « Ordinateur du bureau »" error={form.errors.name} />
          <FormError error={form.errors['']} />
          <button type="submit" disabled={starting || finishing}>
            Ajouter une clé d'accès
          </button>
        </form>
      ) : (
        <p>Ce navigateur ne gère pas les clés d'accès.</p>
      )}
    </section>
  );
}
