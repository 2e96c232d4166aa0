// The bell in the header: unread notifications, kept current by notificationReceived (graphql-ws) and by the
// notifications page when it marks them read.
import { useEffect } from 'react';
import { useQuery, useSubscription } from 'urql';
import { NotificationReceivedSubscription, UnreadNotificationsQuery } from '../api/documents';
import { Link } from '../app/router';

/** Sent by whoever changes the unread count other than by a new notification (marking read). */
export const NOTIFICATIONS_CHANGED = 'voisinage:notifications-changed';

export function NotificationBell() {
  const [{ data }, refetch] = useQuery({ query: UnreadNotificationsQuery, requestPolicy: 'cache-and-network' });
  const [{ data: live }] = useSubscription({ query: NotificationReceivedSubscription });
  useEffect(() => {
    const again = () => refetch({ requestPolicy: 'network-only' });
    window.addEventListener(NOTIFICATIONS_CHANGED, again);
    return () => window.removeEventListener(NOTIFICATIONS_CHANGED, again);
  }, [refetch]);
  useEffect(() => {
    if (live) refetch({ requestPolicy: 'network-only' });
  }, [live, refetch]);
  const count = data?.notifications.unreadCount ?? 0;
  const label = count === 0 ? 'Notifications, aucune non lue' : `Notifications, ${count} non lue${count > 1 ? 's' : ''}`;
  return (
    <Link to="/notifications" aria-label={label} className="bell">
      <span aria-hidden="true">🔔</span>
      {count > 0 && (
        <span className="bell-count" aria-hidden="true" data-testid="unread-count">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
