// Operators: the partner services that sign residents in with Voisinage (OpenID Connect). Registering shows a
// confidential client's secret once; removing ends every sign-in it held. Both are written to the operators' log.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { PartnerClientsQuery, RegisterPartnerClientMutation, RemovePartnerClientMutation } from '../api/documents';
import { errorsByField, mapErrors } from '../api/errors';
import { partnerScopeLabel, partnerScopes } from '../app/labels';
import { FormError, Notice, TextArea, TextField, formValues, useFormErrors } from '../ui/forms';

const lines = (text: string | undefined) => (text ?? '').split(/\s+/).map((l) => l.trim()).filter(Boolean);

export function PartnersSection() {
  const [{ data, error }, refetch] = useQuery({ query: PartnerClientsQuery, requestPolicy: 'network-only' });
  const [{ fetching: registering, data: registered }, register] = useMutation(RegisterPartnerClientMutation);
  const [{ fetching: removing }, remove] = useMutation(RemovePartnerClientMutation);
  const form = useFormErrors();
  const removeForm = useFormErrors();
  const [removed, setRemoved] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const onRegister = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const el = e.currentTarget;
    const v = formValues(el);
    const name = (v.name ?? '').trim();
    const redirectUris = lines(v.redirectUris);
    if (!name) return form.set({ name: 'Indiquez le nom du service, montré aux voisins.' });
    if (redirectUris.length === 0) return form.set({ redirectUris: 'Indiquez au moins une adresse de retour.' });
    const scopes = Object.keys(partnerScopes).filter((s) => s !== 'openid' && (el.elements.namedItem(`scope-${s}`) as HTMLInputElement | null)?.checked);
    const input = { name, redirectUris, postLogoutRedirectUris: lines(v.postLogoutRedirectUris), scopes, confidential: v.confidential === 'on' };
    if (!form.take((await register({ input })).error)) {
      el.reset();
      reload();
    }
  };

  const onRemove = async (e: FormEvent<HTMLFormElement>, clientId: string, name: string) => {
    e.preventDefault();
    const reason = (formValues(e.currentTarget).reason ?? '').trim();
    if (!reason) return removeForm.set({ [`reason-${clientId}`]: 'Indiquez un motif : il est inscrit au journal.' });
    const refused = Object.values(errorsByField(mapErrors((await remove({ clientId, reason })).error)));
    if (refused.length > 0) return removeForm.set({ [`reason-${clientId}`]: refused.join(' ') });
    setRemoved(name);
    reload();
  };

  if (error) return null;
  const secret = registered?.registerPartnerClient;
  return (
    <section aria-labelledby="partners-title">
      <h2 id="partners-title">Services partenaires</h2>
      {removed && <Notice>{removed} est retiré : ses connexions sont terminées.</Notice>}
      {data && data.partnerClients.length === 0 && <p>Aucun service partenaire.</p>}
      <ul className="cards">
        {(data?.partnerClients ?? []).map((c) => (
          <li key={c.clientId} className="card">
            <h3>{c.name}</h3>
            <p>
              Identifiant client : <code>{c.clientId}</code> ({c.confidential ? 'confidentiel, avec secret' : 'public, PKCE seul'})
            </p>
            <p>Retour : {c.redirectUris.join(', ')}</p>
            <p>Peut demander : {c.scopes.map(partnerScopeLabel).join(' ; ')}</p>
            <form onSubmit={(e) => onRemove(e, c.clientId, c.name)} noValidate className="decision">
              <TextField label={`Motif du retrait de ${c.name}`} name="reason" error={removeForm.errors[`reason-${c.clientId}`]} />
              <button type="submit" className="danger" disabled={removing}>Retirer</button>
            </form>
          </li>
        ))}
      </ul>
      <form onSubmit={onRegister} noValidate>
        <h3>Enregistrer un service partenaire</h3>
        {secret && (
          <Notice>
            {secret.client.name} est enregistré. Identifiant client : <code>{secret.client.clientId}</code>
            {secret.clientSecret && (
              <>
                {' '}— secret (affiché une seule fois) : <code data-testid="client-secret">{secret.clientSecret}</code>
              </>
            )}
          </Notice>
        )}
        <TextField label="Nom du service" name="name" error={form.errors.name} hint="Montré aux voisins sur la page de consentement." />
        <TextArea label="Adresses de retour (une par ligne)" name="redirectUris" error={form.errors.redirectUris} hint="URL https complètes (http seulement vers localhost)." />
        <TextArea label="Adresses après déconnexion (facultatif, une par ligne)" name="postLogoutRedirectUris" />
        <fieldset>
          <legend>Ce que le service peut demander</legend>
          {Object.keys(partnerScopes)
            .filter((s) => s !== 'openid')
            .map((s) => (
              <div className="field" key={s}>
                <label>
                  <input type="checkbox" name={`scope-${s}`} /> {partnerScopeLabel(s)} (<code>{s}</code>)
                </label>
              </div>
            ))}
          {form.errors.scopes && <p className="field-error" role="alert">{form.errors.scopes}</p>}
        </fieldset>
        <div className="field">
          <label>
            <input type="checkbox" name="confidential" /> Client confidentiel (un serveur qui garde un secret)
          </label>
        </div>
        <FormError error={form.errors['']} />
        <button type="submit" disabled={registering}>Enregistrer le service</button>
      </form>
    </section>
  );
}
