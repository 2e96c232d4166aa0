// "Sign in with Voisinage": the consent page a partner service's authorization request lands on (docs/partners.md).
// It names the partner, shows exactly what it will see (the resident's own values), asks separately for the email, and
// posts the decision back to the authorization endpoint, which answers with where to go: the partner, with a code or a
// refusal. A remembered choice covering the request is applied without asking again.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { PartnerConsentQuery } from '../api/documents';
import { mapErrors } from '../api/errors';
import { partnerScopeLabel, verificationMethods } from '../app/labels';
import { useLocation } from '../app/router';
import { isVerified, type Me } from '../app/session';
import { FormError, formValues } from '../ui/forms';
import { Page } from '../ui/Page';
import { RequireSession } from '../ui/RequireSession';

const title = 'Connexion à un service partenaire';

export default function PartnerConsent() {
  return <RequireSession title={title}>{(me) => <Consent me={me} />}</RequireSession>;
}

/** What the partner will see for a scope, with this resident's own value. */
function shown(scope: string, me: Me): string {
  switch (scope) {
    case 'profile':
      return `Votre pseudo : ${me.pseudo}`;
    case 'voisinage:verified':
      return isVerified(me) && me.verification.method
        ? `Que vous êtes un voisin vérifié (par ${verificationMethods[me.verification.method]})`
        : "Que vous n'êtes pas (encore) un voisin vérifié";
    case 'voisinage:neighbourhood':
      return me.neighbourhood ? `Votre quartier : ${me.neighbourhood.name}` : "Que vous n'avez pas de quartier";
    default: {
      const label = partnerScopeLabel(scope);
      return label.charAt(0).toUpperCase() + label.slice(1);
    }
  }
}

/** Posts the decision with the original request; navigates where the server says (see WebApi/Partners/ConsentResponses.cs). */
async function decide(search: URLSearchParams, decision: 'accept' | 'refuse', remember: boolean, email: boolean): Promise<string> {
  const body = new URLSearchParams(search);
  body.set('voisinage_decision', decision);
  if (remember) body.set('voisinage_remember', 'on');
  if (email) body.set('voisinage_email', 'on');
  const response = await fetch('/connect/authorize', { method: 'POST', body, credentials: 'same-origin', redirect: 'manual', headers: { 'Voisinage-Consent': '1' } });
  const target = response.headers.get('Voisinage-Redirect');
  if (target) {
    window.location.assign(target);
    return '';
  }
  const text = await response.text().catch(() => '');
  const described = /error_description:(.*)/.exec(text)?.[1]?.trim();
  return `La demande de ce service est invalide${described ? ` : ${described}` : '.'}`;
}

function Consent({ me }: { me: Me }) {
  const { search } = useLocation();
  const clientId = search.get('client_id') ?? '';
  const requested = (search.get('scope') ?? '').split(' ').filter(Boolean);
  const asksConsent = (search.get('prompt') ?? '').split(' ').includes('consent');
  const [{ data, error }] = useQuery({ query: PartnerConsentQuery, variables: { clientId }, pause: !clientId, requestPolicy: 'network-only' });
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const auto = useRef(false);
  const partner = data?.partnerConsent;

  const send = async (decision: 'accept' | 'refuse', remember: boolean, email: boolean) => {
    setSending(true);
    setFailure(undefined);
    const problem = await decide(search, decision, remember, email).catch(() => 'Connexion au serveur impossible : réessayez.');
    if (problem) {
      setFailure(problem);
      setSending(false);
    }
  };

  // "Se souvenir de mon choix" earlier, for at least what is asked now: no second question.
  const remembered = partner?.rememberedScopes ?? [];
  const covered = partner && !asksConsent && requested.every((s) => s === 'openid' || remembered.includes(s));
  useEffect(() => {
    if (covered && !auto.current) {
      auto.current = true;
      void send('accept', true, remembered.includes('email'));
    }
  });

  if (!clientId) return <Page title={title}><p role="alert">Cette page s'ouvre depuis un service partenaire.</p></Page>;
  if (error) return <Page title={title}><p role="alert">{mapErrors(error)[0]?.message ?? 'Service inconnu.'}</p></Page>;
  if (!partner) return <p role="status">Chargement…</p>;
  if (covered && !failure) return <Page title={title}><p role="status">Connexion à {partner.name}…</p></Page>;

  const visible = requested.filter((s) => s !== 'email' && s !== 'openid');
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    void send('accept', v.remember === 'on', v.email === 'on');
  };
  return (
    <Page title={`${partner.name} souhaite vous connecter avec Voisinage`}>
      <form onSubmit={onSubmit} noValidate aria-describedby="consent-what">
        <p id="consent-what">
          <strong>{partner.name}</strong> verra :
        </p>
        <ul>
          <li>{shown('openid', me)}</li>
          {visible.map((s) => (
            <li key={s}>{shown(s, me)}</li>
          ))}
        </ul>
        <p>Jamais votre domicile ni votre adresse.</p>
        {requested.includes('email') && (
          <div className="field">
            <label>
              <input type="checkbox" name="email" /> Partager aussi mon adresse e-mail ({me.email})
            </label>
          </div>
        )}
        <div className="field">
          <label>
            <input type="checkbox" name="remember" /> Se souvenir de mon choix
          </label>
        </div>
        <FormError error={failure} />
        <button type="submit" disabled={sending}>
          Autoriser
        </button>{' '}
        <button type="button" className="secondary" disabled={sending} onClick={() => void send('refuse', false, false)}>
          Refuser
        </button>
      </form>
      <p className="hint">Vous pourrez révoquer cet accès à tout moment dans votre profil, rubrique « Services connectés ».</p>
    </Page>
  );
}
