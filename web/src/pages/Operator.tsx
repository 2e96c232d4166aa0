import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { AckPushMutation, MarkPostcardsSentMutation, PostcardOutboxQuery, PushOutboxQuery } from '../api/documents';
import { alertKinds, formatDateTime } from '../app/labels';
import { FormError, Notice, useFormErrors } from '../ui/forms';
import { Page } from '../ui/Page';
import { AppealQueue } from '../ui/Moderation';
import { ModerationLogSection, OperatorsSection, UsersSection } from './OperatorAdmin';
import { RequireSession } from '../ui/RequireSession';
import { PendingOrganisationsSection } from './OrganisationQueue';
import { OrphanedOrganisationsSection } from './OrphanedOrganisations';
import { PendingCampaignsSection } from './CampaignQueue';
import { AnnouncementReportsSection } from './AnnouncementReports';
import { PartnersSection } from './OperatorPartners';

/** Operators: print and push queues, appeals, organisations and reported announcements, operators, users and the moderation logs (the API refuses anyone else with FORBIDDEN). */
export default function Operator() {
  return (
    <RequireSession title="Opérateur">
      {(me) => (
        <Page title="Console opérateur">
          <Postcards />
          <PushOutbox />
          <AppealQueue />
          <PendingOrganisationsSection />
          <OrphanedOrganisationsSection />
          <PendingCampaignsSection />
          <AnnouncementReportsSection />
          <OperatorsSection meId={me.id} />
          <PartnersSection />
          <ModerationLogSection />
          <UsersSection />
        </Page>
      )}
    </RequireSession>
  );
}

function Postcards() {
  const [{ data, error }, refetch] = useQuery({ query: PostcardOutboxQuery, requestPolicy: 'network-only' });
  const [{ fetching }, mark] = useMutation(MarkPostcardsSentMutation);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [sent, setSent] = useState<number | null>(null);
  const errors = useFormErrors();
  const forbidden = error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');
  const items = data?.postcardOutbox ?? [];
  return (
    <section aria-labelledby="postcards-title">
      <h2 id="postcards-title">Cartes postales à imprimer</h2>
      {forbidden && <p role="alert">Réservé aux opérateurs.</p>}
      {sent !== null && <Notice>{sent} carte(s) marquée(s) comme envoyée(s) : leurs adresses sont effacées.</Notice>}
      {data && items.length === 0 && <p>Aucune carte en attente.</p>}
      {items.length > 0 && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const r = await mark({ ids: [...selected] });
            if (errors.take(r.error) || !r.data) return;
            setSent(r.data.markPostcardsSent);
            setSelected(new Set());
            refetch({ requestPolicy: 'network-only' });
          }}
        >
          <table>
            <caption>Imprimez chaque carte avec son code, puis marquez-la envoyée.</caption>
            <thead>
              <tr>
                <th scope="col">Envoyée</th>
                <th scope="col">Adresse</th>
                <th scope="col">Code</th>
                <th scope="col">Demandée le</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Carte ${p.code} imprimée`}
                      checked={selected.has(p.id)}
                      onChange={(e) => {
                        const next = new Set(selected);
                        if (e.target.checked) next.add(p.id);
                        else next.delete(p.id);
                        setSelected(next);
                      }}
                    />
                  </td>
                  <td className="address">{p.postalAddress}</td>
                  <td><code>{p.code}</code></td>
                  <td>{formatDateTime(p.requestedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <FormError error={errors.errors['']} />
          <button type="submit" disabled={fetching || selected.size === 0}>Marquer comme envoyées</button>
        </form>
      )}
    </section>
  );
}

function PushOutbox() {
  const [{ data, error }, refetch] = useQuery({ query: PushOutboxQuery, requestPolicy: 'network-only' });
  const [{ fetching }, ack] = useMutation(AckPushMutation);
  const errors = useFormErrors();
  const forbidden = error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');
  const items = data?.pushOutbox ?? [];
  return (
    <section aria-labelledby="push-title">
      <h2 id="push-title">Notifications push en attente</h2>
      {forbidden && <p role="alert">Réservé aux opérateurs.</p>}
      {data && items.length === 0 && <p>Aucune notification en attente.</p>}
      {items.length > 0 && (
        <>
          <ul>
            {items.map((m) => (
              <li key={m.id}>
                {m.platform} · {alertKinds[m.alert.kind]} : {m.alert.title} · {formatDateTime(m.alert.raisedAt)}
              </li>
            ))}
          </ul>
          <FormError error={errors.errors['']} />
          <button
            type="button"
            disabled={fetching}
            onClick={async () => !errors.take((await ack({ ids: items.map((m) => m.id) })).error) && refetch({ requestPolicy: 'network-only' })}
          >
            Accuser réception de ces {items.length} messages
          </button>
        </>
      )}
    </section>
  );
}
