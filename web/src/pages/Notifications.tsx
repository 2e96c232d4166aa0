import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { MarkNotificationsReadMutation, NotificationsQuery } from '../api/documents';
import { formatDateTime } from '../app/labels';
import { Link } from '../app/router';
import { FormError, useFormErrors } from '../ui/forms';
import { NOTIFICATIONS_CHANGED } from '../ui/NotificationBell';
import { Page } from '../ui/Page';
import { RequireSession } from '../ui/RequireSession';

export default function Notifications() {
  return <RequireSession title="Notifications">{() => <NotificationsView />}</RequireSession>;
}

function NotificationsView() {
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const [, markRead] = useMutation(MarkNotificationsReadMutation);
  const errors = useFormErrors();
  const [first] = useQuery({ query: NotificationsQuery, variables: { after: null }, requestPolicy: 'cache-and-network' });
  const unread = first.data?.notifications.unreadCount ?? 0;
  const onMarkAll = async () => {
    const r = await markRead({});
    if (errors.take(r.error)) return;
    window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    setPages([null]);
  };
  return (
    <Page title="Notifications">
      <p data-testid="unread-summary">{unread === 0 ? 'Aucune notification non lue.' : `${unread} notification${unread > 1 ? 's' : ''} non lue${unread > 1 ? 's' : ''}.`}</p>
      {unread > 0 && (
        <button type="button" onClick={onMarkAll}>
          Tout marquer comme lu
        </button>
      )}
      <FormError error={errors.errors['']} />
      {pages.map((after, i) => (
        <NotificationPage key={after ?? 'first'} after={after} last={i === pages.length - 1} onMore={(cursor) => setPages((p) => [...p, cursor])} />
      ))}
    </Page>
  );
}

function NotificationPage({ after, last, onMore }: { after: string | null; last: boolean; onMore: (cursor: string) => void }) {
  const [{ data, fetching }] = useQuery({ query: NotificationsQuery, variables: { after }, requestPolicy: 'cache-and-network' });
  const connection = data?.notifications;
  if (!connection) return fetching ? <p>Chargement…</p> : null;
  const nodes = (connection.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  if (after === null && nodes.length === 0) return <p>Aucune notification pour l'instant.</p>;
  return (
    <>
      <ul className="notifications" aria-label="Mes notifications">
        {nodes.map((node) => (
          <li key={node.id} className={node.read ? 'read' : 'unread'}>
            {!node.read && <span className="visually-hidden">Non lue : </span>}
            <Link to={node.url}>{node.text}</Link> · <time dateTime={node.at}>{formatDateTime(node.at)}</time>
          </li>
        ))}
      </ul>
      {last && connection.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
        <button type="button" onClick={() => onMore(connection.pageInfo.endCursor!)}>
          Voir plus
        </button>
      )}
    </>
  );
}
