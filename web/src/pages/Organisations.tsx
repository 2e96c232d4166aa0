import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  AddOrganisationMemberMutation,
  CreateOrganisationMutation,
  MyOrganisationsQuery,
  OrganisationsServingMeQuery,
  RemoveOrganisationMemberMutation,
  SetOrganisationAreaMutation,
  VerifiedOrganisationsQuery,
} from '../api/organisations';
import { formatDate } from '../app/labels';
import { Link, navigate } from '../app/router';
import type { Me } from '../app/session';
import type { LatLng } from '../map/hex';
import { PremisesPicker } from './OrganisationReach';
import type { MyOrganisationsQuery as MyOrganisationsData, OrganisationKind, OrganisationRole } from '../gql/graphql';
import { FormError, Notice, Select, TextArea, TextField, formValues, useFormErrors } from '../ui/forms';
import { Page } from '../ui/Page';
import { RequireSession } from '../ui/RequireSession';
import { organisationKinds, organisationRoles, organisationStatuses } from './organisationLabels';

const kinds = Object.keys(organisationKinds) as OrganisationKind[];

/** Organisations: the verified ones, mine with their members, and the form to create one (verified residents). */
export default function Organisations() {
  return (
    <RequireSession title="Organisations">
      {(me) => (
        <Page title="Organisations">
          <p>
            Mairies, services publics, associations et commerces de proximité. Une organisation est utilisable une fois vérifiée par un opérateur.
          </p>
          <ServingMe />
          <MyOrganisations me={me} />
          <CreateOrganisation />
          <VerifiedOrganisations />
        </Page>
      )}
    </RequireSession>
  );
}

type MyOrganisation = MyOrganisationsData['myOrganisations'][number];

