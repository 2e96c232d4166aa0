import { useState } from 'react';
import { useMutation } from 'urql';
import { ReportMutation } from '../api/documents';
import type { ReportTarget } from '../gql/graphql';
import { FormError, TextField, useFormErrors } from './forms';

/** Report content: asks an optional reason, then sends it. */
export function ReportButton({ targetType, targetId }: { targetType: ReportTarget; targetId: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [{ fetching, data }, report] = useMutation(ReportMutation);
  const form = useFormErrors();
  if (data) return <p role="status">Signalement envoyé{data.report.hidden ? ' : le contenu est masqué.' : '.'}</p>;
  if (!open)
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Signaler
      </button>
    );
  return (
    <form
      className="report"
      onSubmit={async (e) => {
        e.preventDefault();
        form.take((await report({ targetType, targetId, reason: reason.trim() || null })).error);
      }}
    >
      <TextField label="Motif du signalement (facultatif)" value={reason} onChange={(e) => setReason(e.target.value)} error={form.errors.reason} />
      <FormError error={form.errors['']} />
      <button type="submit" disabled={fetching}>Envoyer le signalement</button>{' '}
      <button type="button" className="secondary" onClick={() => setOpen(false)}>Annuler</button>
    </form>
  );
}
