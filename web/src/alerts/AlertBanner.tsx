import { Link } from '../app/router';
import { useAlerts, useServices } from '../app/api-context';
import { alertKinds } from '../app/labels';

/** The newest live alert, on every page, until dismissed. */
export function AlertBanner() {
  const { banner } = useAlerts();
  const { alerts } = useServices();
  const a = banner[0];
  if (!a) return null;
  return (
    <section className={`alert-banner alert-${a.kind.toLowerCase()}`} role="alert" aria-label="Nouvelle alerte" data-alert-id={a.id}>
      <p>
        <strong>{alertKinds[a.kind]} : {a.title}</strong>
        {a.body && <> — {a.body}</>}
        {banner.length > 1 && <> (et {banner.length - 1} autre{banner.length > 2 ? 's' : ''})</>}
      </p>
      <p className="banner-actions">
        <Link to="/alertes">Voir les alertes</Link>
        <button type="button" onClick={() => alerts.dismiss(a.id)}>
          Masquer
        </button>
      </p>
    </section>
  );
}
