import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import {
  CancelCampaignMutation,
  CreateCampaignMutation,
  EditCampaignMutation,
  OrganisationCampaignsQuery,
  PauseCampaignMutation,
  ResumeCampaignMutation,
} from '../api/campaigns';
import { formatDateTime } from '../app/labels';
import type { CampaignStatus, OrganisationCampaignsQuery as CampaignsData } from '../gql/graphql';
import { FormError, Notice, TextArea, TextField, formValues, useFormErrors } from '../ui/forms';
import { iso, localInput } from './listingInput';

type Campaign = CampaignsData['organisationCampaigns'][number];

export const campaignStatuses: Record<CampaignStatus, string> = {
  PENDING: 'En attente de validation',
  APPROVED: 'Approuvée',
  REJECTED: 'Refusée',
  PAUSED: 'En pause',
  CANCELLED: 'Annulée',
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
            <CampaignCard key={c.id} campaign={c} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CampaignCard({ campaign: c, onChanged }: { campaign: Campaign; onChanged: () => void }) {
  const titleId = `campaign-${c.id}`;
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const open = c.status !== 'REJECTED' && c.status !== 'CANCELLED';
  return (
    <li className="card" aria-labelledby={titleId}>
      <h3 id={titleId}>{c.title}</h3>
      <p className="meta">
        <span className={`status status-${c.status.toLowerCase()}`}>{campaignStatuses[c.status]}</span> · du {formatDateTime(c.startsAt)} au{' '}
        {formatDateTime(c.endsAt)}
      </p>
      {c.status === 'REJECTED' && c.decision && <p>Motif du refus : {c.decision}</p>}
      <p>{c.text}</p>
      {open && <CampaignActions campaign={c} editing={editing} onEdit={() => setEditing(!editing)} onChanged={onChanged} />}
      {open && editing && (
        <EditCampaign
          campaign={c}
          onDone={(message) => {
            setEditing(false);
            setNotice(message);
            onChanged();
          }}
        />
      )}
      {notice && <Notice>{notice}</Notice>}
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

/** Pause, resume, cancel (final, confirmed first) and the edit toggle; the campaign's grain decides, this only asks. */
function CampaignActions({ campaign: c, editing, onEdit, onChanged }: { campaign: Campaign; editing: boolean; onEdit: () => void; onChanged: () => void }) {
  const [{ fetching: pausing }, pause] = useMutation(PauseCampaignMutation);
  const [{ fetching: resuming }, resume] = useMutation(ResumeCampaignMutation);
  const [{ fetching: cancelling }, cancel] = useMutation(CancelCampaignMutation);
  const [confirming, setConfirming] = useState(false);
  const errors = useFormErrors();
  const busy = pausing || resuming || cancelling;
  const run = async (action: (variables: { id: string }) => Promise<{ error?: CombinedError }>) => {
    const r = await action({ id: c.id });
    if (errors.take(r.error)) return;
    setConfirming(false);
    onChanged();
  };
  return (
    <div className="actions" role="group" aria-label={`Actions sur la campagne ${c.title}`}>
      <button type="button" aria-expanded={editing} onClick={onEdit}>
        Modifier
      </button>
      {c.status === 'APPROVED' && (
        <button type="button" disabled={busy} onClick={() => void run(pause)}>
          Mettre en pause
        </button>
      )}
      {c.status === 'PAUSED' && (
        <button type="button" disabled={busy} onClick={() => void run(resume)}>
          Reprendre
        </button>
      )}
      {confirming ? (
        <>
          <button type="button" className="danger" disabled={busy} onClick={() => void run(cancel)}>
            Confirmer l'annulation
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Garder la campagne
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Annuler la campagne
        </button>
      )}
      {confirming && <p className="hint">Une campagne annulée ne peut plus être reprise.</p>}
      <FormError error={errors.errors['']} />
    </div>
  );
}

/** The edit form, prefilled; a new title or text sends an approved campaign back to the operators (the server says so). */
function EditCampaign({ campaign: c, onDone }: { campaign: Campaign; onDone: (message: string) => void }) {
  const [{ fetching }, edit] = useMutation(EditCampaignMutation);
  const form = useFormErrors();
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const startsAt = iso(v.startsAt);
    const endsAt = iso(v.endsAt);
    const errors: Record<string, string> = {};
    if (!startsAt) errors.startsAt = 'Indiquez le début.';
    if (!endsAt) errors.endsAt = 'Indiquez la fin.';
    if (!startsAt || !endsAt) return form.set(errors);
    const r = await edit({
      id: c.id,
      input: { title: v.title ?? '', text: v.text ?? '', startsAt, endsAt, impressions: Number(v.impressions) || 0 },
    });
    if (form.take(r.error) || !r.data) return;
    const back = r.data.editCampaign.status === 'PENDING' && c.status !== 'PENDING';
    onDone(back ? 'Campagne modifiée : le nouveau texte repasse en validation par un opérateur.' : 'Campagne modifiée.');
  };
  const e = form.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Modifier la campagne ${c.title}`}>
        <TextField label="Titre de la campagne" name="title" required maxLength={80} defaultValue={c.title} error={e.title} />
        <TextArea
          label="Texte de la campagne"
          name="text"
          required
          rows={3}
          maxLength={500}
          defaultValue={c.text}
          error={e.text}
          hint={c.status === 'PENDING' ? undefined : 'Un nouveau titre ou texte repasse en validation par un opérateur.'}
        />
        <TextField label="Début" name="startsAt" type="datetime-local" required defaultValue={localInput(c.startsAt)} error={e.startsAt} />
        <TextField label="Fin" name="endsAt" type="datetime-local" required defaultValue={localInput(c.endsAt)} error={e.endsAt} />
        <TextField
          label="Nombre d'impressions"
          name="impressions"
          type="number"
          min={Math.max(1, c.delivered)}
          max={50000}
          inputMode="numeric"
          required
          defaultValue={c.impressions}
          error={e.impressions}
          hint={`Au moins les ${c.delivered} déjà délivrées.`}
        />
        <FormError error={e['']} />
        <button type="submit" disabled={fetching}>
          Enregistrer les modifications
        </button>
    </form>
  );
}
