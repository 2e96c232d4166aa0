// French labels of the API's enums.
import type { AlertKind, ListingKind, ListingStatus, VerificationMethod, Weekday } from '../gql/graphql';

export const listingKinds: Record<ListingKind, { label: string; help: string }> = {
  HELP_REQUEST: { label: "Demande d'entraide", help: 'Un conseil, garder un animal, une course…' },
  SERVICE_OFFER: { label: 'Offre de service', help: 'Jardinage, garde d’enfants, soutien scolaire, réparations…' },
  SWAP: { label: 'Troc', help: 'Échanger un objet contre un autre.' },
  GIVEAWAY: { label: 'Don', help: 'Donner une seconde vie à un objet.' },
  LOAN: { label: 'Prêt', help: 'Prêter ou louer un objet, avec des dates.' },
  CARPOOL: { label: 'Covoiturage', help: 'Un trajet domicile–travail régulier.' },
  GROUP_PURCHASE: { label: 'Achat groupé', help: 'Bois de chauffage, paniers bio… avec un objectif.' },
  EVENT: { label: 'Événement', help: 'Une rencontre entre voisins.' },
  LOCAL_PRODUCER: { label: 'Producteur local', help: 'Faire connaître un producteur du coin.' },
  ASSOCIATION: { label: 'Association', help: 'Faire connaître une association du quartier.' },
};

export const listingStatuses: Record<ListingStatus, string> = {
  OPEN: 'Ouverte',
  AGREED: 'Conclue',
  DONE: 'Terminée',
  CANCELLED: 'Annulée',
  EXPIRED: 'Expirée',
  CONFIRMED: 'Confirmée',
  FAILED: 'Échouée',
};

/** A feed item's status arrives as free text ("Open", "GROUP_PURCHASE"-style or not): its French label either way. */
export function statusLabel(status: string): string {
  const key = status.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() as ListingStatus;
  return listingStatuses[key] ?? status;
}

export const alertKinds: Record<AlertKind, string> = {
  LOST_ANIMAL: 'Animal perdu',
  VIGILANCE: 'Vigilance',
  EVENT: 'Événement',
  URGENT: 'Urgence',
};

export const verificationMethods: Record<VerificationMethod, string> = {
  COOPTATION: 'cooptation par deux voisins',
  GEOLOCATION: 'géolocalisation',
  POSTCARD: 'carte postale',
};

export const weekdays: { value: Weekday; label: string }[] = [
  { value: 'MONDAY', label: 'Lundi' },
  { value: 'TUESDAY', label: 'Mardi' },
  { value: 'WEDNESDAY', label: 'Mercredi' },
  { value: 'THURSDAY', label: 'Jeudi' },
  { value: 'FRIDAY', label: 'Vendredi' },
  { value: 'SATURDAY', label: 'Samedi' },
  { value: 'SUNDAY', label: 'Dimanche' },
];

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' });
const dateOnly = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'Europe/Paris' });
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
export const formatDate = (iso: string) => dateOnly.format(new Date(iso));

/** What each scope of "sign in with Voisinage" lets a partner service see (docs/partners.md). */
export const partnerScopes: Record<string, string> = {
  openid: 'un identifiant propre à ce service, qui ne permet pas de vous reconnaître ailleurs',
  profile: 'votre pseudo',
  email: 'votre adresse e-mail',
  'voisinage:verified': 'si vous êtes un voisin vérifié, et comment',
  'voisinage:neighbourhood': 'votre quartier (nom et identifiant)',
  offline_access: 'rester connecté sans vous redemander, jusqu’à ce que vous le révoquiez',
};

export const partnerScopeLabel = (scope: string) => partnerScopes[scope] ?? scope;
