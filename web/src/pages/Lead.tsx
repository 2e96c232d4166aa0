import { useEffect, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { FeedQuery, ListingsQuery, MembersQuery, ModerationQueueQuery, NameLeadMutation, NeighbourhoodQuery } from '../api/documents';
import { formatDateTime, listingKinds } from '../app/labels';
import { Link } from '../app/router';
import type { Me } from '../app/session';
import type { FeedItemFieldsFragment, MembersQuery as MembersData, ModerationCaseFieldsFragment, ReportTarget } from '../gql/graphql';
import { FormError, Notice, Select, TextField, formValues, useFormErrors } from '../ui/forms';
import { AppealQueue, CaseDetails, DecisionForm, subjectTypes } from '../ui/Moderation';
import { Page } from '../ui/Page';
import { RequireSession } from '../ui/RequireSession';
import type { Listing } from './ListingCard';

/** Lead tools: the moderation queue, hiding recent content, appeals of other neighbourhoods, naming other leads. */
export default function Lead() {
  return <RequireSession title="Outils de responsable" verified member>{(me) => <LeadTools me={me} />}</RequireSession>;
}

function LeadTools({ me }: { me: Me }) {
  const nid = me.neighbourhood!.id;
  const [hood, refetchHood] = useQuery({ query: NeighbourhoodQuery, variables: { id: nid } });
  const isLead = !!hood.data?.neighbourhood?.leads?.some((l) => l.id === me.id);
  const client = useClient();
  const [listings, setListings] = useState<Listing[]>([]);
  const [posts, setPosts] = useState<FeedItemFieldsFragment[]>([]);
  const load = async () => {
    const [l, f] = await Promise.all([
      client.query(ListingsQuery, { neighbourhoodId: nid, first: 50 }, { requestPolicy: 'network-only' }).toPromise(),
      client.query(FeedQuery, { neighbourhoodId: nid, first: 50 }, { requestPolicy: 'network-only' }).toPromise(),
    ]);
    setListings(l.data?.listings.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []);
    setPosts(f.data?.feed.edges?.flatMap((e) => (e?.node?.type === 'POST' ? [e.node] : [])) ?? []);
  };
  // Bumped by every decision: the queue and the recent content are read again.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  useEffect(() => {
    if (isLead) void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isLead, nid, version]);
  // Candidates for lead: every member who does not lead yet, from the members list (all its pages).
  const [members, setMembers] = useState<[string, string][]>([]);
  const loadMembers = async () => {
    const found: [string, string][] = [];
    let after: string | null | undefined = null;
    do {
      const r: { data?: MembersData } = await client.query(MembersQuery, { id: nid, first: 100, after }, { requestPolicy: 'network-only' }).toPromise();
      const page = r.data?.neighbourhood?.members;
      if (!page) break;
      for (const e of page.edges ?? []) if (e?.node && !e.node.isLead) found.push([e.node.id, e.node.pseudo]);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    setMembers(found);
  };
  useEffect(() => {
    if (isLead) void loadMembers();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isLead, nid, hood.data]);

  if (hood.data && !isLead)
    return (
      <Page title="Outils de responsable">
        <p>Ces outils sont réservés aux responsables du quartier.</p>
      </Page>
    );
  return (
    <Page title="Outils de responsable">
      <ModerationQueue neighbourhoodId={nid} version={version} onChange={changed} />
      <Recent
        items={[
          ...listings.map((l) => ({ type: 'LISTING' as const, id: l.id, title: `${listingKinds[l.kind].label} : ${l.title}`, author: l.author?.pseudo, at: l.createdAt, href: `/annonces/${encodeURIComponent(l.id)}` })),
          ...posts.map((p) => ({ type: 'POST' as const, id: p.id, title: `Message : ${p.title}`, author: p.author?.pseudo, at: p.createdAt })),
        ].sort((a, b) => (a.at < b.at ? 1 : -1))}
        onChange={changed}
      />
      <AppealQueue />
      <NameLead neighbourhoodId={nid} candidates={members} onDone={() => refetchHood({ requestPolicy: 'network-only' })} />
    </Page>
  );
}

