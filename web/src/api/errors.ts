// Maps the API's errors (extensions.code + English message) to French text and the form field they concern, so a form
// can show each error next to its field. The API names no field, so the field is recognised from the message.
import type { CombinedError } from '@urql/core';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'NOT_VERIFIED'
  | 'INVALID_TOKEN'
  | 'NETWORK';

export interface FieldError {
  /** The form field this error belongs to, or undefined for a form-wide error. */
  field?: string;
  code: ErrorCode | string;
  message: string;
}

interface Rule {
  pattern: RegExp;
  field?: string;
  fr: (m: RegExpMatchArray) => string;
}

/** A campaign's state and what was asked of it, for the refusals of pause / resume / cancel. */
const campaignStates: Record<string, string> = {
  pending: 'Une campagne en attente de validation',
  approved: 'Une campagne approuvée',
  rejected: 'Une campagne refusée',
  paused: 'Une campagne en pause',
  cancelled: 'Une campagne annulée',
};
const campaignDone: Record<string, string> = { approved: 'approuvée', rejected: 'refusée', paused: 'en pause', cancelled: 'annulée' };
const campaignVerbs: Record<string, string> = { paused: 'mise en pause', resumed: 'reprise', cancelled: 'annulée' };

const rules: Rule[] = [
  // Passkeys (issue 23).
  { pattern: /passkey name has 1 to (\d+)/i, field: 'name', fr: (m) => `Le nom a de 1 à ${m[1]} caractères.` },
  { pattern: /At most (\d+) passkeys per account/i, field: 'name', fr: (m) => `Au plus ${m[1]} clés d'accès par compte : supprimez-en une d'abord.` },
  { pattern: /(passkey|sign-in) request has expired/i, fr: () => 'Cette demande a expiré ou a déjà servi : recommencez.' },
  { pattern: /passkey is not recognised/i, fr: () => "Cette clé d'accès n'est pas reconnue (supprimée ou inconnue) : connectez-vous avec votre mot de passe." },
  { pattern: /passkey could not be verified|authenticator's answer/i, fr: () => "La clé d'accès n'a pas pu être vérifiée : recommencez." },
  { pattern: /No such passkey/i, fr: () => "Cette clé d'accès n'existe plus." },
  // Organisations first: their refusals share words with older ones ("Only verified residents…", "already verified").
  { pattern: /A SIRET has 14 digits/i, field: 'identifier', fr: () => 'Un SIRET a 14 chiffres.' },
  { pattern: /SIRET's check digit is wrong/i, field: 'identifier', fr: () => 'Ce SIRET est invalide : sa clé de contrôle ne correspond pas. Vérifiez chaque chiffre.' },
  { pattern: /RNA number is W followed by 9 digits/i, field: 'identifier', fr: () => 'Un numéro RNA est la lettre W suivie de 9 chiffres.' },
  { pattern: /INSEE commune code has 5 characters/i, field: 'identifier', fr: () => 'Un code INSEE de commune a 5 caractères : le département (2A ou 2B en Corse) puis le numéro de la commune.' },
  { pattern: /organisation's name has 3 to (\d+)/i, field: 'name', fr: (m) => `Le nom a de 3 à ${m[1]} caractères.` },
  { pattern: /^name is (required|at most (\d+))/i, field: 'name', fr: (m) => (m[2] ? `Le nom a au plus ${m[2]} caractères.` : 'Indiquez un nom.') },
  { pattern: /^description is at most (\d+)/i, field: 'description', fr: (m) => `La description a au plus ${m[1]} caractères.` },
  { pattern: /^hours is at most (\d+)/i, field: 'hours', fr: (m) => `Les horaires ont au plus ${m[1]} caractères.` },
  { pattern: /^publicAddress is at most (\d+)/i, field: 'publicAddress', fr: (m) => `L'adresse a au plus ${m[1]} caractères.` },
  { pattern: /business gives its public address/i, field: 'publicAddress', fr: () => "Indiquez l'adresse du commerce." },
  { pattern: /Only a business has a public address/i, field: 'publicAddress', fr: () => "Seul un commerce affiche une adresse." },
  { pattern: /area covers more than (\d+) home cells \(about (\d+) km²\)/i, field: 'geoJson', fr: (m) => `Cette zone est trop grande : au plus ${m[1]} cellules de domicile (environ ${m[2]} km²).` },
  { pattern: /area is not valid JSON|area is a GeoJSON|area has no polygon|area has more than|ring has at least|ring is a list|position is \[|position's longitude|coordinates are a list|polygon has an outer ring/i, field: 'geoJson', fr: () => 'Ce contour n’est pas un Polygon ou MultiPolygon GeoJSON valide (positions [longitude, latitude], anneaux d’au moins 3 points).' },
  { pattern: /area holds no home cell/i, field: 'geoJson', fr: () => 'Cette zone ne contient aucun domicile : tracez-la plus grande.' },
  { pattern: /Only a town hall or a public agency serves a drawn area/i, field: 'geoJson', fr: () => 'Seuls une mairie ou un service public tracent une zone.' },
  { pattern: /Only a business places its premises on the map/i, field: 'premises', fr: () => 'Seul un commerce place ses locaux sur la carte.' },
  { pattern: /Give both the latitude and the longitude of the premises/i, field: 'premises', fr: () => 'Touchez la carte pour placer les locaux.' },
  { pattern: /Place the premises on the map first/i, field: 'premises', fr: () => "Placez d'abord les locaux sur la carte." },
  { pattern: /Only an association or a business has a reach/i, fr: () => 'Seuls une association ou un commerce ont une portée ; une mairie trace sa zone.' },
  { pattern: /Choose either neighbourhoods or a radius/i, field: 'reach', fr: () => 'Choisissez des quartiers ou un rayon (pas les deux).' },
  { pattern: /reach lists at most (\d+) neighbourhoods/i, field: 'reach', fr: (m) => `Au plus ${m[1]} quartiers.` },
  { pattern: /Only a business, whose premises are public, reaches a radius/i, field: 'reach', fr: () => 'Seul un commerce, dont les locaux sont publics, choisit un rayon.' },
  { pattern: /radius is between (\d+) and (\d+) metres/i, field: 'radiusMeters', fr: (m) => `Le rayon est compris entre ${m[1]} et ${m[2]} mètres.` },
  { pattern: /is not among those this organisation may reach/i, field: 'reach', fr: () => "Ce quartier n'est pas parmi ceux que l'organisation peut atteindre (ceux de ses membres et les voisins)." },
  { pattern: /Only the business's admins and editors run its campaigns/i, fr: () => 'Réservé aux administrateurs et éditeurs du commerce.' },
  { pattern: /Only a business runs sponsored campaigns/i, fr: () => 'Seul un commerce lance des campagnes sponsorisées.' },
  { pattern: /business runs campaigns once an operator has verified it/i, fr: () => 'Le commerce lance des campagnes une fois vérifié par un opérateur.' },
  { pattern: /Set the business's reach before running a campaign/i, fr: () => "Enregistrez d'abord la portée du commerce." },
  { pattern: /campaign ends after it starts/i, field: 'endsAt', fr: () => 'La fin doit être après le début.' },
  { pattern: /campaign ends in the future/i, field: 'endsAt', fr: () => 'La fin doit être dans le futur.' },
  { pattern: /campaign runs at most (\d+) days/i, field: 'endsAt', fr: (m) => `Une campagne dure au plus ${m[1]} jours.` },
  { pattern: /campaign buys 1 to (\d+) impressions/i, field: 'impressions', fr: (m) => `De 1 à ${m[1]} impressions.` },
  { pattern: /campaign targets (at most \d+ neighbourhoods|neighbourhoods within)/i, fr: () => 'Une campagne vise des quartiers de la portée du commerce (au plus 20).' },
  { pattern: /campaign keeps at least the (\d+) impressions already delivered/i, field: 'impressions', fr: (m) => `Au moins les ${m[1]} impressions déjà délivrées.` },
  { pattern: /campaign is (rejected|cancelled): it can no longer be changed/i, fr: (m) => (m[1] === 'rejected' ? 'Cette campagne a été refusée : elle ne peut plus être modifiée.' : 'Cette campagne est annulée : elle ne peut plus être modifiée.') },
  { pattern: /A (pending|approved|rejected|paused|cancelled) campaign cannot be (paused|resumed|cancelled)/i, fr: (m) => `${campaignStates[m[1]!.toLowerCase()] ?? 'Cette campagne'} ne peut pas être ${campaignVerbs[m[2]!.toLowerCase()] ?? 'changée'}.` },
  { pattern: /campaign is changed at most (\d+) times/i, fr: (m) => `Une campagne se modifie au plus ${m[1]} fois.` },
  { pattern: /business's members and operators see its campaigns' history/i, fr: () => 'Réservé aux membres du commerce et aux opérateurs.' },
  { pattern: /Only the organisation's admins and editors publish for it/i, fr: () => "Réservé aux administrateurs et éditeurs de l'organisation." },
  { pattern: /Only an association or a business publishes events and offers/i, fr: () => 'Seules une association ou un commerce publient des événements et des offres.' },
  { pattern: /organisation publishes once an operator has verified it/i, fr: () => "L'organisation publie une fois vérifiée par un opérateur." },
  { pattern: /Set the organisation's reach before publishing/i, field: 'neighbourhoods', fr: () => "Enregistrez d'abord la portée de l'organisation." },
  { pattern: /Publish in 1 to (\d+) neighbourhoods of the organisation's reach/i, field: 'neighbourhoods', fr: (m) => `Choisissez de 1 à ${m[1]} quartiers de la portée.` },
  { pattern: /The neighbourhood (.+) is outside the organisation's reach/i, field: 'neighbourhoods', fr: (m) => `Le quartier ${m[1]} est hors de la portée de l'organisation.` },
  { pattern: /organisation publishes events, offers, volunteering calls and giveaways/i, field: 'kind', fr: () => 'Une organisation publie des événements, des offres, des appels à bénévoles et des dons.' },
  { pattern: /organisation's listing goes to the neighbourhoods chosen: no radius/i, fr: () => "Une publication d'organisation va aux quartiers choisis, sans rayon." },
  { pattern: /Only operators approve sponsored campaigns/i, fr: () => 'Réservé aux opérateurs.' },
  { pattern: /campaign is already (approved|rejected|paused|cancelled)/i, fr: (m) => `Cette campagne est déjà ${campaignDone[m[1]!.toLowerCase()] ?? 'décidée'}.` },
  { pattern: /At most (\d+) advertisers can be hidden/i, fr: (m) => `Au plus ${m[1]} annonceurs masqués.` },
  { pattern: /^title is (required|at most (\d+))/i, field: 'title', fr: (m) => (m[2] ? `Le titre a au plus ${m[2]} caractères.` : 'Indiquez un titre.') },
  { pattern: /^body is (required|at most (\d+))/i, field: 'body', fr: (m) => (m[2] ? `Le texte a au plus ${m[2]} caractères.` : "Écrivez le texte de l'annonce.") },
  { pattern: /publishes once an operator has verified it/i, fr: () => "L'organisation publie une fois vérifiée par un opérateur." },
  { pattern: /Draw the area the organisation serves before publishing/i, fr: () => "Tracez d'abord la zone desservie par l'organisation." },
  { pattern: /Only the organisation's admins and editors publish/i, fr: () => "Réservé aux administrateurs et éditeurs de l'organisation." },
  { pattern: /Only a town hall or a public agency publishes/i, fr: () => 'Seuls une mairie ou un service public publient des annonces officielles.' },
  { pattern: /last admin (cannot leave|stays an admin)/i, fr: () => "Le dernier administrateur ne peut ni partir ni changer de rôle : nommez d'abord un autre administrateur." },
  { pattern: /Only an admin of the organisation/i, fr: () => "Réservé aux administrateurs de l'organisation." },
  { pattern: /organisation has at most (\d+) members/i, field: 'residentId', fr: (m) => `Une organisation a au plus ${m[1]} membres.` },
  { pattern: /Only verified residents can be members/i, field: 'residentId', fr: () => "Ce voisin n'est pas vérifié : il ne peut pas encore rejoindre une organisation." },
  { pattern: /not a member of the organisation/i, fr: () => "Ce voisin n'est pas membre de l'organisation." },
  { pattern: /organisation is already (verified|rejected)/i, fr: (m) => (m[1] === 'verified' ? 'Cette organisation est déjà vérifiée.' : 'Cette organisation est déjà refusée.') },
  { pattern: /partner's name has 1 to (\d+)/i, field: 'name', fr: (m) => `Le nom du service a de 1 à ${m[1]} caractères.` },
  { pattern: /Give 1 to (\d+) redirect URIs/i, field: 'redirectUris', fr: (m) => `Indiquez de 1 à ${m[1]} adresses de retour.` },
  { pattern: /is not a redirect URI/i, field: 'redirectUris', fr: () => 'Adresse de retour invalide : une URL https complète (http seulement vers localhost), sans fragment (#).' },
  { pattern: /Unknown scopes: ([^.]*)/i, field: 'scopes', fr: (m) => `Autorisations inconnues : ${m[1]}.` },
  { pattern: /Say why the partner is removed/i, field: 'reason', fr: () => 'Indiquez un motif : il est inscrit au journal.' },
  { pattern: /No partner (service )?has this client id/i, fr: () => "Ce service n'est pas enregistré auprès de Voisinage." },
  { pattern: /Only operators manage partner services/i, fr: () => 'Réservé aux opérateurs.' },
  { pattern: /pseudo has 3 to 30/i, field: 'pseudo', fr: () => 'Le pseudo a de 3 à 30 caractères : lettres, chiffres, « - », « _ » ou « . ».' },
  { pattern: /pseudo is already taken/i, field: 'pseudo', fr: () => 'Ce pseudo est déjà pris.' },
  { pattern: /not a valid email/i, field: 'email', fr: () => "Cette adresse e-mail n'est pas valide." },
  { pattern: /account already exists for this email/i, field: 'email', fr: () => 'Un compte existe déjà pour cette adresse e-mail.' },
  { pattern: /password has at least (\d+)/i, field: 'password', fr: (m) => `Le mot de passe a au moins ${m[1]} caractères.` },
  { pattern: /password has at most (\d+)/i, field: 'password', fr: (m) => `Le mot de passe a au plus ${m[1]} caractères.` },
  { pattern: /Unknown login or wrong password/i, field: 'password', fr: () => 'Identifiant inconnu ou mot de passe incorrect.' },
  { pattern: /Too many failed logins/i, field: 'password', fr: () => "Trop d'échecs de connexion : réessayez dans quelques minutes." },
  { pattern: /Wrong current password/i, field: 'currentPassword', fr: () => "Mot de passe actuel incorrect : le mot de passe n'a pas été changé." },
  { pattern: /No open session has this id/i, fr: () => 'Cette session est déjà terminée.' },
  { pattern: /Wrong password/i, field: 'password', fr: () => "Mot de passe incorrect : le compte n'a pas été supprimé." },
  { pattern: /Coordinates must be|Latitude and longitude/i, field: 'position', fr: () => 'Cette position est invalide.' },
  { pattern: /Declare your home first|Set your home first/i, fr: () => "Indiquez d'abord votre domicile." },
  { pattern: /postal address has 10 to (\d+)/i, field: 'postalAddress', fr: (m) => `L'adresse postale a de 10 à ${m[1]} caractères.` },
  { pattern: /postcard is already on its way; its code is valid until (\S+)/i, field: 'postalAddress', fr: (m) => `Une carte est déjà en route ; son code est valable jusqu'au ${m[1]}.` },
  { pattern: /Wrong code/i, field: 'code', fr: () => 'Code incorrect. Il est maintenant annulé : demandez une nouvelle carte.' },
  { pattern: /burned after too many/i, field: 'code', fr: () => 'Ce code est annulé après trop de tentatives : demandez une nouvelle carte.' },
  { pattern: /No postcard code is waiting/i, field: 'code', fr: () => "Aucun code n'est en attente : demandez d'abord une carte." },
  { pattern: /already verified/i, fr: () => 'Déjà vérifié.' },
  { pattern: /already vouched for this resident/i, fr: () => 'Vous vous êtes déjà porté garant de ce voisin.' },
  { pattern: /vouched (\d+) times in the last (\d+) days/i, fr: (m) => `Vous vous êtes porté garant ${m[1]} fois ces ${m[2]} derniers jours.` },
  { pattern: /only vouch for neighbours within (\d+) blocks/i, fr: (m) => `Vous ne pouvez vous porter garant que de voisins à ${m[1]} pâtés de maisons au plus.` },
  { pattern: /Only verified residents/i, fr: () => 'Réservé aux voisins vérifiés : terminez votre vérification.' },
  { pattern: /neighbourhood name has 3 to (\d+)/i, field: 'name', fr: (m) => `Le nom du quartier a de 3 à ${m[1]} caractères.` },
  { pattern: /block already belongs to a neighbourhood: join it/i, field: 'name', fr: () => 'Votre pâté de maisons appartient déjà à un quartier : rejoignez-le.' },
  { pattern: /already belong to a neighbourhood/i, fr: () => "Vous faites déjà partie d'un quartier : quittez-le d'abord." },
  { pattern: /neither part of this neighbourhood nor next to it/i, fr: () => "Votre pâté de maisons n'est ni dans ce quartier ni à côté." },
  { pattern: /belongs to another neighbourhood/i, fr: () => 'Votre pâté de maisons appartient à un autre quartier : rejoignez celui-là.' },
  { pattern: /being reorganised/i, fr: () => 'Ce quartier est en cours de réorganisation : réessayez dans un instant.' },
  { pattern: /title must have 1 to (\d+)/i, field: 'title', fr: (m) => `Le titre a de 1 à ${m[1]} caractères.` },
  { pattern: /body may have at most (\d+)/i, field: 'body', fr: (m) => `Le texte a au plus ${m[1]} caractères.` },
  { pattern: /reason may have at most (\d+)/i, field: 'reason', fr: (m) => `Le motif a au plus ${m[1]} caractères.` },
  { pattern: /^place: at most (\d+) m from your neighbourhood/i, field: 'place', fr: (m) => `Le lieu de l'alerte est à au plus ${Number(m[1]) / 1000} km de votre quartier.` },
  { pattern: /^alertRadiusMeters: one of/i, field: 'radius', fr: () => 'Choisissez un des rayons proposés.' },
  { pattern: /alerts per hour/i, field: 'title', fr: () => "Trop d'alertes lancées cette heure-ci : réessayez plus tard." },
  { pattern: /loan ends after it starts/i, field: 'until', fr: () => 'Le prêt se termine après son début, et dans le futur.' },
  { pattern: /carpool runs on at least one weekday/i, field: 'weekdays', fr: () => 'Choisissez au moins un jour.' },
  { pattern: /deadline must be in the future/i, field: 'deadline', fr: () => "L'échéance doit être dans le futur." },
  { pattern: /deadline of this group purchase has passed/i, fr: () => "L'échéance de cet achat groupé est passée." },
  { pattern: /event starts in the future/i, field: 'startsAt', fr: () => "L'événement doit commencer dans le futur." },
  { pattern: /listing needs (\w+)/i, fr: (m) => `Il manque : ${m[1]}.` },
  { pattern: /carpool is full/i, fr: () => 'Ce covoiturage est complet.' },
  { pattern: /event is full/i, fr: () => 'Cet événement est complet.' },
  { pattern: /already have a seat/i, fr: () => 'Vous avez déjà une place.' },
  { pattern: /driver does not book/i, fr: () => 'Le conducteur ne réserve pas de place dans sa propre voiture.' },
  { pattern: /Thanks come after the listing is DONE/i, fr: () => "Les remerciements viennent une fois l'annonce terminée." },
  { pattern: /already thanked/i, fr: () => 'Vous avez déjà remercié cette personne pour cette annonce.' },
  { pattern: /reason is required/i, field: 'reason', fr: () => 'Indiquez un motif.' },
  { pattern: /reason is at most (\d+)/i, field: 'reason', fr: (m) => `Le motif a au plus ${m[1]} caractères.` },
  { pattern: /^text is required/i, field: 'text', fr: () => 'Écrivez votre texte.' },
  { pattern: /^text is at most (\d+)/i, field: 'text', fr: (m) => `Le texte a au plus ${m[1]} caractères.` },
  { pattern: /can be appealed once/i, fr: () => "Cette décision a déjà fait l'objet d'un appel : un seul appel par décision." },
  { pattern: /Only a decision that keeps your content hidden/i, fr: () => "Seule une décision qui masque votre contenu peut faire l'objet d'un appel." },
  { pattern: /Only the author can appeal/i, fr: () => "Seul l'auteur du contenu peut faire appel." },
  { pattern: /appeal is decided by an operator/i, fr: () => "Un appel est tranché par un opérateur ou un responsable d'un autre quartier qui n'a pas pris part à la décision." },
  { pattern: /appeal is already decided/i, fr: () => 'Cet appel est déjà tranché.' },
  { pattern: /content is already hidden/i, fr: () => 'Ce contenu est déjà masqué.' },
  { pattern: /content is not hidden/i, fr: () => "Ce contenu n'est pas masqué." },
  { pattern: /neither hidden nor reported/i, fr: () => "Ce contenu n'est ni masqué ni signalé." },
  { pattern: /last operator cannot be revoked/i, fr: () => 'Le dernier opérateur ne peut pas être retiré.' },
  { pattern: /already an operator/i, field: 'residentId', fr: () => 'Ce voisin est déjà opérateur.' },
  { pattern: /is not an operator/i, fr: () => "Ce voisin n'est pas opérateur." },
  { pattern: /^No such resident/i, field: 'residentId', fr: () => 'Aucun voisin avec cet identifiant.' },
  { pattern: /already reported/i, fr: () => 'Vous avez déjà signalé ce contenu.' },
  { pattern: /already resolved/i, fr: () => 'Cette alerte est déjà résolue.' },
  { pattern: /cannot go from (\w+) to (\w+)/i, fr: (m) => `Cette annonce ne peut pas passer de ${m[1]} à ${m[2]}.` },
  { pattern: /Agree with one of the residents who responded/i, field: 'counterpartId', fr: () => 'Choisissez un voisin qui a répondu.' },
  { pattern: /Join a neighbourhood/i, fr: () => "Rejoignez d'abord un quartier." },
  { pattern: /Only a lead/i, fr: () => 'Réservé aux responsables du quartier.' },
  { pattern: /Only operators/i, fr: () => 'Réservé aux opérateurs.' },
  { pattern: /Only members|for members of/i, fr: () => 'Réservé aux membres du quartier.' },
  { pattern: /Only the author/i, fr: () => "Réservé à l'auteur de l'annonce." },
  { pattern: /Only the raiser/i, fr: () => "Réservé à l'auteur de l'alerte ou aux responsables." },
  { pattern: /No such merge proposal.*expired/i, fr: () => "Cette proposition de fusion n'existe pas ou a expiré : un responsable peut la renouveler." },
  { pattern: /merge proposals can be open/i, fr: () => 'Trop de propositions de fusion ouvertes.' },
  { pattern: /cannot merge with itself|cannot absorb itself/i, fr: () => 'Un quartier ne peut pas fusionner avec lui-même.' },
];

const byCode: Record<string, string> = {
  UNAUTHENTICATED: 'Connectez-vous pour continuer.',
  FORBIDDEN: "Vous n'avez pas le droit de faire cela.",
  BAD_USER_INPUT: 'Cette saisie est invalide.',
  NOT_FOUND: 'Introuvable.',
  CONFLICT: 'Cette action est en conflit avec l’état actuel.',
  RATE_LIMITED: 'Trop de tentatives : réessayez plus tard.',
  NOT_VERIFIED: 'Réservé aux voisins vérifiés : terminez votre vérification.',
  INVALID_IDENTIFIER: "Cet identifiant n'a pas le bon format.",
  INVALID_CHECK_DIGIT: 'Cet identifiant est invalide : sa clé de contrôle ne correspond pas.',
  AREA_TOO_LARGE: 'Cette zone est trop grande.',
  INVALID_TOKEN: "Ce lien n'est plus valable (déjà utilisé, remplacé par un plus récent ou expiré).",
  NETWORK: 'Le serveur est injoignable : vérifiez votre connexion.',
};

/** One API error in French, with the field it concerns when the message tells it. */
export function translateError(code: string, message: string): FieldError {
  for (const rule of rules) {
    const m = message.match(rule.pattern);
    if (m) return { field: rule.field, code, message: rule.fr(m) };
  }
  return { code, message: byCode[code] ?? 'Une erreur est survenue.' };
}

/** All errors of a failed operation, translated. */
export function mapErrors(error: CombinedError | undefined | null): FieldError[] {
  if (!error) return [];
  if (error.networkError && error.graphQLErrors.length === 0) return [translateError('NETWORK', error.networkError.message)];
  return error.graphQLErrors.map((e) => translateError(String(e.extensions?.code ?? 'BAD_USER_INPUT'), e.message));
}

/** Errors keyed by field; form-wide ones under ''. */
export function errorsByField(errors: FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const key = e.field ?? '';
    out[key] = out[key] ? `${out[key]} ${e.message}` : e.message;
  }
  return out;
}
