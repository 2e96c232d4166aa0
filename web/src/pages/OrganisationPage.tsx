import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { OrganisationQuery, RecommendOrganisationMutation, UnrecommendOrganisationMutation } from '../api/organisations';
import { useSession, isVerified } from '../app/session';
import { PublishAnnouncementMutation } from '../api/announcements';
import type { AnnouncementKind } from '../gql/graphql';
import { FormError, Notice, Select, TextArea, TextField, formValues, useFormErrors } from '../ui/forms';
import { Link, useParams } from '../app/router';
import { Page } from '../ui/Page';
import { announcementKinds, organisationKinds, organisationStatuses } from './organisationLabels';
import { OrganisationReachForm, reachLabel } from './OrganisationReach';
import { OrganisationCampaigns } from './OrganisationCampaigns';
import { OrganisationListings } from './OrganisationListings';

/** The public page of an organisation: anyone may read it; the only address shown is a business's own. */
export default function OrganisationPage() {
  const { id } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: OrganisationQuery, variables: { id: id ?? '' } });
  if (fetching) return <p role="status">Chargement…</p>;
  const o = data?.organisation;
  if (error || !o)
    return (
      <Page title="Organisation introuvable">
        <p>Cette organisation n'existe pas.</p>
        <p><Link to="/organisations">Voir les organisations</Link></p>
      </Page>
    );
  return (
    <Page title={o.name}>
      <p className="meta">
        {organisationKinds[o.kind].label} · <span className={`status status-${o.status.toLowerCase()}`}>{organisationStatuses[o.status]}</span>
      </p>
      {o.status === 'REJECTED' && o.decision && <p>Motif du refus : {o.decision}</p>}
      {o.description && <p className="description">{o.description}</p>}
      <dl>
        {o.hours && (
          <>
            <dt>Horaires</dt>
            <dd>{o.hours}</dd>
          </>
        )}
        {o.publicAddress && (
          <>
            <dt>Adresse</dt>
            <dd className="address">{o.publicAddress}</dd>
          </>
        )}
        {o.areaCellCount > 0 && (
          <>
            <dt>Zone desservie</dt>
            <dd>
              {reachLabel(o.reach) && `${reachLabel(o.reach)}, `}environ {(o.areaCellCount * 0.015).toFixed(1)} km²
            </dd>
          </>
        )}
        <dt>{organisationKinds[o.kind].identifier}</dt>
        <dd><code>{o.identifier}</code></dd>
      </dl>
      {(o.kind === 'BUSINESS' || o.kind === 'ASSOCIATION') && o.status === 'VERIFIED' && (
        <Recommendations id={o.id} counts={o.recommendations} />
      )}
      {(o.kind === 'BUSINESS' || o.kind === 'ASSOCIATION') && o.status === 'VERIFIED' && (
        <OrganisationListings id={o.id} canPublish={!!o.myRole} reach={o.reach} />
      )}
      {o.myRole && (o.kind === 'COMMUNE' || o.kind === 'PUBLIC_AGENCY') && o.status === 'VERIFIED' && <PublishAnnouncement id={o.id} hasArea={o.areaCellCount > 0} />}
      {o.myRole === 'ADMIN' && (o.kind === 'BUSINESS' || o.kind === 'ASSOCIATION') && (
        <OrganisationReachForm id={o.id} kind={o.kind} reach={o.reach} premises={o.latitude != null && o.longitude != null ? [o.latitude, o.longitude] : null} />
      )}
      {o.myRole && o.kind === 'BUSINESS' && o.status === 'VERIFIED' && <OrganisationCampaigns organisationId={o.id} hasReach={!!o.reach} />}
      {o.myRole && <p><Link to="/organisations">Gérer cette organisation</Link></p>}
    </Page>
  );
}

type Counts = { total: number; mine: boolean; inMyNeighbourhood: number };

/** The recommendation counts (nobody named) and, for a verified member of a neighbourhood, the button to recommend. */
function Recommendations({ id, counts: initial }: { id: string; counts: Counts }) {
  const { me } = useSession();
  const [counts, setCounts] = useState(initial);
  const [{ fetching: adding }, recommend] = useMutation(RecommendOrganisationMutation);
  const [{ fetching: removing }, unrecommend] = useMutation(UnrecommendOrganisationMutation);
  const errors = useFormErrors();
  const canRecommend = isVerified(me) && !!me?.neighbourhood;
  const toggle = async () => {
    const r = counts.mine ? await unrecommend({ id }) : await recommend({ id });
    if (errors.take(r.error) || !r.data) return;
    setCounts('recommendOrganisation' in r.data ? r.data.recommendOrganisation : r.data.unrecommendOrganisation);
  };
  return (
    <section aria-labelledby="reco-title">
      <h2 id="reco-title">Recommandations</h2>
      <p role="status">
        Recommandée par {counts.total} voisin{counts.total > 1 ? 's' : ''}
        {canRecommend && `, dont ${counts.inMyNeighbourhood} dans votre quartier`}.
      </p>
      {canRecommend && (
        <button type="button" aria-pressed={counts.mine} disabled={adding || removing} onClick={() => void toggle()}>
          {counts.mine ? 'Retirer ma recommandation' : 'Recommander'}
        </button>
      )}
      <FormError error={errors.errors['']} />
    </section>
  );
}

const announcementKindOrder = Object.keys(announcementKinds) as AnnouncementKind[];

/** The publish form for the admins and editors of a verified town hall or agency; the grain decides, this only asks. */
export function PublishAnnouncement({ id, hasArea }: { id: string; hasArea: boolean }) {
  const [{ fetching }, publish] = useMutation(PublishAnnouncementMutation);
  const [published, setPublished] = useState<string | null>(null);
  const form = useFormErrors();
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const target = e.currentTarget;
    const v = formValues(target);
    setPublished(null);
    const r = await publish({ organisationId: id, kind: (v.kind ?? 'INFORMATION') as AnnouncementKind, title: v.title ?? '', body: v.body ?? '' });
    if (form.take(r.error) || !r.data) return;
    setPublished(r.data.publishAnnouncement.title);
    target.reset();
  };
  const e = form.errors;
  return (
    <section aria-labelledby="announce-title">
      <h2 id="announce-title">Publier une annonce officielle</h2>
      <p className="hint">
        Elle est envoyée aux habitants dont le domicile est dans la zone desservie, sous le nom vérifié de l'organisation.
        {!hasArea && ' Tracez d’abord la zone desservie.'}
      </p>
      <form onSubmit={onSubmit} noValidate>
        <Select label="Type d'annonce" name="kind" defaultValue="INFORMATION">
          {announcementKindOrder.map((k) => (
            <option key={k} value={k}>
              {announcementKinds[k]}
            </option>
          ))}
        </Select>
        <TextField label="Titre" name="title" required maxLength={120} error={e.title} />
        <TextArea label="Texte" name="body" required rows={5} maxLength={4000} error={e.body} />
        <FormError error={e['']} />
        <button type="submit" disabled={fetching}>Publier</button>
      </form>
      {published && <Notice>Annonce « {published} » publiée.</Notice>}
    </section>
  );
}
