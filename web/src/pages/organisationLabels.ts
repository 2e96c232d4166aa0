// French names of the organisations' kinds, statuses and roles, and what each kind's identifier is.
import type { AnnouncementKind, OrganisationKind, OrganisationRole, OrganisationStatus } from '../gql/graphql';

export const organisationKinds: Record<OrganisationKind, { label: string; identifier: string; hint: string }> = {
  COMMUNE: { label: 'Mairie', identifier: 'Code INSEE de la commune', hint: '5 caractères, par exemple 75056 ; 2A ou 2B en Corse.' },
  PUBLIC_AGENCY: { label: 'Service public', identifier: 'SIRET', hint: '14 chiffres.' },
  ASSOCIATION: { label: 'Association', identifier: 'Numéro RNA', hint: 'W suivi de 9 chiffres.' },
  BUSINESS: { label: 'Commerce ou producteur', identifier: 'SIRET', hint: '14 chiffres.' },
};

export const organisationStatuses: Record<OrganisationStatus, string> = {
  PENDING: 'En attente de vérification',
  VERIFIED: 'Vérifiée',
  REJECTED: 'Refusée',
};

export const organisationRoles: Record<OrganisationRole, string> = {
  ADMIN: 'Administrateur',
  EDITOR: 'Éditeur',
};

export const announcementKinds: Record<AnnouncementKind, string> = {
  INFORMATION: 'Information',
  WORKS: 'Travaux',
  WEATHER_VIGILANCE: 'Vigilance météo',
  EMERGENCY: 'Urgence',
};
