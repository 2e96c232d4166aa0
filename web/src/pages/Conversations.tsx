import { useQuery } from 'urql';
import { ConversationsQuery } from '../api/documents';
import { formatDateTime } from '../app/labels';
import { Link } from '../app/router';
import { Page } from '../ui/Page';
import { RequireSession } from '../ui/RequireSession';

export default function Conversations() {
  return (
    <RequireSession title="Messages">
      {(me) => <ConversationList meId={me.id} />}
    </RequireSession>
  );
}

function ConversationList({ meId }: { meId: string }) {
  const [{ data, fetching, error }] = useQuery({ query: ConversationsQuery, variables: { first: 50 }, requestPolicy: 'network-only' });
  const items = data?.conversations.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  return (
    <Page title="Messages">
      {error && <p role="alert">Les conversations ne peuvent pas être chargées.</p>}
      {!fetching && items.length === 0 && <p>Aucune conversation. Répondez à une annonce pour en commencer une.</p>}
      <ul className="cards" aria-label="Conversations">
        {items.map((c) => {
          const others = c.participants.filter((p) => p.id !== meId).map((p) => p.pseudo).join(', ') || 'Ancien membre';
          return (
            <li key={c.id} className="card">
              <h2>
                <Link to={`/messages/${encodeURIComponent(c.id)}`}>Avec {others}</Link>
              </h2>
              {c.listing && <p>À propos de « {c.listing.title} »</p>}
              {c.lastMessage && (
                <p className="meta">
                  {c.lastMessage.sender?.pseudo ?? 'Ancien membre'} : {c.lastMessage.text.slice(0, 80)} · {formatDateTime(c.lastMessage.sentAt)}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </Page>
  );
}