function MyOrganisations({ me }: { me: Me }) {
  const [{ data }, refetch] = useQuery({ query: MyOrganisationsQuery, requestPolicy: 'cache-and-network' });
  const mine = data?.myOrganisations ?? [];
  return (
    <section aria-labelledby="mine-title">
      <h2 id="mine-title">Mes organisations</h2>
      <p className="hint">
        Votre identifiant, à donner à l'administrateur d'une organisation pour qu'il vous ajoute : <code>{me.id}</code>
      </p>
      {data && mine.length === 0 && <p>Vous ne faites partie d'aucune organisation.</p>}
      {mine.map((o) => (
        <ManagedOrganisation key={o.id} organisation={o} meId={me.id} onChange={() => refetch({ requestPolicy: 'network-only' })} />
      ))}
    </section>
  );
}

function ManagedOrganisation({ organisation: o, meId, onChange }: { organisation: MyOrganisation; meId: string; onChange: () => void }) {
  const [{ fetching: adding }, add] = useMutation(AddOrganisationMemberMutation);
  const [{ fetching: removing }, remove] = useMutation(RemoveOrganisationMemberMutation);
  const form = useFormErrors();
  const list = useFormErrors();
  const isAdmin = o.myRole === 'ADMIN';
  const onAdd = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const target = e.currentTarget;
    const v = formValues(target);
    const r = await add({ organisationId: o.id, residentId: (v.residentId ?? '').trim(), role: v.role as OrganisationRole });
    if (form.take(r.error)) return;
    target.reset();
    onChange();
  };
  const onRemove = async (residentId: string) => {
    const r = await remove({ organisationId: o.id, residentId });
    if (!list.take(r.error)) onChange();
  };
  const titleId = `org-${o.id}`;
  return (
    <article aria-labelledby={titleId} className="card">
      <h3 id={titleId}>
        <Link to={`/organisations/${encodeURIComponent(o.id)}`}>{o.name}</Link>
      </h3>
      <p className="meta">
        {organisationKinds[o.kind].label} · {organisationStatuses[o.status]} · votre rôle : {o.myRole ? organisationRoles[o.myRole] : '—'}
      </p>
      {o.status === 'REJECTED' && o.decision && <p>Motif du refus : {o.decision}</p>}
      <table>
        <caption>Membres</caption>
        <thead>
          <tr>
            <th scope="col">Voisin</th>
            <th scope="col">Rôle</th>
            <th scope="col">Depuis</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {o.members.map((m) => (
            <tr key={m.residentId}>
              <td>{m.resident?.pseudo ?? 'Compte supprimé'}</td>
              <td>{organisationRoles[m.role]}</td>
              <td>{formatDate(m.since)}</td>
              <td>
                {(isAdmin || m.residentId === meId) && (
                  <button type="button" disabled={removing} onClick={() => void onRemove(m.residentId)}>
                    {m.residentId === meId ? 'Quitter' : `Retirer ${m.resident?.pseudo ?? ''}`.trim()}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormError error={list.errors['']} />
      {isAdmin && (o.kind === 'COMMUNE' || o.kind === 'PUBLIC_AGENCY') && <AreaForm organisation={o} onChange={onChange} />}
      {isAdmin && (
        <form onSubmit={onAdd} noValidate aria-label={`Ajouter un membre à ${o.name}`}>
          <TextField label="Identifiant du voisin" name="residentId" required error={form.errors.residentId} hint="Il le trouve sur cette page, sous « Mes organisations »." />
          <Select label="Rôle" name="role" defaultValue="EDITOR">
            <option value="EDITOR">{organisationRoles.EDITOR} (publie)</option>
            <option value="ADMIN">{organisationRoles.ADMIN} (publie et gère les membres)</option>
          </Select>
          <FormError error={form.errors['']} />
          <button type="submit" disabled={adding}>Ajouter ou changer le rôle</button>
        </form>
      )}
    </article>
  );
}

/** A town hall or agency's admin draws its area as GeoJSON (e.g. the commune's boundary from a public dataset). */
function AreaForm({ organisation: o, onChange }: { organisation: MyOrganisation; onChange: () => void }) {
  const [{ fetching }, setArea] = useMutation(SetOrganisationAreaMutation);
  const form = useFormErrors();
  const [done, setDone] = useState<number | null>(null);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const r = await setArea({ organisationId: o.id, geoJson: formValues(e.currentTarget).geoJson ?? '' });
    if (form.take(r.error) || !r.data) return;
    setDone(r.data.setOrganisationArea.areaCellCount);
    onChange();
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Zone desservie par ${o.name}`}>
      <p>
        Zone desservie : {o.areaCellCount > 0 ? `${o.areaCellCount} cellules de domicile (environ ${(o.areaCellCount * 0.015).toFixed(1)} km²)` : 'pas encore tracée'}.
      </p>
      {done !== null && <Notice>Zone enregistrée : {done} cellules de domicile.</Notice>}
      <TextArea
        label="Contour (GeoJSON)"
        name="geoJson"
        rows={4}
        required
        error={form.errors.geoJson}
        hint="Un Polygon ou MultiPolygon GeoJSON, positions [longitude, latitude], trous permis : par exemple le contour de la commune."
      />
      <FormError error={form.errors['']} />
      <button type="submit" disabled={fetching}>Enregistrer la zone</button>
    </form>
  );
}

/** The verified town halls and agencies whose area holds my home (computed on the server; the home never leaves it). */
function ServingMe() {
  const [{ data }] = useQuery({ query: OrganisationsServingMeQuery });
  const serving = data?.organisationsServingMe ?? [];
  return (
    <section aria-labelledby="serving-title">
      <h2 id="serving-title">Au service de mon domicile</h2>
      {data && serving.length === 0 && <p>Aucune mairie, aucun service public, aucune association ni aucun commerce vérifié ne couvre encore votre domicile.</p>}
      <ul>
        {serving.map((o) => (
          <li key={o.id}>
            <Link to={`/organisations/${encodeURIComponent(o.id)}`}>{o.name}</Link> · {organisationKinds[o.kind].label}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CreateOrganisation() {
  const [kind, setKind] = useState<OrganisationKind>('ASSOCIATION');
  const [premises, setPremises] = useState<LatLng | null>(null);
  const [{ fetching }, create] = useMutation(CreateOrganisationMutation);
  const form = useFormErrors();
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const r = await create({
      input: {
        kind,
        name: v.name ?? '',
        identifier: v.identifier ?? '',
        description: v.description || null,
        hours: v.hours || null,
        publicAddress: kind === 'BUSINESS' ? (v.publicAddress ?? '') : null,
        latitude: kind === 'BUSINESS' && premises ? premises[0] : null,
        longitude: kind === 'BUSINESS' && premises ? premises[1] : null,
      },
    });
    if (form.take(r.error) || !r.data) return;
    navigate(`/organisations/${encodeURIComponent(r.data.createOrganisation.id)}`);
  };
  const e = form.errors;
  const k = organisationKinds[kind];
  return (
    <section aria-labelledby="create-title">
      <h2 id="create-title">Créer une organisation</h2>
      <p className="hint">Réservé aux voisins vérifiés. Vous en devenez l'administrateur ; un opérateur vérifie son identifiant.</p>
      <form onSubmit={onSubmit} noValidate>
        <Select label="Type" name="kind" value={kind} onChange={(ev) => setKind(ev.target.value as OrganisationKind)}>
          {kinds.map((x) => (
            <option key={x} value={x}>
              {organisationKinds[x].label}
            </option>
          ))}
        </Select>
        <TextField label="Nom" name="name" required maxLength={100} error={e.name} />
        <TextField label={k.identifier} name="identifier" required error={e.identifier} hint={k.hint} />
        <TextArea label="Description" name="description" rows={3} maxLength={2000} error={e.description} />
        <TextField label="Horaires" name="hours" maxLength={500} error={e.hours} />
        {kind === 'BUSINESS' && (
          <TextField
            label="Adresse du commerce"
            name="publicAddress"
            required
            maxLength={200}
            error={e.publicAddress}
            hint="Elle sera publique. N'indiquez jamais une adresse personnelle."
          />
        )}
        {kind === 'BUSINESS' && (
          <fieldset>
            <legend>Locaux du commerce sur la carte (publics, pour la portée)</legend>
            <PremisesPicker premises={premises} onPick={setPremises} error={e.premises} folded />
          </fieldset>
        )}
        <FormError error={e['']} />
        <button type="submit" disabled={fetching}>Créer</button>
      </form>
    </section>
  );
}

function VerifiedOrganisations() {
  const [{ data }] = useQuery({ query: VerifiedOrganisationsQuery });
  const all = data?.organisations ?? [];
  return (
    <section aria-labelledby="verified-title">
      <h2 id="verified-title">Organisations vérifiées</h2>
      {data && all.length === 0 && <p>Aucune organisation vérifiée pour l'instant.</p>}
      <ul>
        {all.map((o) => (
          <li key={o.id}>
            <Link to={`/organisations/${encodeURIComponent(o.id)}`}>{o.name}</Link> · {organisationKinds[o.kind].label}
          </li>
        ))}
      </ul>
    </section>
  );
}
