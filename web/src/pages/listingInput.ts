// Builds createListing's input from the form's values, per kind, checking what the browser can check. Errors are
// keyed by the form field they concern.
import type { CreateListingInput, ListingKind, Weekday } from '../gql/graphql';

export interface ListingForm {
  kind: ListingKind;
  values: Record<string, string>;
  /** Carpool ends chosen on the map, as block cells. */
  originCell?: string | null;
  destinationCell?: string | null;
}

/** A datetime-local value as an ISO instant, or null. */
export const iso = (local: string | undefined) => {
  if (!local) return null;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};
/** An ISO instant as a datetime-local value (the browser's time zone), to prefill a form. */
export const localInput = (instant: string) => {
  const d = new Date(instant);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const int = (v: string | undefined) => (v && /^\d+$/.test(v.trim()) ? Number(v.trim()) : null);

export function buildListingInput(f: ListingForm, now: Date = new Date()): { input?: CreateListingInput; errors: Record<string, string> } {
  const v = f.values;
  const errors: Record<string, string> = {};
  const title = (v.title ?? '').trim();
  if (!title) errors.title = 'Donnez un titre.';
  const radius = v.radiusMeters ? Number(v.radiusMeters) : 0;
  if (!Number.isFinite(radius) || radius < 0 || radius > 3000) errors.radiusMeters = 'Entre 0 et 3 000 mètres.';
  const input: CreateListingInput = { kind: f.kind, title, description: (v.description ?? '').trim(), radiusMeters: radius };
  if (v.endsAt && f.kind !== 'GROUP_PURCHASE') {
    const endsAt = iso(v.endsAt);
    if (!endsAt) errors.endsAt = 'Date invalide.';
    else input.endsAt = endsAt;
  }
  switch (f.kind) {
    case 'LOAN': {
      const from = iso(v.from);
      const until = iso(v.until);
      if (!from) errors.from = 'Indiquez la date de début.';
      if (!until) errors.until = 'Indiquez la date de fin.';
      else if (from && until <= from) errors.until = 'Le prêt se termine après son début.';
      if (from && until) input.loan = { from, until };
      break;
    }
    case 'CARPOOL': {
      const weekdays = (v.weekdays ?? '').split(',').filter(Boolean) as Weekday[];
      const seats = int(v.seats);
      if (!f.originCell) errors.origin = 'Placez le départ sur la carte.';
      if (!f.destinationCell) errors.destination = "Placez l'arrivée sur la carte.";
      if (weekdays.length === 0) errors.weekdays = 'Choisissez au moins un jour.';
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(v.departureTime ?? '')) errors.departureTime = 'Heure de départ au format HH:MM.';
      if (!seats || seats < 1 || seats > 8) errors.seats = 'De 1 à 8 places.';
      if (f.originCell && f.destinationCell && seats)
        input.carpool = { originCell: f.originCell, destinationCell: f.destinationCell, weekdays, departureTime: v.departureTime!, seats };
      break;
    }
    case 'GROUP_PURCHASE': {
      const target = int(v.targetQuantity);
      const deadline = iso(v.deadline);
      if (!(v.product ?? '').trim()) errors.product = 'Indiquez le produit.';
      if (!(v.unit ?? '').trim()) errors.unit = "Indiquez l'unité (stère, panier…).";
      if (!target || target < 1) errors.targetQuantity = 'Un objectif de 1 ou plus.';
      if (!deadline) errors.deadline = "Indiquez l'échéance.";
      else if (new Date(deadline) <= now) errors.deadline = "L'échéance doit être dans le futur.";
      if (target && deadline) input.groupPurchase = { product: (v.product ?? '').trim(), unit: (v.unit ?? '').trim(), targetQuantity: target, deadline };
      break;
    }
    case 'EVENT': {
      const startsAt = iso(v.startsAt);
      const capacity = int(v.capacity);
      if (!startsAt) errors.startsAt = 'Indiquez le début.';
      else if (new Date(startsAt) <= now) errors.startsAt = "L'événement doit commencer dans le futur.";
      if (!(v.place ?? '').trim()) errors.place = 'Indiquez le lieu.';
      if (!capacity || capacity < 1) errors.capacity = 'Au moins 1 place.';
      if (startsAt && capacity) input.event = { startsAt, place: (v.place ?? '').trim(), capacity };
      break;
    }
    case 'LOCAL_PRODUCER':
    case 'ASSOCIATION':
      input.page = { website: v.website?.trim() || null, contact: v.contact?.trim() || null, openingHours: v.openingHours?.trim() || null };
      break;
    default:
      break;
  }
  return Object.keys(errors).length ? { errors } : { input, errors };
}
