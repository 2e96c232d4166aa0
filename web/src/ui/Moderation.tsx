// Moderation building blocks shared by the author's views (profile, listing), the lead page and the operator page:
// a case's decisions with their reasons and appeals, the appeal form, the decision form and the appeal queue.
import type { FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { AppealModerationMutation, AppealQueueQuery, DecideAppealMutation, DecideModerationMutation, ModerationCaseQuery } from '../api/documents';
import { formatDateTime } from '../app/labels';
import type { AppealDeciders, AppealStatus, ModerationAction, ModerationCaseFieldsFragment, ModerationDecision, ReportTarget } from '../gql/graphql';
import { FormError, Notice, TextArea, TextField, formValues, useFormErrors } from './forms';

export const subjectTypes: Record<ReportTarget, string> = { ALERT: 'Alerte', LISTING: 'Annonce', POST: 'Message', ANNOUNCEMENT: 'Annonce officielle' };

export const moderationActions: Record<ModerationAction, string> = {
  HIDDEN: 'Masqué',
  KEPT_HIDDEN: 'Maintenu masqué',
  RESTORED: 'Rétabli',
  APPEALED: 'Appel déposé',
  APPEAL_REFUSED: 'Appel refusé',
  LEAD_NAMED: 'Responsable nommé',
  OPERATOR_GRANTED: 'Opérateur nommé',
  OPERATOR_REVOKED: 'Opérateur retiré',
  VERIFIED: 'Voisin vérifié',
  ORGANISATION_VERIFIED: 'Organisation vérifiée',
  ORGANISATION_REJECTED: 'Organisation refusée',
  PARTNER_REGISTERED: 'Service partenaire enregistré',
  PARTNER_REMOVED: 'Service partenaire retiré',
  CAMPAIGN_APPROVED: 'Campagne sponsorisée approuvée',
  CAMPAIGN_REJECTED: 'Campagne sponsorisée refusée',
};

/** Who may decide an appeal (chosen when it was made: the nearest other neighbourhood with a lead who took no part). */
export const appealDeciders: Record<AppealDeciders, string> = {
  NEIGHBOURING_LEAD: "un responsable d'un quartier voisin ou un opérateur",
  OPERATORS: 'un opérateur',
};

export const appealStatuses: Record<AppealStatus, string> = {
  PENDING: 'en attente',
  GRANTED: 'accepté : contenu rétabli',
  REFUSED: 'refusé',
  EXPIRED: "non tranché à l'échéance : contenu rétabli",
  CLOSED: 'sans objet : contenu rétabli entre-temps',
};

type Decision = ModerationCaseFieldsFragment['decisions'][number];

/** Who decided, in words: reports (with their number), a deadline, or a person. */
export function decisionLine(d: Decision): string {
  const by = d.byReports ? (d.action === 'RESTORED' ? "à l'échéance de l'appel" : 'après signalements') : d.action === 'RESTORED' ? '' : 'par un responsable';
  return `${moderationActions[d.action]}${by ? ` ${by}` : ''} le ${formatDateTime(d.at)}${d.reason ? ` — motif : ${d.reason}` : ''}`;
}

/** A case: grouped reports and every decision with its appeal; the author may appeal what still hides their content. */
export function CaseDetails({ c, canAppeal, onChange }: { c: ModerationCaseFieldsFragment; canAppeal?: boolean; onChange?: () => void }) {
  return (
    <div className="moderation-case">
      <p>
        {c.hidden ? <strong>Masqué.</strong> : 'Visible.'} {c.reports > 0 && `${c.reports} signalement(s)`}
        {c.reasons.length > 0 && ` : ${c.reasons.map((r) => `${r.reason || 'sans motif'} (${r.count})`).join(', ')}`}
        {c.lastReportAt && ` · dernier le ${formatDateTime(c.lastReportAt)}`}
      </p>
      {c.decisions.length > 0 && (
        <ol className="decisions">
          {c.decisions.map((d) => (
            <li key={d.id}>
              {decisionLine(d)}
              {d.appeal && (
                <p className="meta">
                  Appel du {formatDateTime(d.appeal.at)} : {appealStatuses[d.appeal.status]}
                  {d.appeal.status === 'PENDING' && ` (tranché au plus tard le ${formatDateTime(d.appeal.deadline)} par ${appealDeciders[d.appeal.deciders]})`}
                  {d.appeal.reason && ` — ${d.appeal.reason}`}
                </p>
              )}
              {canAppeal && d.appealable && <AppealForm decisionId={d.id} onDone={onChange} />}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The author's appeal of one decision (once). */
export function AppealForm({ decisionId, onDone }: { decisionId: string; onDone?: () => void }) {
  const [{ fetching, data }, appeal] = useMutation(AppealModerationMutation);
  const form = useFormErrors();
  if (data) return <Notice>Appel envoyé : une personne qui n'a pas pris la décision va le trancher.</Notice>;
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = (formValues(e.currentTarget).text ?? '').trim();
    if (!text) return form.set({ text: 'Expliquez pourquoi ce contenu devrait être rétabli.' });
    if (!form.take((await appeal({ decisionId, text })).error)) onDone?.();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="appeal">
      <TextArea label="Votre appel" name="text" rows={3} error={form.errors.text} hint="Un seul appel par décision." />
      <FormError error={form.errors['']} />
      <button type="submit" disabled={fetching}>Faire appel</button>
    </form>
  );
}

/** The moderation of one piece of content, loaded by its type and id (for its author, leads and operators). */
export function CaseCard({ targetType, targetId, canAppeal }: { targetType: ReportTarget; targetId: string; canAppeal?: boolean }) {
  const [{ data, error }, refetch] = useQuery({ query: ModerationCaseQuery, variables: { targetType, targetId }, requestPolicy: 'network-only' });
  if (error) return null;
  if (!data) return <p>Chargement…</p>;
  const c = data.moderationCase;
  return (
    <article className="card" aria-label={`Modération : ${c.subject.title}`}>
      <h3>{subjectTypes[c.subject.type]} : {c.subject.title}</h3>
      <CaseDetails c={c} canAppeal={canAppeal} onChange={() => refetch({ requestPolicy: 'network-only' })} />
    </article>
  );
}

const decisionLabels: Record<ModerationDecision, string> = { HIDE: 'Masquer', KEEP_HIDDEN: 'Garder masqué', RESTORE: 'Rétablir' };

/** A lead's (or, for an official announcement, an operator's) decision on content, with the reason the author will read. */
export function DecisionForm({
  targetType,
  targetId,
  decisions,
  onDone,
  labels = decisionLabels,
}: {
  targetType: ReportTarget;
  targetId: string;
  decisions: ModerationDecision[];
  onDone: () => void;
  labels?: Record<ModerationDecision, string>;
}) {
  const [{ fetching }, decide] = useMutation(DecideModerationMutation);
  const form = useFormErrors();
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const decision = (submitter?.value ?? decisions[0]) as ModerationDecision;
    const reason = (formValues(e.currentTarget).reason ?? '').trim();
    if (!reason) return form.set({ reason: "Indiquez un motif : l'auteur le lira." });
    if (!form.take((await decide({ targetType, targetId, decision, reason })).error)) onDone();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="decision">
      <TextField label="Motif de la décision" name="reason" error={form.errors.reason} />
      <FormError error={form.errors['']} />
      {decisions.map((d) => (
        <button key={d} type="submit" name="decision" value={d} className={d === 'RESTORE' ? undefined : 'danger'} disabled={fetching}>
          {labels[d]}
        </button>
      ))}
    </form>
  );
}

/** Appeals the signed-in lead or operator may decide (the API leaves out their own decisions and neighbourhood). */
export function AppealQueue() {
  const [{ data, error }, refetch] = useQuery({ query: AppealQueueQuery, variables: { first: 50 }, requestPolicy: 'network-only' });
  const items = data?.appealQueue.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  return (
    <section aria-labelledby="appeals-title">
      <h2 id="appeals-title">Appels à trancher</h2>
      {error && <p role="alert">Réservé aux responsables et aux opérateurs.</p>}
      {data && items.length === 0 && <p>Aucun appel en attente.</p>}
      <ul className="cards">
        {items.map((a) => (
          <li key={a.decisionId} className="card">
            <h3>{subjectTypes[a.case.subject.type]} : {a.case.subject.title}</h3>
            <CaseDetails c={a.case} />
            <p className="meta">À trancher avant le {formatDateTime(a.deadline)}.</p>
            <AppealDecision decisionId={a.decisionId} onDone={() => refetch({ requestPolicy: 'network-only' })} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function AppealDecision({ decisionId, onDone }: { decisionId: string; onDone: () => void }) {
  const [{ fetching }, decide] = useMutation(DecideAppealMutation);
  const form = useFormErrors();
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const grant = ((e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value === 'grant';
    const reason = (formValues(e.currentTarget).reason ?? '').trim();
    if (!reason) return form.set({ reason: "Indiquez un motif : l'auteur le lira." });
    if (!form.take((await decide({ decisionId, grant, reason })).error)) onDone();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="decision">
      <TextField label="Motif de votre décision" name="reason" error={form.errors.reason} />
      <FormError error={form.errors['']} />
      <button type="submit" value="grant" disabled={fetching}>Accepter l'appel (rétablir)</button>{' '}
      <button type="submit" value="refuse" className="danger" disabled={fetching}>Refuser l'appel</button>
    </form>
  );
}
