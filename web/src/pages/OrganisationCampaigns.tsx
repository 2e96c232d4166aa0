import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { CreateCampaignMutation, OrganisationCampaignsQuery } from '../api/campaigns';
import { formatDateTime } from '../app/labels';
import type { CampaignStatus, OrganisationCampaignsQuery as CampaignsData } from '../gql/graphql';
import { FormError, Notice, TextArea, TextField, formValues, useFormErrors } from '../ui/forms';
import { iso } from './listingInput';

type Campaign = CampaignsData['organisationCampaigns'][number];

export const campaignStatuses: Record<CampaignStatus, string> = {
  PENDING: 'en attente de validation',
  APPROVED: 'approuvée',
  REJECTED: 'refusée',
};

/**
 * A verified business's sponsored campaigns, for its members: the form (checked again by the server, which decides),
 * and each campaign's status and statistics per neighbourhood ("moins de 10" where fewer residents were counted).
 */
export function OrganisationCampaigns({ organisationId, hasReach }: { organisationId: string; hasReach: boolean }) {
  const [{ data }, refetch] = useQuery({ query: OrganisationCampaignsQuery, variables: { organisationId }, requestPolicy: 'network-only' });
  const [{ fetching }, create] = useMutation(CreateCampaignMutation);
  const [created, setCreated] = useState<string | null>(null);
  const form = useFormErrors();
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const target = e.currentTarget;
    const v = formValues(target);
    setCreated(null);
    const startsAt = iso(v.startsAt);
    const endsAt = iso(v.endsAt);
    const errors: Record<string, string> = {};
    if (!startsAt) errors.startsAt = 'Indiquez le début.';
    if (!endsAt) errors.endsAt = 'Indiquez la fin.';
    if (!startsAt || !endsAt) return form.set(errors);
    const r = await create({
      organisationId,
      input: { title: v.title ?? '', text: v.text ?? '', startsAt, endsAt, impressions: Number(v.impressions) || 0 },
    });
    if (form.take(r.error) || !r.data) return;
    setCreated(r.data.createCampaign.title);
    target.reset();
    refetch({ requestPolicy: 'network-only' });
  };
  const e = form.errors;
  const campaigns = data?.organisationCampaigns ?? [];
  return (
    <section aria-labelledby="campaigns-title">
      <h2 id="campaigns-title">Campagnes sponsorisées</h2>
      <p className="hint">
        Un message « Sponsorisé » dans le fil des quartiers de la portée, au plus un tous les 10 éléments, après validation par un
        opérateur. Une impression = un voisin, un jour ; les chiffres d'un quartier ne s'affichent qu'à partir de 10 voisins.
        {!hasReach && ' Enregistrez d’abord la portée du commerce.'}
      </p>
      <form onSubmit={onSubmit} noValidate aria-label="Nouvelle campagne sponsorisée">
        <TextField label="Titre de la campagne" name="title" required maxLength={80} error={e.title} />
        <TextArea label="Texte de la campagne" name="text" required rows={3} maxLength={500} error={e.text} />
        <TextField label="Début" name="startsAt" type="datetime-local" required error={e.startsAt} />
        <TextField label="Fin" name="endsAt" type="datetime-local" required error={e.endsAt} hint="Au plus 90 jours après le début." />
        <TextField label="Nombre d'impressions" name="impressions" type="number" min={1} max={50000} inputMode="numeric" required error={e.impressions} />
        <FormError error={e['']} />
        <button type="submit" disabled={fetching}>Proposer la campagne</button>
      </form>
      {created && <Notice>Campagne « {created} » proposée : un opérateur la validera.</Notice>}
      {campaigns.length > 0 && (
        <ul className="cards" aria-label="Campagnes">
          {campaigns.map((c) => (
            <CampaignCard key={c.id} campaign={c} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CampaignCard({ campaign: c }: { campaign: Campaign }) {
  const titleId = `campaign-${c.id}`;
  return (
    <li className="card" aria-labelledby={titleId}>
      <h3 id={titleId}>{c.title}</h3>
      <p className="meta">
        {campaignStatuses[c.status]} · du {formatDateTime(c.startsAt)} au {formatDateTime(c.endsAt)}
      </p>
      {c.status === 'REJECTED' && c.decision && <p>Motif du refus : {c.decision}</p>}
      <p>{c.text}</p>
      <p role="status">
        {c.statistics.delivered.toLocaleString('fr-FR')} impression{c.statistics.delivered > 1 ? 's' : ''} sur {c.statistics.impressions.toLocaleString('fr-FR')}
      </p>
      {c.statistics.neighbourhoods.length > 0 && (
        <table>
          <caption>Impressions par quartier</caption>
          <thead>
            <tr>
              <th scope="col">Quartier</th>
              <th scope="col">Impressions</th>
            </tr>
          </thead>
          <tbody>
            {c.statistics.neighbourhoods.map((n) => (
              <tr key={n.neighbourhoodId}>
                <td>{n.name ?? 'Quartier disparu'}</td>
                <td>{n.impressions == null ? `moins de ${c.statistics.minResidents} voisins` : n.impressions.toLocaleString('fr-FR')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
