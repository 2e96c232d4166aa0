import { useEffect, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { FeedQuery, HideMutation, ListingsQuery, MembersQuery, NameLeadMutation, NeighbourhoodQuery, UnhideMutation } from '../api/documents';
import { formatDateTime, listingKinds } from '../app/labels';
import { Link } from '../app/router';
import type { Me } from '../app/session';
import type { FeedItemFieldsFragment, MembersQuery as MembersData } from '../gql/graphql';
import { FormError, Notice, Select, TextField, formValues, useFormErrors } from '../ui/forms';
import { Page } from '../ui/Page';
import { RequireSession } from '../ui/RequireSession';
import type { Listing } from './ListingCard';

/** Lead tools: moderation (hide and show listings and posts) and naming other leads. */
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
  useEffect(() => {
    if (isLead) void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isLead, nid]);
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
      <Moderation
        items={[
          ...listings.map((l) => ({ id: l.id, title: `${listingKinds[l.kind].label} : ${l.title}`, hidden: l.hidden, author: l.author?.pseudo, at: l.createdAt, href: `/annonces/${encodeURIComponent(l.id)}` })),
          ...posts.map((p) => ({ id: p.id, title: `Message : ${p.title}`, hidden: p.hidden, author: p.author?.pseudo, at: p.createdAt })),
        ]}
        onChange={load}
      />
      <NameLead neighbourhoodId={nid} candidates={members} onDone={() => refetchHood({ requestPolicy: 'network-only' })} />
    </Page>
  );
}

type ModItem = { id: string; title: string; hidden: boolean; author?: string; at: string; href?: string };

/**
 * The feed and listings leave hidden content out, for leads too, and the API has no list of hidden content yet: what
 * this lead hides stays listed here (to show it again) for as long as the page is open, and anything hidden can be
 * shown again by its id (a listing's is in its address).
 */
function Moderation({ items, onChange }: { items: ModItem[]; onChange: () => void }) {
  const [, hide] = useMutation(HideMutation);
  const [, unhide] = useMutation(UnhideMutation);
  const errors = useFormErrors();
  const [hiddenHere, setHiddenHere] = useState<ModItem[]>([]);
  const shown = [...hiddenHere, ...items.filter((i) => !hiddenHere.some((h) => h.id === i.id))];
  const sorted = [...shown].sort((a, b) => Number(b.hidden) - Number(a.hidden) || (a.at < b.at ? 1 : -1));
  const onHide = async (i: ModItem) => {
    if (errors.take((await hide({ id: i.id })).error)) return;
    setHiddenHere((cur) => [{ ...i, hidden: true }, ...cur.filter((h) => h.id !== i.id)]);
    onChange();
  };
  const onUnhide = async (id: string) => {
    if (errors.take((await unhide({ id })).error)) return;
    setHiddenHere((cur) => cur.filter((h) => h.id !== id));
    onChange();
  };
  return (
    <section aria-labelledby="mod-title">
      <h2 id="mod-title">Modération</h2>
      <p>Masquez une annonce ou un message qui enfreint les règles ; rétablissez-le si besoin.</p>
      <FormError error={errors.errors['']} />
      <ul className="cards">
        {sorted.map((i) => (
          <li key={i.id} className={i.hidden ? 'card hidden-item' : 'card'}>
            <p>
              {i.href ? <Link to={i.href}>{i.title}</Link> : i.title} {i.hidden && <strong>(masqué)</strong>}
            </p>
            <p className="meta">
              {i.author ?? 'Ancien membre'} · {formatDateTime(i.at)}
            </p>
            {i.hidden ? (
              <button type="button" onClick={() => onUnhide(i.id)}>Rétablir</button>
            ) : (
              <button type="button" className="danger" onClick={() => onHide(i)}>Masquer</button>
            )}
          </li>
        ))}
      </ul>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const id = (formValues(e.currentTarget).contentId ?? '').trim();
          if (!id) return errors.set({ contentId: "Indiquez l'identifiant (lst_… ou pst_…)." });
          await onUnhide(id);
        }}
        noValidate
      >
        <TextField label="Rétablir un contenu masqué par son identifiant" name="contentId" hint="lst_… pour une annonce, pst_… pour un message" error={errors.errors.contentId} />
        <button type="submit">Rétablir</button>
      </form>
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