/** The neighbourhood's reported and hidden content from the API's queue, reports grouped, each with its decisions. */
function ModerationQueue({ neighbourhoodId, version, onChange }: { neighbourhoodId: string; version: number; onChange: () => void }) {
  const client = useClient();
  const [items, setItems] = useState<ModerationCaseFieldsFragment[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const errors = useFormErrors();
  const load = async (after: string | null) => {
    const r = await client.query(ModerationQueueQuery, { neighbourhoodId, first: 20, after }, { requestPolicy: 'network-only' }).toPromise();
    if (errors.take(r.error) || !r.data) return;
    const page = r.data.moderationQueue;
    const nodes = page.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
    setItems((cur) => (after ? [...cur, ...nodes] : nodes));
    setNext(page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
  };
  useEffect(() => {
    void load(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [neighbourhoodId, version]);
  return (
    <section aria-labelledby="mod-title">
      <h2 id="mod-title">File de modération</h2>
      <p>Les contenus signalés ou masqués du quartier. Chaque décision demande un motif, que l'auteur lira ; il peut faire appel.</p>
      <FormError error={errors.errors['']} />
      {items.length === 0 && <p>Rien à modérer.</p>}
      <ul className="cards">
        {items.map((c) => (
          <li key={c.subject.id} className={c.hidden ? 'card hidden-item' : 'card'}>
            <h3>
              {subjectTypes[c.subject.type]} : {c.subject.type === 'LISTING' ? <Link to={`/annonces/${encodeURIComponent(c.subject.id)}`}>{c.subject.title}</Link> : c.subject.title}
            </h3>
            <p className="meta">
              {c.subject.author?.pseudo ?? 'Ancien membre'} · {formatDateTime(c.subject.createdAt)}
            </p>
            <CaseDetails c={c} />
            <DecisionForm targetType={c.subject.type} targetId={c.subject.id} decisions={c.hidden ? ['KEEP_HIDDEN', 'RESTORE'] : ['HIDE', 'RESTORE']} onDone={onChange} />
          </li>
        ))}
      </ul>
      {next && (
        <button type="button" className="secondary" onClick={() => void load(next)}>
          Voir plus
        </button>
      )}
    </section>
  );
}

type Item = { type: ReportTarget; id: string; title: string; author?: string; at: string; href?: string };

/** Recent listings and posts (the feed leaves hidden ones out), to hide one nobody reported yet. */
function Recent({ items, onChange }: { items: Item[]; onChange: () => void }) {
  return (
    <section aria-labelledby="recent-title">
      <h2 id="recent-title">Contenus récents</h2>
      {items.length === 0 && <p>Aucun contenu récent.</p>}
      <ul className="cards">
        {items.map((i) => (
          <li key={i.id} className="card">
            <p>{i.href ? <Link to={i.href}>{i.title}</Link> : i.title}</p>
            <p className="meta">
              {i.author ?? 'Ancien membre'} · {formatDateTime(i.at)}
            </p>
            <DecisionForm targetType={i.type} targetId={i.id} decisions={['HIDE']} onDone={onChange} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function NameLead({ neighbourhoodId, candidates, onDone }: { neighbourhoodId: string; candidates: [string, string][]; onDone: () => void }) {
  const [{ fetching, data }, name] = useMutation(NameLeadMutation);
  const form = useFormErrors();
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const residentId = (v.residentId || v.residentIdTyped || '').trim();
    if (!residentId) return form.set({ residentId: 'Choisissez un membre.' });
    if (!form.take((await name({ neighbourhoodId, residentId })).error)) onDone();
  };
  return (
    <section aria-labelledby="lead-title">
      <h2 id="lead-title">Nommer un responsable</h2>
      {data && <Notice>Nouveau responsable nommé.</Notice>}
      <form onSubmit={onSubmit} noValidate>
        <Select label="Membre du quartier" name="residentId" error={form.errors.residentId}>
          <option value="">Choisir…</option>
          {candidates.map(([id, pseudo]) => (
            <option key={id} value={id}>{pseudo}</option>
          ))}
        </Select>
        <TextField label="Ou son identifiant (fin de son lien de garant)" name="residentIdTyped" />
        <FormError error={form.errors['']} />
        <button type="submit" disabled={fetching}>Nommer responsable</button>
      </form>
    </section>
  );
}
