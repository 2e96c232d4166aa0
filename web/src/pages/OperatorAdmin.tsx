// Operator pages beyond the print and push queues: the operators (grant, revoke) and the moderation logs.
import { useEffect, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { GrantOperatorMutation, ModerationLogQuery, OperatorsQuery, RevokeOperatorMutation, UsersQuery } from '../api/documents';
import { errorsByField, mapErrors } from '../api/errors';
import { formatDateTime } from '../app/labels';
import type { ModerationLogQuery as LogData, StandingLevel, UsersQuery as UsersData } from '../gql/graphql';
import { FormError, Notice, TextField, formValues, useFormErrors } from '../ui/forms';
import { moderationActions, subjectTypes } from '../ui/Moderation';

/** The operators, with a grant form and a revoke button each; changes apply at once, logged with their reason. */
export function OperatorsSection({ meId }: { meId: string }) {
  const [{ data, error }, refetch] = useQuery({ query: OperatorsQuery, requestPolicy: 'network-only' });
  const [{ fetching: granting, data: granted }, grant] = useMutation(GrantOperatorMutation);
  const [{ fetching: revoking }, revoke] = useMutation(RevokeOperatorMutation);
  const form = useFormErrors();
  const revokeForm = useFormErrors();
  const [revoked, setRevoked] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const onGrant = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const residentId = (v.residentId ?? '').trim();
    const reason = (v.reason ?? '').trim();
    if (!residentId) return form.set({ residentId: "Indiquez l'identifiant du voisin." });
    if (!reason) return form.set({ reason: 'Indiquez un motif : il est inscrit au journal.' });
    if (!form.take((await grant({ residentId, reason })).error)) reload();
  };
  const onRevoke = async (e: FormEvent<HTMLFormElement>, residentId: string, pseudo: string) => {
    e.preventDefault();
    const reason = (formValues(e.currentTarget).reason ?? '').trim();
    if (!reason) return revokeForm.set({ [`reason-${residentId}`]: 'Indiquez un motif : il est inscrit au journal.' });
    // Each operator has its own reason field: the API's refusal goes next to that one.
    const refused = Object.values(errorsByField(mapErrors((await revoke({ residentId, reason })).error)));
    if (refused.length > 0) return revokeForm.set({ [`reason-${residentId}`]: refused.join(' ') });
    setRevoked(pseudo);
    reload();
  };
  if (error) return null;
  return (
    <section aria-labelledby="operators-title">
      <h2 id="operators-title">Opérateurs</h2>
      {revoked && <Notice>{revoked} n'est plus opérateur.</Notice>}
      <ul className="cards">
        {(data?.operators ?? []).map((o) => (
          <li key={o.id} className="card">
            <p>
              {o.pseudo} {o.id === meId && '(vous)'}
            </p>
            <form onSubmit={(e) => onRevoke(e, o.id, o.pseudo)} noValidate className="decision">
              <TextField label={`Motif du retrait de ${o.pseudo}`} name="reason" error={revokeForm.errors[`reason-${o.id}`]} />
              <button type="submit" className="danger" disabled={revoking}>Retirer</button>
            </form>
          </li>
        ))}
      </ul>
      <form onSubmit={onGrant} noValidate>
        <h3>Nommer un opérateur</h3>
        {granted && <Notice>Opérateur nommé : effectif immédiatement.</Notice>}
        <TextField label="Identifiant du voisin" name="residentId" error={form.errors.residentId} hint="Visible dans la liste des utilisateurs ou à la fin de son lien de garant." />
        <TextField label="Motif de la nomination" name="reason" error={form.errors.reason} />
        <FormError error={form.errors['']} />
        <button type="submit" disabled={granting}>Nommer opérateur</button>
      </form>
    </section>
  );
}

type Entry = NonNullable<NonNullable<NonNullable<LogData['moderationLog']['edges']>[number]>['node']>;

/** A moderation log, newest first, page by page: of a neighbourhood (by id), or the operators' grants and revocations. */
export function ModerationLogSection() {
  const client = useClient();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [scope, setScope] = useState<{ neighbourhoodId?: string; residentId?: string } | null>(null);
  const form = useFormErrors();
  const load = async (vars: { neighbourhoodId?: string; residentId?: string }, after: string | null) => {
    const r = await client.query(ModerationLogQuery, { ...vars, first: 20, after }, { requestPolicy: 'network-only' }).toPromise();
    if (form.take(r.error) || !r.data) return;
    const page = r.data.moderationLog;
    const nodes = page.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
    setEntries((cur) => (after ? [...cur, ...nodes] : nodes));
    setNext(page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
    setScope(vars);
  };
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const id = (v.scopeId ?? '').trim();
    await load(v.scope === 'neighbourhood' && id ? { neighbourhoodId: id } : v.scope === 'resident' && id ? { residentId: id } : {}, null);
  };
  return (
    <section aria-labelledby="log-title">
      <h2 id="log-title">Journal de modération</h2>
      <form onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>Quel journal ?</legend>
          <label><input type="radio" name="scope" value="operators" defaultChecked /> Opérateurs (nominations, retraits, organisations vérifiées ou refusées)</label>
          <label><input type="radio" name="scope" value="neighbourhood" /> Un quartier</label>
          <label><input type="radio" name="scope" value="resident" /> Un voisin</label>
        </fieldset>
        <TextField label="Identifiant du quartier ou du voisin" name="scopeId" />
        <FormError error={form.errors['']} />
        <button type="submit">Afficher le journal</button>
      </form>
      {scope && entries.length === 0 && <p>Journal vide.</p>}
      <ol className="log">
        {entries.map((e) => (
          <li key={e.id}>
            {formatDateTime(e.at)} · <strong>{moderationActions[e.action]}</strong>
            {e.subjectType && ` · ${subjectTypes[e.subjectType]}`}
            {e.resident && ` · concerne ${e.resident.pseudo}`}
            {' · par '}
            {e.byReports ? 'la règle (signalements ou échéance)' : (e.actor?.pseudo ?? (e.actorDeleted ? 'compte supprimé' : 'un ancien membre'))}
            {e.reason && ` — ${e.reason}`}
          </li>
        ))}
      </ol>
      {next && scope && (
        <button type="button" className="secondary" onClick={() => void load(scope, next)}>
          Voir plus
        </button>
      )}
    </section>
  );
}

const standings: Record<StandingLevel, string> = {
  NO_ACCOUNT: 'compte fermé',
  NON_MEMBER: 'sans quartier',
  MEMBER: 'membre (vérification à renouveler)',
  VERIFIED_MEMBER: 'membre vérifié',
  LEAD: 'responsable',
};

type User = NonNullable<NonNullable<NonNullable<UsersData['users']['edges']>[number]>['node']>;

/** The users, by pseudo, page by page, with a search by the start of the pseudo (never homes or addresses). */
export function UsersSection() {
  const client = useClient();
  const [users, setUsers] = useState<User[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [loaded, setLoaded] = useState(false);
  const form = useFormErrors();
  const load = async (text: string, after: string | null) => {
    const r = await client.query(UsersQuery, { search: text || null, first: 20, after }, { requestPolicy: 'network-only' }).toPromise();
    if (form.take(r.error) || !r.data) return;
    const page = r.data.users;
    const nodes = page.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
    setUsers((cur) => (after ? [...cur, ...nodes] : nodes));
    setNext(page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
    setLoaded(true);
  };
  useEffect(() => {
    void load('', null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Utilisateurs</h2>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const text = (formValues(e.currentTarget).search ?? '').trim();
          setSearch(text);
          void load(text, null);
        }}
        noValidate
      >
        <TextField label="Pseudo commençant par" name="search" error={form.errors.search} />
        <FormError error={form.errors['']} />
        <button type="submit">Chercher</button>
      </form>
      {loaded && users.length === 0 && <p>Aucun utilisateur.</p>}
      {users.length > 0 && (
        <table>
          <caption>Pseudo, vérification et situation ; jamais le domicile ni l'adresse.</caption>
          <thead>
            <tr>
              <th scope="col">Pseudo</th>
              <th scope="col">Vérifié</th>
              <th scope="col">Situation</th>
              <th scope="col">Identifiant</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  {u.pseudo} {u.isOperator && '(opérateur)'}
                </td>
                <td>{u.verified ? 'oui' : 'non'}</td>
                <td>{standings[u.standing]}</td>
                <td><code>{u.id}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && (
        <button type="button" className="secondary" onClick={() => void load(search, next)}>
          Voir plus
        </button>
      )}
    </section>
  );
}
