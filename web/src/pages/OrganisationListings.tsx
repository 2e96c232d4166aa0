// "Événements et offres" on an organisation's page (issue 22): the current events, offers, volunteering calls and
// giveaways of an association or business, newest first, for everyone; and for its admins and editors, the form that
// publishes one in neighbourhoods of its reach, under the organisation's verified name. The server decides.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { OrganisationListingsQuery, PublishOrganisationListingMutation } from '../api/organisations';
import { formatDateTime, listingKinds } from '../app/labels';
import { useSession } from '../app/session';
import type { ListingKind } from '../gql/graphql';
import { FormError, Notice, Select, TextArea, TextField, formValues, useFormErrors } from '../ui/forms';
import { buildListingInput } from './listingInput';

const PAGE = 10;

/** What an organisation publishes, in French: the server refuses the other kinds. */
const organisationKinds: [ListingKind, string][] = [
  ['EVENT', 'Événement'],
  ['SERVICE_OFFER', 'Offre'],
  ['HELP_REQUEST', 'Appel à bénévoles'],
  ['GIVEAWAY', 'Don'],
];
const kindLabel = (kind: ListingKind) => organisationKinds.find(([k]) => k === kind)?.[1] ?? listingKinds[kind].label;

type Reach = { neighbourhoods: { id: string; name: string }[] } | null | undefined;

export function OrganisationListings({ id, canPublish, reach }: { id: string; canPublish: boolean; reach: Reach }) {
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const [version, setVersion] = useState(0);
  return (
    <section aria-labelledby="org-listings-title">
      <h2 id="org-listings-title">Événements et offres</h2>
      {canPublish && (
        <PublishListing
          id={id}
          reach={reach}
          onPublished={() => {
            setPages([null]);
            setVersion((v) => v + 1);
          }}
        />
      )}
      {pages.map((after, i) => (
        <ListingsPage key={`${version}-${after ?? ''}`} id={id} after={after} last={i === pages.length - 1} onMore={(next) => setPages([...pages, next])} />
      ))}
    </section>
  );
}

function ListingsPage({ id, after, last, onMore }: { id: string; after: string | null; last: boolean; onMore: (after: string) => void }) {
  const [{ data, fetching }] = useQuery({ query: OrganisationListingsQuery, variables: { id, first: PAGE, after }, requestPolicy: 'network-only' });
  const page = data?.organisation?.listings;
  if (!page) return fetching ? <p role="status">Chargement…</p> : null;
  if (!after && page.items.length === 0) return <p>Aucun événement ni offre en cours.</p>;
  const lastItem = page.items[page.items.length - 1];
  return (
    <>
      <ul className="cards" aria-label={after ? 'Événements et offres, suite' : 'Événements et offres en cours'}>
        {page.items.map((l) => (
          <li key={l.id} className="card" aria-labelledby={`org-listing-${l.id}`}>
            <p className="kind">{kindLabel(l.kind)}</p>
            <h3 id={`org-listing-${l.id}`}>{l.title}</h3>
            {l.startsAt && (
              <p className="meta">
                Le {formatDateTime(l.startsAt)}
                {l.place && ` · ${l.place}`}
              </p>
            )}
            {l.summary && <p>{l.summary}</p>}
            <p className="meta">
              Publié le {formatDateTime(l.createdAt)}
              {l.neighbourhoods.length > 0 && ` · ${l.neighbourhoods.join(', ')}`}
            </p>
          </li>
        ))}
      </ul>
      {last && page.hasNextPage && lastItem && (
        <button type="button" onClick={() => onMore(lastItem.id)}>
          Voir plus
        </button>
      )}
    </>
  );
}

/** The form for the organisation's admins and editors: kind, text, an event's details, and the neighbourhoods of its reach. */
function PublishListing({ id, reach, onPublished }: { id: string; reach: Reach; onPublished: () => void }) {
  const { me } = useSession();
  const [kind, setKind] = useState<ListingKind>('EVENT');
  const [{ fetching }, publish] = useMutation(PublishOrganisationListingMutation);
  const [published, setPublished] = useState<string | null>(null);
  const form = useFormErrors();
  // The reach's neighbourhoods; with a radius, the member's own (the server checks it lies in the reach).
  const choices = [...(reach?.neighbourhoods ?? [])];
  if (me?.neighbourhood && !choices.some((n) => n.id === me.neighbourhood?.id)) choices.push({ id: me.neighbourhood.id, name: me.neighbourhood.name });
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const target = e.currentTarget;
    const v = formValues(target);
    setPublished(null);
    const { input, errors } = buildListingInput({ kind, values: { ...v, radiusMeters: '0' } });
    const neighbourhoodIds = (v.neighbourhoodIds ?? '').split(',').filter(Boolean);
    if (neighbourhoodIds.length === 0) errors.neighbourhoods = 'Choisissez au moins un quartier.';
    if (!input || Object.keys(errors).length > 0) return form.set(errors);
    const r = await publish({ organisationId: id, neighbourhoodIds, input });
    if (form.take(r.error) || !r.data) return;
    setPublished(r.data.publishOrganisationListing.title);
    target.reset();
    onPublished();
  };
  const e = form.errors;
  return (
    <>
      <form onSubmit={onSubmit} noValidate aria-label="Publier pour l'organisation">
        <p className="hint">Publié sous le nom vérifié de l'organisation, jamais le vôtre, dans les quartiers choisis de sa portée.</p>
        <Select label="Type de publication" name="kind" value={kind} onChange={(ev) => setKind(ev.target.value as ListingKind)}>
          {organisationKinds.map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </Select>
        <TextField label="Titre de la publication" name="title" required maxLength={120} error={e.title} />
        <TextArea label="Description de la publication" name="description" rows={3} maxLength={4000} error={e.description} />
        {kind === 'EVENT' && (
          <>
            <TextField label="Début" name="startsAt" type="datetime-local" required error={e.startsAt} />
            <TextField label="Lieu" name="place" required error={e.place} />
            <TextField label="Nombre de places" name="capacity" type="number" min={1} inputMode="numeric" required error={e.capacity} />
          </>
        )}
        <TextField label="Fin de la publication (facultatif)" name="endsAt" type="datetime-local" error={e.endsAt} />
        <fieldset aria-describedby={e.neighbourhoods ? 'org-listing-neighbourhoods-error' : undefined}>
          <legend>Quartiers</legend>
          {choices.length === 0 && <p>Enregistrez d'abord la portée de l'organisation.</p>}
          {choices.map((n) => (
            <label key={n.id} className="check">
              <input type="checkbox" name="neighbourhoodIds" value={n.id} defaultChecked={choices.length === 1} /> {n.name}
            </label>
          ))}
          {e.neighbourhoods && (
            <p className="field-error" id="org-listing-neighbourhoods-error" role="alert">
              {e.neighbourhoods}
            </p>
          )}
        </fieldset>
        <FormError error={e['']} />
        <button type="submit" disabled={fetching}>
          Publier
        </button>
      </form>
      {published && <Notice>« {published} » est publié.</Notice>}
    </>
  );
}
