import { Fragment, useEffect, useState, type FormEvent } from 'react';
import { useClient, useMutation, useSubscription } from 'urql';
import { CreatePostMutation, FeedQuery, FeedUpdatedSubscription, HideAdvertiserMutation } from '../api/documents';
import { formatDateTime, listingKinds, statusLabel } from '../app/labels';
import { Link } from '../app/router';
import type { Me } from '../app/session';
import { FormError, TextArea, formValues, useFormErrors } from '../ui/forms';
import { Page } from '../ui/Page';
import { RequireSession } from '../ui/RequireSession';
import { ReportButton } from '../ui/ReportButton';
import { mergeFeed, splitSponsored, type FeedItem } from './feedState';

const PAGE = 20;

export default function Feed() {
  return <RequireSession title="Fil du quartier" verified member>{(me) => <FeedView me={me} neighbourhoodId={me.neighbourhood!.id} />}</RequireSession>;
}

function FeedView({ me, neighbourhoodId }: { me: Me; neighbourhoodId: string }) {
  const client = useClient();
  const [items, setItems] = useState<FeedItem[]>([]);
  const [sponsoredAfter, setSponsoredAfter] = useState<Map<string, FeedItem>>(new Map());
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string>();

  const load = async (after: string | null) => {
    setLoading(true);
    const r = await client.query(FeedQuery, { neighbourhoodId, first: PAGE, after }, { requestPolicy: 'network-only' }).toPromise();
    setLoading(false);
    if (r.error || !r.data) return setError('Le fil ne peut pas être chargé pour le moment.');
    const page = r.data.feed;
    const split = splitSponsored(page.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []);
    setItems((cur) => mergeFeed(after ? cur : [], split.items));
    setSponsoredAfter((cur) => new Map([...(after ? cur : []), ...split.sponsoredAfter]));
    setCursor(page.pageInfo.endCursor ?? null);
    setHasMore(page.pageInfo.hasNextPage);
  };
  useEffect(() => {
    void load(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [neighbourhoodId]);

  // Live: new and changed entries (a hidden one arrives with hidden: true and leaves the list).
  useSubscription({ query: FeedUpdatedSubscription, variables: { neighbourhoodId } }, (_prev, data) => {
    setItems((cur) => mergeFeed(cur, [data.feedUpdated]));
    return data;
  });

  return (
    <Page title={`Fil de ${me.neighbourhood!.name}`}>
      <NewPost onPosted={() => void load(null)} />
      <p>
        <Link to="/annonces/nouvelle" className="button">Publier une annonce</Link>
      </p>
      {error && <p role="alert">{error}</p>}
      <ol className="feed" aria-label="Fil du quartier" aria-busy={loading}>
        {items.map((i) => {
          const ad = sponsoredAfter.get(i.id);
          return (
            <Fragment key={i.id}>
              <li className={`feed-item feed-${i.type.toLowerCase()}`}>
                <FeedEntry item={i} />
              </li>
              {ad?.sponsored && (
                <li className="feed-item feed-sponsored">
                  <SponsoredEntry
                    sponsored={ad.sponsored}
                    onHidden={(organisationId) => setSponsoredAfter((cur) => new Map([...cur].filter(([, s]) => s.sponsored?.organisationId !== organisationId)))}
                  />
                </li>
              )}
            </Fragment>
          );
        })}
      </ol>
      {!loading && items.length === 0 && <p>Rien pour l'instant : lancez la conversation !</p>}
      {hasMore && (
        <button type="button" onClick={() => load(cursor)} disabled={loading}>
          Voir plus ancien
        </button>
      )}
    </Page>
  );
}

function FeedEntry({ item }: { item: FeedItem }) {
  const when = <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>;
  if (item.type === 'LISTING')
    return (
      <article>
        <p className="kind">{item.listingKind ? listingKinds[item.listingKind].label : 'Annonce'} · {item.status ? statusLabel(item.status) : ''}</p>
        <h2><Link to={`/annonces/${encodeURIComponent(item.id)}`}>{item.title}</Link></h2>
        {item.snippet && <p>{item.snippet}</p>}
        <p className="meta">{item.publisher ?? item.author?.pseudo ?? 'Ancien membre'} · {when}</p>
      </article>
    );
  if (item.type === 'ALERT')
    return (
      <article>
        <p className="kind">Alerte{item.status ? ` · ${item.status === 'RESOLVED' ? 'résolue' : item.status.toLowerCase()}` : ''}</p>
        <h2><Link to="/alertes">{item.title}</Link></h2>
        {item.snippet && <p>{item.snippet}</p>}
        <p className="meta">{item.author?.pseudo ?? 'Ancien membre'} · {when}</p>
      </article>
    );
  return (
    <article>
      <p className="kind">Message au quartier</p>
      <h2 className="post-text">{item.title}</h2>
      {item.snippet && item.snippet !== item.title && <p>{item.snippet}</p>}
      <p className="meta">{item.author?.pseudo ?? 'Ancien membre'} · {when}</p>
      <ReportButton targetType="POST" targetId={item.id} />
    </article>
  );
}

type Sponsored = NonNullable<FeedItem['sponsored']>;

/** A sponsored item: labelled as such, linking to the advertiser's page, with the way never to see this advertiser again. */
function SponsoredEntry({ sponsored: s, onHidden }: { sponsored: Sponsored; onHidden: (organisationId: string) => void }) {
  const [{ fetching }, hide] = useMutation(HideAdvertiserMutation);
  const form = useFormErrors();
  return (
    <article aria-label={`${s.label} : ${s.advertiser}`}>
      <p className="kind sponsored-label">{s.label}</p>
      <h2><Link to={`/organisations/${encodeURIComponent(s.organisationId)}`}>{s.title}</Link></h2>
      <p>{s.text}</p>
      <p className="meta">{s.advertiser}</p>
      <button
        type="button"
        className="link-button"
        disabled={fetching}
        onClick={async () => {
          if (!form.take((await hide({ organisationId: s.organisationId })).error)) onHidden(s.organisationId);
        }}
      >
        Masquer cet annonceur
      </button>
      <FormError error={form.errors['']} />
    </article>
  );
}

function NewPost({ onPosted }: { onPosted: () => void }) {
  const [{ fetching }, post] = useMutation(CreatePostMutation);
  const form = useFormErrors();
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const el = e.currentTarget;
    const text = (formValues(el).text ?? '').trim();
    if (!text) return form.set({ text: 'Écrivez un message.' });
    const r = await post({ text });
    const failed = form.take(r.error);
    if (!failed) {
      el.reset();
      onPosted();
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate className="card">
      <TextArea label="Un mot pour le quartier" name="text" rows={2} error={form.errors.text ?? form.errors.body ?? form.errors.title} />
      <FormError error={form.errors['']} />
      <button type="submit" disabled={fetching}>Publier</button>
    </form>
  );
}
