import { useEffect, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { AnnouncementsQuery } from '../api/announcements';
import { MarkNotificationsReadMutation, NotificationReceivedSubscription, NotificationsQuery } from '../api/documents';
import { formatDateTime } from '../app/labels';
import { Link } from '../app/router';
import { FormError, useFormErrors } from '../ui/forms';
import { NOTIFICATIONS_CHANGED } from '../ui/NotificationBell';
import { Page } from '../ui/Page';
import { RequireSession } from '../ui/RequireSession';
import { announcementKinds } from './organisationLabels';
import { ReportButton } from '../ui/ReportButton';

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
      <OfficialAnnouncements />
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

/** The official announcements received (the home lies in the organisation's area), newest first; leads cannot hide them. */
export function OfficialAnnouncements() {
  const [pages, setPages] = useState<(string | null)[]>([null]);
  return (
    <section aria-labelledby="announcements-title">
      <h2 id="announcements-title">Annonces officielles</h2>
      {pages.map((after, i) => (
        <AnnouncementPage key={after ?? 'first'} after={after} last={i === pages.length - 1} onMore={(id) => setPages((p) => [...p, id])} />
      ))}
    </section>
  );
}

function AnnouncementPage({ after, last, onMore }: { after: string | null; last: boolean; onMore: (id: string) => void }) {
  const [{ data, fetching }, refetch] = useQuery({ query: AnnouncementsQuery, variables: { after }, requestPolicy: 'cache-and-network' });
  // Live: a new announcement arrives as an ANNOUNCEMENT notification (the bell's subscription, shared by urql); the
  // first page reads the list again, so it shows without a reload.
  const [{ data: live }] = useSubscription({ query: NotificationReceivedSubscription, pause: after !== null });
  const liveAnnouncement = live?.notificationReceived.notification.kind === 'ANNOUNCEMENT' ? live.notificationReceived.notification.id : null;
  useEffect(() => {
    if (liveAnnouncement) refetch({ requestPolicy: 'network-only' });
  }, [liveAnnouncement, refetch]);
  const page = data?.announcements;
  if (!page) return fetching ? <p>Chargement…</p> : null;
  if (after === null && page.items.length === 0) return <p>Aucune annonce officielle pour l'instant.</p>;
  const lastId = page.items.at(-1)?.id;
  return (
    <>
      <ul className="announcements" aria-label="Annonces officielles reçues">
        {page.items.map((a) => (
          <li key={a.id} className={a.kind === 'EMERGENCY' ? 'announcement urgent' : 'announcement'}>
            <p className="meta">
              <strong>{announcementKinds[a.kind]}</strong> · <Link to={`/organisations/${encodeURIComponent(a.organisationId)}`}>{a.organisationName}</Link> ·{' '}
              <time dateTime={a.publishedAt}>{formatDateTime(a.publishedAt)}</time>
            </p>
            <h3>{a.title}</h3>
            <p className="description">{a.body}</p>
            <ReportButton targetType="ANNOUNCEMENT" targetId={a.id} />
          </li>
        ))}
      </ul>
      {last && page.hasNextPage && lastId && (
        <button type="button" onClick={() => onMore(lastId)}>
          Voir plus d'annonces
        </button>
      )}
    </>
  );
}
