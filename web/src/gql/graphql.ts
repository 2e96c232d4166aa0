/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** The `DateTimeOffset` scalar type represents a date, time and offset from UTC. `DateTimeOffset` expects timestamps to be formatted in accordance with the [ISO-8601](https://en.wikipedia.org/wiki/ISO_8601) standard. */
  DateTimeOffset: { input: string; output: string; }
  Long: { input: number; output: number; }
};

/** One of your sign-ins whose token still works. No address is kept: the device is the browser and system read from its user agent. */
export type ActiveSession = {
  __typename?: 'ActiveSession';
  /** Browser family (Firefox, Chrome…), null when not recognised. */
  browser?: Maybe<Scalars['String']['output']>;
  /** When you signed in. */
  createdAt: Scalars['DateTimeOffset']['output'];
  /** The session this request was made with. */
  current: Scalars['Boolean']['output'];
  /** When its token expires. */
  expiresAt: Scalars['DateTimeOffset']['output'];
  id: Scalars['ID']['output'];
  /** The last request made with it (saved within a minute). */
  lastSeenAt: Scalars['DateTimeOffset']['output'];
  /** Operating system (Android, iOS, Windows…), null when not recognised. */
  system?: Maybe<Scalars['String']['output']>;
};

/** An alert as one neighbourhood received it: sequence numbers are per neighbourhood and strictly increasing. */
export type Alert = {
  __typename?: 'Alert';
  body: Scalars['String']['output'];
  /** Hidden after reports by several members; hidden alerts leave listings and replays. */
  hidden: Scalars['Boolean']['output'];
  /** The alert's id, the same in every neighbourhood it reached. */
  id: Scalars['ID']['output'];
  kind: AlertKind;
  neighbourhoodId: Scalars['ID']['output'];
  /** The raiser's neighbourhood. */
  originNeighbourhoodId: Scalars['ID']['output'];
  /** Where it happens, when the raiser said: a block-sized H3 cell (res 9, about 0.1 km²) and its centre, never a precise point. */
  place?: Maybe<AlertPlace>;
  radiusMeters: Scalars['Int']['output'];
  raisedAt: Scalars['DateTimeOffset']['output'];
  raiser: AlertRaiser;
  resolved: Scalars['Boolean']['output'];
  resolvedAt?: Maybe<Scalars['DateTimeOffset']['output']>;
  /** Its number in this neighbourhood; pass the last one you got as `since` to catch up. */
  sequence: Scalars['Long']['output'];
  title: Scalars['String']['output'];
  /** On `alertUpdated`: the number of this change in the neighbourhood (pass the last one you got as its `since`); 0 elsewhere. */
  updateSequence: Scalars['Long']['output'];
};

/** What an alert is about. */
export type AlertKind =
  | 'EVENT'
  | 'LOST_ANIMAL'
  | 'URGENT'
  | 'VIGILANCE';

/** Alerts after a sequence number, oldest first. Continue from lastSequence while hasMore. */
export type AlertPage = {
  __typename?: 'AlertPage';
  alerts: Array<Alert>;
  hasMore: Scalars['Boolean']['output'];
  lastSequence: Scalars['Long']['output'];
  /** The neighbourhood whose numbering lastSequence is in: the one asked for, or after a merge the one it joined. Continue with this id. */
  neighbourhoodId: Scalars['ID']['output'];
};

export type AlertPlace = {
  __typename?: 'AlertPlace';
  /** The H3 cell (resolution 9). */
  cell: Scalars['String']['output'];
  /** Latitude of the cell's centre. */
  lat: Scalars['Float']['output'];
  /** Longitude of the cell's centre. */
  lng: Scalars['Float']['output'];
};

/** A point on the map, in degrees; the server keeps only its block-sized cell. */
export type AlertPlaceInput = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

/** Who raised an alert: their pseudo, never their home. */
export type AlertRaiser = {
  __typename?: 'AlertRaiser';
  id: Scalars['ID']['output'];
  pseudo: Scalars['String']['output'];
};

/** An official announcement of a verified town hall or public agency, labelled with its verified name. Who of its members published it is not shown. */
export type Announcement = {
  __typename?: 'Announcement';
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: AnnouncementKind;
  organisationId: Scalars['ID']['output'];
  /** The organisation's verified name when it published. */
  organisationName: Scalars['String']['output'];
  publishedAt: Scalars['DateTimeOffset']['output'];
  title: Scalars['String']['output'];
};

/** INFORMATION, WORKS, WEATHER_VIGILANCE or EMERGENCY. */
export type AnnouncementKind =
  | 'EMERGENCY'
  | 'INFORMATION'
  | 'WEATHER_VIGILANCE'
  | 'WORKS';

/** A page of your announcements, newest first; pass the last id as `after` for the next. */
export type AnnouncementPage = {
  __typename?: 'AnnouncementPage';
  hasNextPage: Scalars['Boolean']['output'];
  items: Array<Announcement>;
};

/** Server settings a client app needs: the map's tile server and whether this is a demo. */
export type AppConfig = {
  __typename?: 'AppConfig';
  /** This server runs with demo data. */
  demo: Scalars['Boolean']['output'];
  /** Demo mode: the demo residents anyone may sign in as. Empty otherwise. */
  demoAccounts: Array<DemoAccount>;
  /** The tile server's attribution (HTML), to show on the map. */
  tileAttribution?: Maybe<Scalars['String']['output']>;
  /** Map tile URL template ({s}, {z}, {x}, {y}); null: no tile server, draw outlines on a plain background. */
  tileUrl?: Maybe<Scalars['String']['output']>;
  /** The server's VAPID public key (base64url): the applicationServerKey of pushManager.subscribe, for registerWebPush. */
  vapidPublicKey: Scalars['String']['output'];
};

/** The author's appeal of a decision, decided before its deadline by a lead of the nearest other neighbourhood who took no part in it, or an operator. */
export type Appeal = {
  __typename?: 'Appeal';
  at: Scalars['DateTimeOffset']['output'];
  /** Undecided by then, the content is shown again. */
  deadline: Scalars['DateTimeOffset']['output'];
  decidedAt?: Maybe<Scalars['DateTimeOffset']['output']>;
  /** Who may decide it, chosen when it was made. */
  deciders: AppealDeciders;
  /** The decider's reason. */
  reason?: Maybe<Scalars['String']['output']>;
  status: AppealStatus;
  text: Scalars['String']['output'];
};

/** Who may decide an appeal: NEIGHBOURING_LEAD (a lead of the nearest other neighbourhood who took no part in the decision, or an operator) or OPERATORS (no such lead nearby). */
export type AppealDeciders =
  | 'NEIGHBOURING_LEAD'
  | 'OPERATORS';

/** PENDING, GRANTED (shown again), REFUSED, EXPIRED (undecided by the deadline: shown again) or CLOSED (a lead showed it again first). */
export type AppealStatus =
  | 'CLOSED'
  | 'EXPIRED'
  | 'GRANTED'
  | 'PENDING'
  | 'REFUSED';

export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTimeOffset']['output'];
  resident: Resident;
  /** Send it as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
};

/** A verified business's sponsored campaign (docs/organisations.md, "Sponsored campaigns"). */
export type Campaign = {
  __typename?: 'Campaign';
  /** The business's verified name when it was created. */
  advertiser: Scalars['String']['output'];
  createdAt: Scalars['DateTimeOffset']['output'];
  /** The operator's reason. */
  decision?: Maybe<Scalars['String']['output']>;
  /** Impressions counted so far (never more than bought). */
  delivered: Scalars['Int']['output'];
  endsAt: Scalars['DateTimeOffset']['output'];
  id: Scalars['ID']['output'];
  /** Impressions bought: one per resident per day. */
  impressions: Scalars['Int']['output'];
  /** What the business did to it since it was created (edits, pauses, cancellation), oldest first: for its members and operators (FORBIDDEN for others). */
  log: Array<CampaignLogEntry>;
  /** The targeted neighbourhoods; empty for the whole reach. */
  neighbourhoodIds: Array<Scalars['ID']['output']>;
  organisationId: Scalars['ID']['output'];
  startsAt: Scalars['DateTimeOffset']['output'];
  /** Impressions per neighbourhood, for the business's members and operators (FORBIDDEN for others). */
  statistics: CampaignStatistics;
  status: CampaignStatus;
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** The fields to change (absent or null: unchanged). A new title or text of an approved or paused campaign sends it back to the operators. */
export type CampaignChangesInput = {
  /** After startsAt and in the future; at most 90 days after startsAt. */
  endsAt?: InputMaybe<Scalars['DateTimeOffset']['input']>;
  /** Up to 50,000, and never fewer than those already delivered. */
  impressions?: InputMaybe<Scalars['Int']['input']>;
  startsAt?: InputMaybe<Scalars['DateTimeOffset']['input']>;
  /** 1–500 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** 1–80 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CampaignInput = {
  /** After startsAt and in the future; at most 90 days after startsAt. */
  endsAt: Scalars['DateTimeOffset']['input'];
  /** 1 to 50,000: one per resident per day. */
  impressions: Scalars['Int']['input'];
  /** Neighbourhoods of the business's reach (at most 20); none: the whole reach. */
  neighbourhoodIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsAt: Scalars['DateTimeOffset']['input'];
  /** 1–500 characters. */
  text: Scalars['String']['input'];
  /** 1–80 characters. */
  title: Scalars['String']['input'];
};

/** What the business did to its campaign: EDITED, PAUSED, RESUMED or CANCELLED. */
export type CampaignLogAction =
  | 'CANCELLED'
  | 'EDITED'
  | 'PAUSED'
  | 'RESUMED';

export type CampaignLogEntry = {
  __typename?: 'CampaignLogEntry';
  action: CampaignLogAction;
  /** The member who did it. */
  actorId: Scalars['ID']['output'];
  at: Scalars['DateTimeOffset']['output'];
  /** For an edit, the fields changed (title text startsAt endsAt impressions), and "; PENDING" when it went back to the operators. */
  detail: Scalars['String']['output'];
};

/** Aggregated per neighbourhood; a neighbourhood's figure is shown only where at least 10 residents were counted. Nobody is named. */
export type CampaignStatistics = {
  __typename?: 'CampaignStatistics';
  delivered: Scalars['Int']['output'];
  impressions: Scalars['Int']['output'];
  /** The threshold under which a neighbourhood's figure is withheld. */
  minResidents: Scalars['Int']['output'];
  neighbourhoods: Array<NeighbourhoodImpressions>;
};

/** PENDING (waiting for an operator), APPROVED (runs between its dates until its impressions are delivered), REJECTED (with the operator's reason), PAUSED by its business (served to nobody until resumed) or CANCELLED by its business (final). */
export type CampaignStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'PAUSED'
  | 'PENDING'
  | 'REJECTED';

export type Carpool = {
  __typename?: 'Carpool';
  /** Whether you hold a seat. */
  booked: Scalars['Boolean']['output'];
  /** Local time HH:mm. */
  departureTime: Scalars['String']['output'];
  /** Block cell (H3 res 9). */
  destinationCell: Scalars['String']['output'];
  /** Block cell (H3 res 9). */
  originCell: Scalars['String']['output'];
  seats: Scalars['Int']['output'];
  seatsLeft: Scalars['Int']['output'];
  seatsTaken: Scalars['Int']['output'];
  weekdays: Array<Weekday>;
};

export type CarpoolInput = {
  /** Local time HH:mm. */
  departureTime: Scalars['String']['input'];
  /** Block cell (H3 res 9). */
  destinationCell: Scalars['String']['input'];
  /** Block cell (H3 res 9). */
  originCell: Scalars['String']['input'];
  seats: Scalars['Int']['input'];
  weekdays: Array<Weekday>;
};

export type ChannelChoice = {
  __typename?: 'ChannelChoice';
  channel: NotificationChannel;
  kind: NotificationKind;
};

export type ChannelChoiceInput = {
  channel: NotificationChannel;
  kind: NotificationKind;
};

/** A partner service you let in, what it sees, since when. */
export type ConnectedService = {
  __typename?: 'ConnectedService';
  clientId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  scopes: Array<Scalars['String']['output']>;
  since: Scalars['DateTimeOffset']['output'];
};

export type Conversation = {
  __typename?: 'Conversation';
  createdAt: Scalars['DateTimeOffset']['output'];
  id: Scalars['ID']['output'];
  lastMessage?: Maybe<Message>;
  /** The listing it is about, while you may still see it. */
  listing?: Maybe<Listing>;
  messageCount: Scalars['Int']['output'];
  /** Newest first; pass endCursor as after for older ones. */
  messages: MessageConnection;
  participants: Array<Resident>;
};


export type ConversationMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A connection from an object to a list of objects of type `Conversation`. */
export type ConversationConnection = {
  __typename?: 'ConversationConnection';
  /** A list of all of the edges returned in the connection. */
  edges?: Maybe<Array<Maybe<ConversationEdge>>>;
  /** A list of all of the objects returned in the connection. This is a convenience field provided for quickly exploring the API; rather than querying for "{ edges { node } }" when no edge data is needed, this field can be used instead. Note that when clients like Relay need to fetch the "cursor" field on the edge to enable efficient pagination, this shortcut cannot be used, and the full "{ edges { node } } " version should be used instead. */
  items?: Maybe<Array<Maybe<Conversation>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** A count of the total number of objects in this connection, ignoring pagination. This allows a client to fetch the first five objects by passing "5" as the argument to `first`, then fetch the total count so it could display "5 of 83", for example. In cases where we employ infinite scrolling or don't have an exact count of entries, this field will return `null`. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection from an object to another object of type `Conversation`. */
export type ConversationEdge = {
  __typename?: 'ConversationEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node?: Maybe<Conversation>;
};

/** Give the part matching the kind: loan, carpool, groupPurchase, event, or page (LOCAL_PRODUCER / ASSOCIATION). */
export type CreateListingInput = {
  carpool?: InputMaybe<CarpoolInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it expires if still open; defaults depend on the kind. */
  endsAt?: InputMaybe<Scalars['DateTimeOffset']['input']>;
  event?: InputMaybe<EventInput>;
  groupPurchase?: InputMaybe<GroupPurchaseInput>;
  kind: ListingKind;
  loan?: InputMaybe<LoanInput>;
  page?: InputMaybe<ListingPageInput>;
  /** 0–3,000: also show it to neighbourhoods this close to your block. */
  radiusMeters?: InputMaybe<Scalars['Float']['input']>;
  title: Scalars['String']['input'];
};

export type CreateOrganisationInput = {
  /** At most 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** At most 500 characters. */
  hours?: InputMaybe<Scalars['String']['input']>;
  /** SIRET (14 digits) for a business or public agency, RNA (W and 9 digits) for an association, INSEE commune code for a town hall. */
  identifier: Scalars['String']['input'];
  kind: OrganisationKind;
  /** A business's premises, chosen on the map (public); refused for any other kind. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** 3–100 characters. */
  name: Scalars['String']['input'];
  /** Required for a business, refused for any other kind (at most 200 characters). */
  publicAddress?: InputMaybe<Scalars['String']['input']>;
};

export type DemoAccount = {
  __typename?: 'DemoAccount';
  password: Scalars['String']['output'];
  pseudo: Scalars['String']['output'];
  /** Who this resident is in the demo (in French). */
  role: Scalars['String']['output'];
};

/** How often the neighbourhood digest is emailed (at 07:00 local time; weekly: on Mondays). */
export type DigestFrequency =
  | 'DAILY'
  | 'OFF'
  | 'WEEKLY';

export type Event = {
  __typename?: 'Event';
  capacity: Scalars['Int']['output'];
  going: Scalars['Int']['output'];
  iAmGoing: Scalars['Boolean']['output'];
  place: Scalars['String']['output'];
  startsAt: Scalars['DateTimeOffset']['output'];
};

export type EventInput = {
  capacity: Scalars['Int']['input'];
  place: Scalars['String']['input'];
  startsAt: Scalars['DateTimeOffset']['input'];
};

export type FeedItem = {
  __typename?: 'FeedItem';
  author?: Maybe<Resident>;
  createdAt: Scalars['DateTimeOffset']['output'];
  /** Hidden by reports or a lead: clients drop such entries from the timeline. */
  hidden: Scalars['Boolean']['output'];
  /** The id of the post, listing or alert. */
  id: Scalars['ID']['output'];
  /** The listing itself, for LISTING entries. */
  listing?: Maybe<Listing>;
  listingKind?: Maybe<ListingKind>;
  /** Where it was published (a nearby neighbourhood for listings with a radius). */
  neighbourhoodId: Scalars['ID']['output'];
  /** The post itself, for POST entries. */
  post?: Maybe<Post>;
  /** The verified name of the association or business a listing was published for (author is then null). */
  publisher?: Maybe<Scalars['String']['output']>;
  snippet?: Maybe<Scalars['String']['output']>;
  /** For SPONSORED entries (labelled "Sponsorisé"): the campaign and its advertiser. */
  sponsored?: Maybe<SponsoredItem>;
  /** The listing status, or the alert's. */
  status?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  type: FeedItemType;
};

/** A connection from an object to a list of objects of type `FeedItem`. */
export type FeedItemConnection = {
  __typename?: 'FeedItemConnection';
  /** A list of all of the edges returned in the connection. */
  edges?: Maybe<Array<Maybe<FeedItemEdge>>>;
  /** A list of all of the objects returned in the connection. This is a convenience field provided for quickly exploring the API; rather than querying for "{ edges { node } }" when no edge data is needed, this field can be used instead. Note that when clients like Relay need to fetch the "cursor" field on the edge to enable efficient pagination, this shortcut cannot be used, and the full "{ edges { node } } " version should be used instead. */
  items?: Maybe<Array<Maybe<FeedItem>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** A count of the total number of objects in this connection, ignoring pagination. This allows a client to fetch the first five objects by passing "5" as the argument to `first`, then fetch the total count so it could display "5 of 83", for example. In cases where we employ infinite scrolling or don't have an exact count of entries, this field will return `null`. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection from an object to another object of type `FeedItem`. */
export type FeedItemEdge = {
  __typename?: 'FeedItemEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node?: Maybe<FeedItem>;
};

export type FeedItemType =
  | 'ALERT'
  | 'LISTING'
  | 'POST'
  | 'SPONSORED';

export type GroupPurchase = {
  __typename?: 'GroupPurchase';
  deadline: Scalars['DateTimeOffset']['output'];
  /** Your pledge, 0 if none. */
  myPledge: Scalars['Int']['output'];
  pledgedQuantity: Scalars['Int']['output'];
  pledgerCount: Scalars['Int']['output'];
  product: Scalars['String']['output'];
  targetQuantity: Scalars['Int']['output'];
  unit: Scalars['String']['output'];
};

export type GroupPurchaseInput = {
  deadline: Scalars['DateTimeOffset']['input'];
  product: Scalars['String']['input'];
  targetQuantity: Scalars['Int']['input'];
  unit: Scalars['String']['input'];
};

export type Listing = {
  __typename?: 'Listing';
  /** Null once the author's account is deleted, and for an organisation's listing (see organisationName) unless you wrote it. */
  author?: Maybe<Resident>;
  carpool?: Maybe<Carpool>;
  /** Who the author agreed with. */
  counterpart?: Maybe<Resident>;
  createdAt: Scalars['DateTimeOffset']['output'];
  description: Scalars['String']['output'];
  /** When an open listing expires (a group purchase: its deadline); null if it does not. */
  endsAt?: Maybe<Scalars['DateTimeOffset']['output']>;
  event?: Maybe<Event>;
  groupPurchase?: Maybe<GroupPurchase>;
  /** Hidden by reports or a lead; then seen only by its author and leads. */
  hidden: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ListingKind;
  loan?: Maybe<Loan>;
  /** The author's neighbourhood. */
  neighbourhoodId: Scalars['ID']['output'];
  /** The association or business it was published for, or null. */
  organisationId?: Maybe<Scalars['ID']['output']>;
  /** That organisation's verified name when published: shown as the author. */
  organisationName?: Maybe<Scalars['String']['output']>;
  /** LOCAL_PRODUCER and ASSOCIATION pages. */
  page?: Maybe<ListingPage>;
  /** Also shown to neighbourhoods within this distance. */
  radiusMeters: Scalars['Float']['output'];
  status: ListingStatus;
  title: Scalars['String']['output'];
};

/** A connection from an object to a list of objects of type `Listing`. */
export type ListingConnection = {
  __typename?: 'ListingConnection';
  /** A list of all of the edges returned in the connection. */
  edges?: Maybe<Array<Maybe<ListingEdge>>>;
  /** A list of all of the objects returned in the connection. This is a convenience field provided for quickly exploring the API; rather than querying for "{ edges { node } }" when no edge data is needed, this field can be used instead. Note that when clients like Relay need to fetch the "cursor" field on the edge to enable efficient pagination, this shortcut cannot be used, and the full "{ edges { node } } " version should be used instead. */
  items?: Maybe<Array<Maybe<Listing>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** A count of the total number of objects in this connection, ignoring pagination. This allows a client to fetch the first five objects by passing "5" as the argument to `first`, then fetch the total count so it could display "5 of 83", for example. In cases where we employ infinite scrolling or don't have an exact count of entries, this field will return `null`. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection from an object to another object of type `Listing`. */
export type ListingEdge = {
  __typename?: 'ListingEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node?: Maybe<Listing>;
};

/** The collaborative services: entraide, offers, troc and dons, loans, carpools, group purchases, events, local pages. */
export type ListingKind =
  | 'ASSOCIATION'
  | 'CARPOOL'
  | 'EVENT'
  | 'GIVEAWAY'
  | 'GROUP_PURCHASE'
  | 'HELP_REQUEST'
  | 'LOAN'
  | 'LOCAL_PRODUCER'
  | 'SERVICE_OFFER'
  | 'SWAP';

export type ListingPage = {
  __typename?: 'ListingPage';
  contact?: Maybe<Scalars['String']['output']>;
  openingHours?: Maybe<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
};

export type ListingPageInput = {
  contact?: InputMaybe<Scalars['String']['input']>;
  openingHours?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** OPEN → AGREED → DONE, or CANCELLED / EXPIRED; group purchases: OPEN → CONFIRMED (target reached) or FAILED (deadline). */
export type ListingStatus =
  | 'AGREED'
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DONE'
  | 'EXPIRED'
  | 'FAILED'
  | 'OPEN';

export type Loan = {
  __typename?: 'Loan';
  from: Scalars['DateTimeOffset']['output'];
  until: Scalars['DateTimeOffset']['output'];
};

export type LoanInput = {
  from: Scalars['DateTimeOffset']['input'];
  until: Scalars['DateTimeOffset']['input'];
};

/** Progress of geolocation verification: counting fixes so far and the distinct days they span. */
export type LocationFixPayload = {
  __typename?: 'LocationFixPayload';
  countingFixes: Scalars['Int']['output'];
  distinctDays: Scalars['Int']['output'];
  verification: Verification;
};

export type LoginInput = {
  /** Email or pseudo. */
  login: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type MergeProposal = {
  __typename?: 'MergeProposal';
  /** The proposing neighbourhood, or null if it no longer exists. */
  from?: Maybe<Neighbourhood>;
  id: Scalars['ID']['output'];
  proposedAt: Scalars['DateTimeOffset']['output'];
  /** The neighbourhood asked, or null if it no longer exists. */
  to?: Maybe<Neighbourhood>;
};

export type Message = {
  __typename?: 'Message';
  conversationId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  sender?: Maybe<Resident>;
  sentAt: Scalars['DateTimeOffset']['output'];
  text: Scalars['String']['output'];
};

/** A connection from an object to a list of objects of type `Message`. */
export type MessageConnection = {
  __typename?: 'MessageConnection';
  /** A list of all of the edges returned in the connection. */
  edges?: Maybe<Array<Maybe<MessageEdge>>>;
  /** A list of all of the objects returned in the connection. This is a convenience field provided for quickly exploring the API; rather than querying for "{ edges { node } }" when no edge data is needed, this field can be used instead. Note that when clients like Relay need to fetch the "cursor" field on the edge to enable efficient pagination, this shortcut cannot be used, and the full "{ edges { node } } " version should be used instead. */
  items?: Maybe<Array<Maybe<Message>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** A count of the total number of objects in this connection, ignoring pagination. This allows a client to fetch the first five objects by passing "5" as the argument to `first`, then fetch the total count so it could display "5 of 83", for example. In cases where we employ infinite scrolling or don't have an exact count of entries, this field will return `null`. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection from an object to another object of type `Message`. */
export type MessageEdge = {
  __typename?: 'MessageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node?: Maybe<Message>;
};

/** What a decision or log entry records. */
export type ModerationAction =
  | 'APPEALED'
  | 'APPEAL_REFUSED'
  | 'CAMPAIGN_APPROVED'
  | 'CAMPAIGN_REJECTED'
  | 'HIDDEN'
  | 'KEPT_HIDDEN'
  | 'LEAD_NAMED'
  | 'OPERATOR_GRANTED'
  | 'OPERATOR_REVOKED'
  | 'ORGANISATION_REJECTED'
  | 'ORGANISATION_VERIFIED'
  | 'PARTNER_REGISTERED'
  | 'PARTNER_REMOVED'
  | 'RESTORED'
  | 'VERIFIED';

/** The moderation of one piece of content: reports grouped, hidden or not, and every decision with its reason and appeal. */
export type ModerationCase = {
  __typename?: 'ModerationCase';
  /** Oldest first. */
  decisions: Array<ModerationDecisionRecord>;
  hidden: Scalars['Boolean']['output'];
  lastReportAt?: Maybe<Scalars['DateTimeOffset']['output']>;
  reasons: Array<ReportReason>;
  /** Distinct members who reported it since it was last restored. */
  reports: Scalars['Int']['output'];
  subject: ModerationSubject;
};

/** A connection from an object to a list of objects of type `ModerationCase`. */
export type ModerationCaseConnection = {
  __typename?: 'ModerationCaseConnection';
  /** A list of all of the edges returned in the connection. */
  edges?: Maybe<Array<Maybe<ModerationCaseEdge>>>;
  /** A list of all of the objects returned in the connection. This is a convenience field provided for quickly exploring the API; rather than querying for "{ edges { node } }" when no edge data is needed, this field can be used instead. Note that when clients like Relay need to fetch the "cursor" field on the edge to enable efficient pagination, this shortcut cannot be used, and the full "{ edges { node } } " version should be used instead. */
  items?: Maybe<Array<Maybe<ModerationCase>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** A count of the total number of objects in this connection, ignoring pagination. This allows a client to fetch the first five objects by passing "5" as the argument to `first`, then fetch the total count so it could display "5 of 83", for example. In cases where we employ infinite scrolling or don't have an exact count of entries, this field will return `null`. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection from an object to another object of type `ModerationCase`. */
export type ModerationCaseEdge = {
  __typename?: 'ModerationCaseEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node?: Maybe<ModerationCase>;
};

/** KEEP_HIDDEN (hidden content stays hidden), RESTORE (shown again, reports cleared) or HIDE. */
export type ModerationDecision =
  | 'HIDE'
  | 'KEEP_HIDDEN'
  | 'RESTORE';

/** A decision on content: by reports (no decider), a lead, an appeal's decider, or an appeal's deadline. */
export type ModerationDecisionRecord = {
  __typename?: 'ModerationDecisionRecord';
  action: ModerationAction;
  appeal?: Maybe<Appeal>;
  /** Whether the author may still appeal it (once). */
  appealable: Scalars['Boolean']['output'];
  at: Scalars['DateTimeOffset']['output'];
  /** True when reports (or a deadline) decided, not a person. */
  byReports: Scalars['Boolean']['output'];
  /** The id to appeal with appealModeration. */
  id: Scalars['ID']['output'];
  /** The decider's reason; for reports, the reasons reporters gave. */
  reason: Scalars['String']['output'];
};

/** A connection from an object to a list of objects of type `ModerationEntry`. */
export type ModerationEntryConnection = {
  __typename?: 'ModerationEntryConnection';
  /** A list of all of the edges returned in the connection. */
  edges?: Maybe<Array<Maybe<ModerationEntryEdge>>>;
  /** A list of all of the objects returned in the connection. This is a convenience field provided for quickly exploring the API; rather than querying for "{ edges { node } }" when no edge data is needed, this field can be used instead. Note that when clients like Relay need to fetch the "cursor" field on the edge to enable efficient pagination, this shortcut cannot be used, and the full "{ edges { node } } " version should be used instead. */
  items?: Maybe<Array<Maybe<ModerationLogEntry>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** A count of the total number of objects in this connection, ignoring pagination. This allows a client to fetch the first five objects by passing "5" as the argument to `first`, then fetch the total count so it could display "5 of 83", for example. In cases where we employ infinite scrolling or don't have an exact count of entries, this field will return `null`. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection from an object to another object of type `ModerationEntry`. */
export type ModerationEntryEdge = {
  __typename?: 'ModerationEntryEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node?: Maybe<ModerationLogEntry>;
};

/** One line of an append-only moderation log: who, what, when, why. */
export type ModerationLogEntry = {
  __typename?: 'ModerationLogEntry';
  action: ModerationAction;
  /** Who acted; null for reports, a deadline, or a deleted account (actorDeleted). */
  actor?: Maybe<Resident>;
  /** Who acted deleted their account since: shown as « compte supprimé ». */
  actorDeleted: Scalars['Boolean']['output'];
  at: Scalars['DateTimeOffset']['output'];
  /** True when reports or a deadline acted, not a person. */
  byReports: Scalars['Boolean']['output'];
  decisionId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  neighbourhoodId?: Maybe<Scalars['ID']['output']>;
  reason: Scalars['String']['output'];
  /** The resident concerned (the author of the content, the lead or operator named). */
  resident?: Maybe<Resident>;
  subjectId?: Maybe<Scalars['ID']['output']>;
  subjectType?: Maybe<ReportTarget>;
};

/** The reported or moderated content. */
export type ModerationSubject = {
  __typename?: 'ModerationSubject';
  /** Null once the author's account is deleted. */
  author?: Maybe<Resident>;
  createdAt: Scalars['DateTimeOffset']['output'];
  id: Scalars['ID']['output'];
  /** The neighbourhood whose leads moderate it. */
  neighbourhoodId: Scalars['ID']['output'];
  /** The title, or the start of a post. */
  title: Scalars['String']['output'];
  type: ReportTarget;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** A lead of the neighbourhood a proposal was made to accepts it: the two merge at once. Returns the survivor; the other id keeps answering as its alias. */
  acceptMerge: Neighbourhood;
  /** Operators (push gateway): acknowledges sent push messages, which leave their outboxes. Returns how many were pending. */
  ackPushMessages: Scalars['Int']['output'];
  /** An admin adds a verified resident as ADMIN or EDITOR, or changes a member's role (the last admin stays one). Returns the members. */
  addOrganisationMember: Array<OrganisationMember>;
  /** The author appeals a decision that keeps their content hidden, once per decision. Undecided by Voisinage:Moderation:AppealDeadline, the content is shown again. */
  appealModeration: ModerationCase;
  /** Operators: approves a pending campaign (in the moderation log); it runs between its dates. */
  approveCampaign: Campaign;
  /** Starts adding a passkey: the PublicKeyCredentialCreationOptions for navigator.credentials.create, as JSON (binary fields in base64url). Single use, valid five minutes; CONFLICT past 10 passkeys. */
  beginPasskeyRegistration: Scalars['String']['output'];
  /** Starts a sign-in with a passkey (no pseudo needed: the passkey names its account). RATE_LIMITED past 60 an hour from one address. */
  beginPasskeySignIn: PasskeyChallenge;
  /** Books a seat in an open carpool. */
  bookSeat: Listing;
  /** An admin or editor of the business cancels a pending, approved or paused campaign, for good. */
  cancelCampaign: Campaign;
  /** Gives your carpool seat back. */
  cancelSeat: Listing;
  /** Changes your password: the current one is required (FORBIDDEN if wrong; failures count towards the login lock). Every other token is revoked; the answer carries a new one (and a new session cookie). */
  changePassword: AuthPayload;
  /** Confirms your email address with the token of the link mailed at sign-up (INVALID_TOKEN if unknown, used or replaced by a newer email). */
  confirmEmail: Scalars['Boolean']['output'];
  /** Confirms the code of your postcard. Five wrong attempts burn it. */
  confirmPostcardCode: Resident;
  /** An admin or editor of a verified business with a reach creates a sponsored campaign, PENDING until an operator approves it (FORBIDDEN for a non-member or another kind, NOT_VERIFIED, CONFLICT without a reach). At most 10 per 30 days. */
  createCampaign: Campaign;
  /** Verified members publish a listing to their neighbourhood (and, with radiusMeters, to nearby ones). */
  createListing: Listing;
  /** A verified resident creates an organisation and becomes its admin; it is PENDING until an operator verifies it. The identifier is checked (INVALID_IDENTIFIER, INVALID_CHECK_DIGIT). At most 3 per 30 days. */
  createOrganisation: Organisation;
  /** Verified members post to their neighbourhood's feed. */
  createPost: Post;
  /** An operator, or a lead of another neighbourhood who took no part in the decision, grants an appeal (the content is shown again) or refuses it, with a reason. */
  decideAppeal: ModerationCase;
  /** A lead of the content's neighbourhood decides (HIDE, KEEP_HIDDEN, RESTORE) with a reason, which is logged and told to the author. */
  decideModeration: ModerationCase;
  /** Deletes your account after checking your password: your content is anonymised; membership, home, vouches, tokens and connected partner services are gone. */
  deleteMyAccount: Scalars['Boolean']['output'];
  /** An admin or editor of the business changes a campaign's title, text, dates or impressions (never below those delivered). A new title or text of an approved or paused campaign sends it back to the operators (PENDING). CONFLICT once rejected or cancelled. */
  editCampaign: Campaign;
  /** Everything Voisinage holds about you, as a JSON document. */
  exportMyData: Scalars['String']['output'];
  /** Keeps the passkey the authenticator created (the PublicKeyCredential as JSON, binary fields in base64url) under a name of 1 to 60 characters. BAD_USER_INPUT if it does not verify; INVALID_TOKEN if the registration expired or was used. */
  finishPasskeyRegistration: Passkey;
  /** Signs in with the authenticator's assertion (the PublicKeyCredential as JSON, binary fields in base64url): a session like a password sign-in. INVALID_TOKEN for an unknown, used or expired challenge; UNAUTHENTICATED for an unknown or removed passkey or one that does not verify. */
  finishPasskeySignIn: AuthPayload;
  /** Verified residents whose block belongs to no neighbourhood found one; its id is the block's H3 index. */
  foundNeighbourhood: Neighbourhood;
  /** Operators: makes a resident an operator, with a reason (in the operators' log). Effective at once on every front-end. Returns the operators. */
  grantOperator: Array<Resident>;
  /** Never shows you this advertiser's sponsored items again (an organisation id). Returns true. */
  hideAdvertiser: Scalars['Boolean']['output'];
  /** Joins the neighbourhood owning your block, or grows it by your block when it is unowned and adjacent. */
  joinNeighbourhood: Neighbourhood;
  /** Leaves your neighbourhood; the last member to leave dissolves it. */
  leaveNeighbourhood: Scalars['Boolean']['output'];
  /** Exchanges an email or pseudo and a password for a bearer token. Five failures in 15 minutes lock the account for the rest of the window. */
  login: AuthPayload;
  /** Ends the current session: its token stops working at once (other sessions stay open; see mySessions) and the session cookie set by `register` or `login` is cleared. */
  logout: Scalars['Boolean']['output'];
  /** Revokes every token of your account (every browser and device is signed out) and clears this browser's session cookie. */
  logoutEverywhere: Scalars['Boolean']['output'];
  /** Marks your notifications read up to the one with id upTo (omitted: all). Returns how many stay unread. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Operators: acknowledges printed postcards; their addresses and codes are erased. Returns how many were pending. */
  markPostcardsSent: Scalars['Int']['output'];
  /** A lead makes another member of their neighbourhood a lead. */
  nameLead: Scalars['Boolean']['output'];
  /** An admin or editor of the business pauses an approved campaign: it is served to nobody until resumed. */
  pauseCampaign: Campaign;
  /** Sets your pledge on an open group purchase; the pledge that reaches the target confirms it. */
  pledge: Listing;
  /** A lead proposes to merge their neighbourhood with an adjacent one. A lead of the other accepts with acceptMerge; the one with more members survives. */
  proposeMerge: MergeProposal;
  /** An admin or editor of a verified town hall or public agency with a drawn area publishes an announcement to the residents whose home lies in the area (FORBIDDEN, NOT_VERIFIED, CONFLICT without an area; title ≤ 120, body ≤ 4000 characters). At most 10 per day. */
  publishAnnouncement: Announcement;
  /** An admin or editor of a verified association or business publishes an EVENT, SERVICE_OFFER, HELP_REQUEST (a volunteering call) or GIVEAWAY for it, in 1 to 20 neighbourhoods of its reach (no radius): shown under the organisation's verified name, never the member's, and on its page. FORBIDDEN for a non-member or another kind, NOT_VERIFIED, CONFLICT without a reach, BAD_USER_INPUT outside the reach. Spends the listing quota. */
  publishOrganisationListing: Listing;
  /** Verified members: warns your neighbourhood and every neighbourhood within radiusMeters (0–3,000) of your block. At most 3 per hour. */
  raiseAlert: Alert;
  /** A verified member of a neighbourhood recommends a verified business or association; once per resident (again: no change). At most 30 per hour. */
  recommendOrganisation: RecommendationCounts;
  /** Opens an account: one pseudo and password for every service. Returns a token. */
  register: AuthPayload;
  /** Operators: registers a partner service (authorization code + PKCE; logged). A confidential client's secret is in the answer, this once. */
  registerPartnerClient: PartnerClientRegistration;
  /** Registers this device for push notifications of alerts. Register again on each app start: it also follows a change of neighbourhood. */
  registerPushDevice: PushDevice;
  /** Turns Web Push notifications on for this browser: give its PushSubscription (made with appConfig.vapidPublicKey). Registering it again is harmless; the app does on each start. */
  registerWebPush: PushDevice;
  /** Operators: rejects a pending campaign with a reason (in the moderation log, shown to the business). */
  rejectCampaign: Campaign;
  /** Operators: rejects an organisation with a reason (in the moderation log, shown to its members). */
  rejectOrganisation: Organisation;
  /** An admin removes a member, or you leave (your own id). The last admin cannot leave (CONFLICT). Returns the members. */
  removeOrganisationMember: Array<OrganisationMember>;
  /** Operators: removes a partner service, with a reason (logged); every sign-in and token it held ends. */
  removePartnerClient: Scalars['Boolean']['output'];
  /** Removes one of your passkeys: it signs in no more. NOT_FOUND if it is not yours. */
  removePasskey: Scalars['Boolean']['output'];
  /** Reports content that breaks the rules, once (CONFLICT again), with an optional reason. Reports from Voisinage:Moderation:ReportsToHide (3) distinct members hide it; its author is told why and may appeal. An official announcement (ANNOUNCEMENT) is reported by residents it reached to the operators' queue, and only an operator hides (withdraws) it. */
  report: ReportPayload;
  /** Mails a single-use password-reset link (valid 1 hour) if an account has this email. The answer is the same either way. At most 5 per hour per email and 20 per client address. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Mails a single-use code to your home. The address is kept only until the postcard goes to the printer. */
  requestPostcard: PostcardPayload;
  /** Mails a new confirmation link (the previous one stops working); nothing when already confirmed. At most 5 per day. */
  resendEmailConfirmation: Scalars['Boolean']['output'];
  /** Sets a new password with the token of a reset link (once; INVALID_TOKEN if used, replaced or expired). Every earlier session is signed out; the answer signs you in. */
  resetPassword: AuthPayload;
  /** The raiser or a lead of the raiser's neighbourhood marks an alert resolved, for everyone it reached. */
  resolveAlert: Alert;
  /** Opens a private conversation with the author (the same one if you respond again), with an optional first message. */
  respondToListing: Conversation;
  /** An admin or editor of the business resumes a paused campaign. */
  resumeCampaign: Campaign;
  /** Ends what you let a partner service see: its tokens stop working at once, and it will ask again. Returns your connected services. */
  revokeConnectedService: Array<ConnectedService>;
  /** Operators: revokes an operator (not the last one), with a reason (in the operators' log). Effective at once. Returns the operators. */
  revokeOperator: Array<Resident>;
  /** Ends one of your sessions (a lost phone, a shared computer): its token stops working at once. NOT_FOUND if you have no open session with this id. Returns the sessions left. */
  revokeSession: Array<ActiveSession>;
  /** Attends an open event within its capacity (going: false to withdraw). */
  rsvp: Listing;
  /** Writes in one of your conversations; the other participant receives it live (messageReceived). */
  sendMessage: Message;
  /** Declares your home. Only its H3 cell (res 10) is kept, never the coordinates. Moving drops your verification and membership. */
  setHome: Resident;
  /** Replaces your notification preferences. Enforced by the server on every channel; urgent alerts cross quiet hours. */
  setNotificationPreferences: NotificationPreferences;
  /** An admin of a town hall or public agency draws the area it serves: a GeoJSON Polygon or MultiPolygon ([longitude, latitude] positions, holes allowed). Kept as the home cells whose centres lie in it; AREA_TOO_LARGE past the cap. */
  setOrganisationArea: Organisation;
  /** An admin of an association or business sets its reach: neighbourhoods among reachCandidates (at most 20), or a radius (100–5000 m) around a business's premises, whose point (chosen on the map) may be given here. Logged. */
  setOrganisationReach: Organisation;
  /** A location fix taken at home. Three fixes within 50 m accuracy, at most one cell from home, on two different days (Europe/Paris) verify you. */
  submitLocationFix: LocationFixPayload;
  /** After DONE, thanks the other side of a listing (author ↔ participant), once. */
  thank: Scalars['Boolean']['output'];
  /** Shows this advertiser's sponsored items again. Returns true. */
  unhideAdvertiser: Scalars['Boolean']['output'];
  /** Withdraws your pledge while the group purchase is open. */
  unpledge: Listing;
  /** Withdraws your recommendation, if any. */
  unrecommendOrganisation: RecommendationCounts;
  /** Turns Web Push notifications off for this browser (its subscription's endpoint): no more pushes, pending ones dropped. False if it was not registered. */
  unregisterWebPush: Scalars['Boolean']['output'];
  /** The author moves the listing on: AGREED (with counterpartId, one of the residents who responded), DONE, CANCELLED, or back to OPEN. */
  updateListingStatus: Listing;
  /** Operators: verifies an organisation (in the moderation log); it may then publish under its name. */
  verifyOrganisation: Organisation;
  /** Vouches that a resident lives within 2 blocks of you. Two vouches from verified neighbours verify them. At most 5 vouches per 30 days. */
  vouchFor: VouchPayload;
};


export type MutationAcceptMergeArgs = {
  proposalId: Scalars['ID']['input'];
};


export type MutationAckPushMessagesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationAddOrganisationMemberArgs = {
  organisationId: Scalars['ID']['input'];
  residentId: Scalars['ID']['input'];
  role: OrganisationRole;
};


export type MutationAppealModerationArgs = {
  decisionId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationApproveCampaignArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationBookSeatArgs = {
  listingId: Scalars['ID']['input'];
};


export type MutationCancelCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelSeatArgs = {
  listingId: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationConfirmEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationConfirmPostcardCodeArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateCampaignArgs = {
  input: CampaignInput;
  organisationId: Scalars['ID']['input'];
};


export type MutationCreateListingArgs = {
  input: CreateListingInput;
};


export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


export type MutationCreatePostArgs = {
  text: Scalars['String']['input'];
};


export type MutationDecideAppealArgs = {
  decisionId: Scalars['ID']['input'];
  grant: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDecideModerationArgs = {
  decision: ModerationDecision;
  reason: Scalars['String']['input'];
  targetId: Scalars['ID']['input'];
  targetType: ReportTarget;
};


export type MutationDeleteMyAccountArgs = {
  password: Scalars['String']['input'];
};


export type MutationEditCampaignArgs = {
  id: Scalars['ID']['input'];
  input: CampaignChangesInput;
};


export type MutationFinishPasskeyRegistrationArgs = {
  name: Scalars['String']['input'];
  response: Scalars['String']['input'];
};


export type MutationFinishPasskeySignInArgs = {
  challengeId: Scalars['ID']['input'];
  response: Scalars['String']['input'];
};


export type MutationFoundNeighbourhoodArgs = {
  name: Scalars['String']['input'];
};


export type MutationGrantOperatorArgs = {
  reason: Scalars['String']['input'];
  residentId: Scalars['ID']['input'];
};


export type MutationHideAdvertiserArgs = {
  organisationId: Scalars['ID']['input'];
};


export type MutationJoinNeighbourhoodArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkNotificationsReadArgs = {
  upTo?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationMarkPostcardsSentArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationNameLeadArgs = {
  neighbourhoodId: Scalars['ID']['input'];
  residentId: Scalars['ID']['input'];
};


export type MutationPauseCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPledgeArgs = {
  listingId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};


export type MutationProposeMergeArgs = {
  neighbourhoodId: Scalars['ID']['input'];
};


export type MutationPublishAnnouncementArgs = {
  body: Scalars['String']['input'];
  kind: AnnouncementKind;
  organisationId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationPublishOrganisationListingArgs = {
  input: CreateListingInput;
  neighbourhoodIds: Array<Scalars['ID']['input']>;
  organisationId: Scalars['ID']['input'];
};


export type MutationRaiseAlertArgs = {
  body?: InputMaybe<Scalars['String']['input']>;
  kind: AlertKind;
  place?: InputMaybe<AlertPlaceInput>;
  radiusMeters?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
};


export type MutationRecommendOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRegisterPartnerClientArgs = {
  input: RegisterPartnerClientInput;
};


export type MutationRegisterPushDeviceArgs = {
  platform: PushPlatform;
  token: Scalars['String']['input'];
};


export type MutationRegisterWebPushArgs = {
  subscription: WebPushSubscriptionInput;
};


export type MutationRejectCampaignArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectOrganisationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveOrganisationMemberArgs = {
  organisationId: Scalars['ID']['input'];
  residentId: Scalars['ID']['input'];
};


export type MutationRemovePartnerClientArgs = {
  clientId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemovePasskeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReportArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  targetId: Scalars['ID']['input'];
  targetType: ReportTarget;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationRequestPostcardArgs = {
  postalAddress: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationResolveAlertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRespondToListingArgs = {
  listingId: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationResumeCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeConnectedServiceArgs = {
  clientId: Scalars['ID']['input'];
};


export type MutationRevokeOperatorArgs = {
  reason: Scalars['String']['input'];
  residentId: Scalars['ID']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRsvpArgs = {
  going?: InputMaybe<Scalars['Boolean']['input']>;
  listingId: Scalars['ID']['input'];
};


export type MutationSendMessageArgs = {
  conversationId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationSetHomeArgs = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};


export type MutationSetNotificationPreferencesArgs = {
  input: NotificationPreferencesInput;
};


export type MutationSetOrganisationAreaArgs = {
  geoJson: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
};


export type MutationSetOrganisationReachArgs = {
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  neighbourhoodIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  organisationId: Scalars['ID']['input'];
  radiusMeters?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSubmitLocationFixArgs = {
  accuracyMeters: Scalars['Float']['input'];
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};


export type MutationThankArgs = {
  listingId: Scalars['ID']['input'];
  residentId: Scalars['ID']['input'];
};


export type MutationUnhideAdvertiserArgs = {
  organisationId: Scalars['ID']['input'];
};


export type MutationUnpledgeArgs = {
  listingId: Scalars['ID']['input'];
};


export type MutationUnrecommendOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnregisterWebPushArgs = {
  endpoint: Scalars['String']['input'];
};


export type MutationUpdateListingStatusArgs = {
  counterpartId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  status: ListingStatus;
};


export type MutationVerifyOrganisationArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationVouchForArgs = {
  residentId: Scalars['ID']['input'];
};

export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  /** The outline as a GeoJSON geometry (Polygon, coordinates [lng, lat]), for map clients. */
  boundary: Scalars['String']['output'];
  /** Block cells (H3 res 9). */
  cells: Array<Scalars['String']['output']>;
  /** The H3 index of the founding block cell. */
  id: Scalars['ID']['output'];
  /** Members only; null for anyone else. */
  leads?: Maybe<Array<Resident>>;
  memberCount: Scalars['Int']['output'];
  /** Members only (FORBIDDEN for anyone else): the members with their pseudo and whether they lead, in a stable order. */
  members?: Maybe<NeighbourhoodMemberConnection>;
  /** Members only: merge proposals this neighbourhood made or received and that are still open. */
  mergeProposals?: Maybe<Array<MergeProposal>>;
  name: Scalars['String']['output'];
};


export type NeighbourhoodMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type NeighbourhoodImpressions = {
  __typename?: 'NeighbourhoodImpressions';
  /** Null when fewer than 10 residents were counted there ("moins de 10"). */
  impressions?: Maybe<Scalars['Int']['output']>;
  /** The neighbourhood's name, or null once it is gone. */
  name?: Maybe<Scalars['String']['output']>;
  neighbourhoodId: Scalars['ID']['output'];
};

/** A member of a neighbourhood, as the other members see them: never their home. */
export type NeighbourhoodMember = {
  __typename?: 'NeighbourhoodMember';
  /** The resident's id. */
  id: Scalars['ID']['output'];
  /** Whether this member is one of the neighbourhood's leads. */
  isLead: Scalars['Boolean']['output'];
  pseudo: Scalars['String']['output'];
};

/** A connection from an object to a list of objects of type `NeighbourhoodMember`. */
export type NeighbourhoodMemberConnection = {
  __typename?: 'NeighbourhoodMemberConnection';
  /** A list of all of the edges returned in the connection. */
  edges?: Maybe<Array<Maybe<NeighbourhoodMemberEdge>>>;
  /** A list of all of the objects returned in the connection. This is a convenience field provided for quickly exploring the API; rather than querying for "{ edges { node } }" when no edge data is needed, this field can be used instead. Note that when clients like Relay need to fetch the "cursor" field on the edge to enable efficient pagination, this shortcut cannot be used, and the full "{ edges { node } } " version should be used instead. */
  items?: Maybe<Array<Maybe<NeighbourhoodMember>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** A count of the total number of objects in this connection, ignoring pagination. This allows a client to fetch the first five objects by passing "5" as the argument to `first`, then fetch the total count so it could display "5 of 83", for example. In cases where we employ infinite scrolling or don't have an exact count of entries, this field will return `null`. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection from an object to another object of type `NeighbourhoodMember`. */
export type NeighbourhoodMemberEdge = {
  __typename?: 'NeighbourhoodMemberEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node?: Maybe<NeighbourhoodMember>;
};

/** Something that happened to you: a group purchase confirmed or failed, a message received… */
export type Notification = {
  __typename?: 'Notification';
  at: Scalars['DateTimeOffset']['output'];
  id: Scalars['ID']['output'];
  /** GROUP_PURCHASE_CONFIRMED, GROUP_PURCHASE_FAILED, MESSAGE, or about your content's moderation: CONTENT_HIDDEN, CONTENT_KEPT_HIDDEN, CONTENT_RESTORED, APPEAL_REFUSED… */
  kind: Scalars['String']['output'];
  /** The listing it is about, if any (for moderation notices, the listing, post or alert). */
  listingId?: Maybe<Scalars['ID']['output']>;
  read: Scalars['Boolean']['output'];
  /** What happened, in French. */
  text: Scalars['String']['output'];
  /** The app's page about it (a path). */
  url: Scalars['String']['output'];
};

export type NotificationChannel =
  | 'IN_APP'
  | 'PUSH';

/** A connection from an object to a list of objects of type `Notification`. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** A list of all of the edges returned in the connection. */
  edges?: Maybe<Array<Maybe<NotificationEdge>>>;
  /** A list of all of the objects returned in the connection. This is a convenience field provided for quickly exploring the API; rather than querying for "{ edges { node } }" when no edge data is needed, this field can be used instead. Note that when clients like Relay need to fetch the "cursor" field on the edge to enable efficient pagination, this shortcut cannot be used, and the full "{ edges { node } } " version should be used instead. */
  items?: Maybe<Array<Maybe<Notification>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** A count of the total number of objects in this connection, ignoring pagination. This allows a client to fetch the first five objects by passing "5" as the argument to `first`, then fetch the total count so it could display "5 of 83", for example. In cases where we employ infinite scrolling or don't have an exact count of entries, this field will return `null`. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** Unread notifications, all pages together. */
  unreadCount: Scalars['Int']['output'];
};

/** An edge in a connection from an object to another object of type `Notification`. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node?: Maybe<Notification>;
};

export type NotificationEvent = {
  __typename?: 'NotificationEvent';
  notification: Notification;
  unreadCount: Scalars['Int']['output'];
};

/** What a notification is about: alerts by category, messages, news of my listings and pledges. */
export type NotificationKind =
  | 'ALERT_EVENT'
  | 'ALERT_LOST_ANIMAL'
  | 'ALERT_URGENT'
  | 'ALERT_VIGILANCE'
  | 'ANNOUNCEMENT'
  | 'LISTING'
  | 'MESSAGE';

/** Every kind goes on every channel except those turned off. */
export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  /** Alerts that name a place notify you (push) only within this distance of your home; null: the whole neighbourhood. Urgent alerts and alerts without a place always do. */
  alertRadiusMeters?: Maybe<Scalars['Int']['output']>;
  digest: DigestFrequency;
  off: Array<ChannelChoice>;
  quietHours?: Maybe<QuietHours>;
};

export type NotificationPreferencesInput = {
  /** 500, 1000, 2000 or 5000 metres; null or omitted: the whole neighbourhood. */
  alertRadiusMeters?: InputMaybe<Scalars['Int']['input']>;
  /** The email digest; omitted: OFF. */
  digest?: InputMaybe<DigestFrequency>;
  /** The kinds turned off, per channel. */
  off: Array<ChannelChoiceInput>;
  /** Null: no quiet hours. */
  quietHours?: InputMaybe<QuietHoursInput>;
};

/** A town hall, public agency, association or business. The only address ever shown is a business's public address. */
export type Organisation = {
  __typename?: 'Organisation';
  /** How many home cells (H3 res 10, about 0.015 km² each) the area it serves covers; 0 until a town hall or agency draws it. */
  areaCellCount: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeOffset']['output'];
  /** The operator's reason (why it was rejected). */
  decision?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  /** Opening hours, as the organisation writes them. */
  hours: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** SIRET, RNA number or INSEE commune code (public registers). */
  identifier: Scalars['String']['output'];
  kind: OrganisationKind;
  /** A business's premises, chosen on the map (public like its address); null otherwise. */
  latitude?: Maybe<Scalars['Float']['output']>;
  /** Its current events and offers (open, newest first), public like the page: at most first (1–50), after a listing id. */
  listings: OrganisationListingPage;
  /** Every change, oldest first: for its admins and operators (FORBIDDEN for others). */
  log: Array<OrganisationLogEntry>;
  longitude?: Maybe<Scalars['Float']['output']>;
  /** Its members and roles: for its members and operators (FORBIDDEN for others). */
  members: Array<OrganisationMember>;
  /** Your role in it, or null. */
  myRole?: Maybe<OrganisationRole>;
  name: Scalars['String']['output'];
  /** Its last member's account was deleted: nobody acts for it until an operator names an admin (addOrganisationMember). */
  orphaned: Scalars['Boolean']['output'];
  /** A business's premises; null for every other kind. */
  publicAddress?: Maybe<Scalars['String']['output']>;
  /** An association's or business's reach: neighbourhoods or a radius around the premises; null until set. */
  reach?: Maybe<OrganisationReach>;
  /** For its admins: the neighbourhoods it may reach (its members' own and those near them or near a business's premises). FORBIDDEN for others. */
  reachCandidates: Array<ReachCandidate>;
  /** How many residents recommend it, whether you do, and how many in your neighbourhood (nobody is named). */
  recommendations: RecommendationCounts;
  status: OrganisationStatus;
};


/** A town hall, public agency, association or business. The only address ever shown is a business's public address. */
export type OrganisationListingsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** COMMUNE (town hall: INSEE commune code), PUBLIC_AGENCY (SIRET), ASSOCIATION (RNA number) or BUSINESS (business or producer: SIRET and a public address). */
export type OrganisationKind =
  | 'ASSOCIATION'
  | 'BUSINESS'
  | 'COMMUNE'
  | 'PUBLIC_AGENCY';

/** An event or offer an association or business published, on its public page. */
export type OrganisationListing = {
  __typename?: 'OrganisationListing';
  createdAt: Scalars['DateTimeOffset']['output'];
  endsAt?: Maybe<Scalars['DateTimeOffset']['output']>;
  /** The listing's id (members of its neighbourhoods open it with listing(id)). */
  id: Scalars['ID']['output'];
  kind: ListingKind;
  /** The names of the neighbourhoods it was published in. */
  neighbourhoods: Array<Scalars['String']['output']>;
  /** An event's place. */
  place?: Maybe<Scalars['String']['output']>;
  /** An event's start. */
  startsAt?: Maybe<Scalars['DateTimeOffset']['output']>;
  /** The description's first 280 characters. */
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type OrganisationListingPage = {
  __typename?: 'OrganisationListingPage';
  hasNextPage: Scalars['Boolean']['output'];
  /** Newest first. */
  items: Array<OrganisationListing>;
};

/** What an organisation log entry records. */
export type OrganisationLogAction =
  | 'ADMIN_SUCCEEDED'
  | 'AREA_SET'
  | 'CREATED'
  | 'MEMBER_ADDED'
  | 'MEMBER_DELETED'
  | 'MEMBER_REMOVED'
  | 'ORPHANED'
  | 'REACH_SET'
  | 'REJECTED'
  | 'ROLE_CHANGED'
  | 'VERIFIED';

export type OrganisationLogEntry = {
  __typename?: 'OrganisationLogEntry';
  action: OrganisationLogAction;
  actorId: Scalars['ID']['output'];
  at: Scalars['DateTimeOffset']['output'];
  /** The role given, the kind created, or the operator's reason. */
  detail: Scalars['String']['output'];
  /** The member concerned. */
  residentId?: Maybe<Scalars['ID']['output']>;
};

export type OrganisationMember = {
  __typename?: 'OrganisationMember';
  /** Null once the account is deleted. */
  resident?: Maybe<Resident>;
  residentId: Scalars['ID']['output'];
  role: OrganisationRole;
  since: Scalars['DateTimeOffset']['output'];
};

/** Where an association or business reaches: the neighbourhoods it chose, or a radius around a business's premises. */
export type OrganisationReach = {
  __typename?: 'OrganisationReach';
  /** As chosen (empty for a radius). */
  neighbourhoodIds: Array<Scalars['ID']['output']>;
  /** The chosen neighbourhoods with their names (those gone since are left out). */
  neighbourhoods: Array<ReachNeighbourhood>;
  radiusMeters?: Maybe<Scalars['Int']['output']>;
};

/** ADMIN (manages members and publishes) or EDITOR (publishes). */
export type OrganisationRole =
  | 'ADMIN'
  | 'EDITOR';

/** PENDING (waiting for an operator), VERIFIED or REJECTED (with the operator's reason). */
export type OrganisationStatus =
  | 'PENDING'
  | 'REJECTED'
  | 'VERIFIED';

/** Information about pagination in a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** When paginating forwards, the cursor to continue. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** When paginating forwards, are there more items? */
  hasNextPage: Scalars['Boolean']['output'];
  /** When paginating backwards, are there more items? */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** When paginating backwards, the cursor to continue. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Operators: a partner service that signs residents in with Voisinage (OpenID Connect, docs/partners.md). */
export type PartnerClient = {
  __typename?: 'PartnerClient';
  clientId: Scalars['ID']['output'];
  /** True: it authenticates with a secret (a server); false: a public client (PKCE only). */
  confidential: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  postLogoutRedirectUris: Array<Scalars['String']['output']>;
  redirectUris: Array<Scalars['String']['output']>;
  /** The scopes it may ask for. */
  scopes: Array<Scalars['String']['output']>;
};

export type PartnerClientRegistration = {
  __typename?: 'PartnerClientRegistration';
  client: PartnerClient;
  /** A confidential client's secret, shown this once (stored hashed). */
  clientSecret?: Maybe<Scalars['String']['output']>;
};

/** What the consent page shows: the partner, what it may ask for, and what you already let it see. */
export type PartnerConsent = {
  __typename?: 'PartnerConsent';
  allowedScopes: Array<Scalars['String']['output']>;
  clientId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Scopes you agreed to share with this partner with "remember my choice" (empty when not signed in). */
  rememberedScopes: Array<Scalars['String']['output']>;
};

/** One of your passkeys (a WebAuthn credential kept by a phone, a computer or a security key). Its key never leaves the server. */
export type Passkey = {
  __typename?: 'Passkey';
  /** When you added it. */
  createdAt: Scalars['DateTimeOffset']['output'];
  /** The credential id (base64url). */
  id: Scalars['ID']['output'];
  /** Its last sign-in, null if never used. */
  lastUsedAt?: Maybe<Scalars['DateTimeOffset']['output']>;
  /** The name you gave it. */
  name: Scalars['String']['output'];
};

/** A single-use passkey sign-in challenge, valid five minutes. */
export type PasskeyChallenge = {
  __typename?: 'PasskeyChallenge';
  /** Give it back to finishPasskeySignIn. */
  challengeId: Scalars['ID']['output'];
  /** The PublicKeyCredentialRequestOptions for navigator.credentials.get, as JSON (binary fields in base64url). */
  options: Scalars['String']['output'];
};

/** An appeal waiting for a decision (decideAppeal). */
export type PendingAppeal = {
  __typename?: 'PendingAppeal';
  case: ModerationCase;
  deadline: Scalars['DateTimeOffset']['output'];
  decisionId: Scalars['ID']['output'];
};

/** A connection from an object to a list of objects of type `PendingAppeal`. */
export type PendingAppealConnection = {
  __typename?: 'PendingAppealConnection';
  /** A list of all of the edges returned in the connection. */
  edges?: Maybe<Array<Maybe<PendingAppealEdge>>>;
  /** A list of all of the objects returned in the connection. This is a convenience field provided for quickly exploring the API; rather than querying for "{ edges { node } }" when no edge data is needed, this field can be used instead. Note that when clients like Relay need to fetch the "cursor" field on the edge to enable efficient pagination, this shortcut cannot be used, and the full "{ edges { node } } " version should be used instead. */
  items?: Maybe<Array<Maybe<PendingAppeal>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** A count of the total number of objects in this connection, ignoring pagination. This allows a client to fetch the first five objects by passing "5" as the argument to `first`, then fetch the total count so it could display "5 of 83", for example. In cases where we employ infinite scrolling or don't have an exact count of entries, this field will return `null`. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection from an object to another object of type `PendingAppeal`. */
export type PendingAppealEdge = {
  __typename?: 'PendingAppealEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node?: Maybe<PendingAppeal>;
};

export type Post = {
  __typename?: 'Post';
  author?: Maybe<Resident>;
  createdAt: Scalars['DateTimeOffset']['output'];
  hidden: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  neighbourhoodId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

/** A postcard for the printer. Operators only; erased once acknowledged with markPostcardsSent. */
export type PostcardOrder = {
  __typename?: 'PostcardOrder';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  postalAddress: Scalars['String']['output'];
  requestedAt: Scalars['DateTimeOffset']['output'];
};

export type PostcardPayload = {
  __typename?: 'PostcardPayload';
  codeExpiresAt: Scalars['DateTimeOffset']['output'];
};

/** A device that receives push notifications of the alerts delivered to your neighbourhood. */
export type PushDevice = {
  __typename?: 'PushDevice';
  id: Scalars['ID']['output'];
  platform: PushPlatform;
  registeredAt: Scalars['DateTimeOffset']['output'];
};

/** Operators: a notification for the push gateway to send, then acknowledge with ackPushMessages. */
export type PushMessage = {
  __typename?: 'PushMessage';
  alert: Alert;
  deviceId: Scalars['ID']['output'];
  deviceToken: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  platform: PushPlatform;
};

export type PushPlatform =
  | 'APNS'
  | 'FCM'
  | 'WEB_PUSH';

export type Query = {
  __typename?: 'Query';
  /** Members: the neighbourhood's alerts after sequence `since` (0 for all), oldest first, at most `first` (1–500). */
  alerts: AlertPage;
  /** The official announcements you received (your home lies in the organisation's area), newest first; at most 50 a page, the latest 100 kept. */
  announcements: AnnouncementPage;
  /** Public: the server's settings for client apps (map tiles, demo mode and its accounts). */
  appConfig: AppConfig;
  /** Appeals you may decide, nearest deadline first: all for operators; for leads, those of other neighbourhoods whose decision they took no part in. */
  appealQueue: PendingAppealConnection;
  /** Open carpools you may see whose origin is within 1 km of your home and destination within 1 km of destinationCell (a block cell, H3 res 9), nearest first. */
  carpoolMatches: Array<Listing>;
  /** The partner services you let in ("remember my choice", or a sign-in still alive), with what each sees. */
  connectedServices: Array<ConnectedService>;
  /** A conversation, for its participants only. */
  conversation: Conversation;
  /** Your conversations, newest first. */
  conversations: ConversationConnection;
  /** The neighbourhood timeline: posts, listings, events and alerts, newest first, with at most one SPONSORED item after every 10 items (labelled "Sponsorisé"). Pages stay stable while new items arrive. Members only. */
  feed: FeedItemConnection;
  /** The advertisers whose sponsored items you hid, as organisations (name and page), so a client can list them to unhide. */
  hiddenAdvertiserOrganisations: Array<Organisation>;
  /** The advertisers (organisation ids) whose sponsored items you hid. */
  hiddenAdvertisers: Array<Scalars['ID']['output']>;
  /** A listing, for members of the neighbourhoods it is shown to. */
  listing: Listing;
  /** Listings shown to a neighbourhood (its own and nearby ones with a radius), newest first. Members only. */
  listings: ListingConnection;
  /** The signed-in resident, private fields included. */
  me: Resident;
  /** The moderation of one piece of content (reports grouped, decisions, appeals): for its author, the neighbourhood's leads, operators and whoever may decide its appeal. */
  moderationCase: ModerationCase;
  /** The append-only moderation log, newest first: of a neighbourhood (its leads and operators), of yourself (residentId: yours; operators: anyone's), or of operators' own decisions: grants, revocations, organisations verified or rejected (neither argument; operators). */
  moderationLog: ModerationEntryConnection;
  /** Leads of the neighbourhood: its reported or hidden posts, listings and alerts, reports grouped, the most recent first (FORBIDDEN for anyone else). */
  moderationQueue: ModerationCaseConnection;
  /** The organisations you are a member of. */
  myOrganisations: Array<Organisation>;
  /** Your open sessions (one per sign-in), most recently seen first; end one with revokeSession. */
  mySessions: Array<ActiveSession>;
  /** Public: neighbourhoods owning a block within radiusMeters (0–3,000) of a point, nearest first. */
  nearbyNeighbourhoods: Array<Neighbourhood>;
  /** A neighbourhood, for its members. The id of a neighbourhood merged away answers with the survivor. */
  neighbourhood?: Maybe<Neighbourhood>;
  /** Public: the neighbourhood of the block at a point, or null. */
  neighbourhoodAt?: Maybe<Neighbourhood>;
  /** Your notification preferences: the kinds turned off per channel and your quiet hours. */
  notificationPreferences: NotificationPreferences;
  /** Your notifications, newest first (at most 50 a page, the latest 200 kept), with the unread count. */
  notifications: NotificationConnection;
  /** Operators: the operators (configured ones not revoked, and those granted through the API). */
  operators: Array<Resident>;
  /** Operators: reported or withdrawn official announcements, reports grouped, the most recent first (FORBIDDEN for anyone else). Decide with decideModeration (HIDE withdraws it from every resident's list). */
  operatorsModerationQueue: ModerationCaseConnection;
  /** An organisation's public page, or null. */
  organisation?: Maybe<Organisation>;
  /** A business's campaigns, newest first: for its members and operators (FORBIDDEN for others). */
  organisationCampaigns: Array<Campaign>;
  /** Organisations with a status, newest first: VERIFIED for anyone; PENDING (the operators' queue) and REJECTED for operators. */
  organisations: Array<Organisation>;
  /** The verified town halls and agencies whose area holds your home, and the associations and businesses whose reach does (your home is never returned). */
  organisationsServingMe: Array<Organisation>;
  /** For operators: organisations whose last member deleted their account, most recent first, to name an admin or reject (FORBIDDEN for others). */
  orphanedOrganisations: Array<Organisation>;
  /** Operators: the partner services registered to sign residents in with Voisinage, by name. */
  partnerClients: Array<PartnerClient>;
  /** Public: the partner a consent page names (NOT_FOUND for an unknown client id), and the scopes you already agreed to remember. */
  partnerConsent: PartnerConsent;
  /** Your passkeys, oldest first. */
  passkeys: Array<Passkey>;
  /** Operators: the campaigns waiting for approval, oldest first. */
  pendingCampaigns: Array<Campaign>;
  /** A post, for members of its neighbourhood. */
  post: Post;
  /** Operators: postcards waiting for the printer, oldest first. Acknowledge them with markPostcardsSent, then read again. */
  postcardOutbox: Array<PostcardOrder>;
  /** Operators (push gateway): pending push messages, from one shard (0–63) or from all in turn. Acknowledge them with ackPushMessages. */
  pushOutbox: Array<PushMessage>;
  /** Operators: the users, by pseudo, with their verification and standing (never homes, addresses or emails); search: those whose pseudo starts with it. */
  users: UserSummaryConnection;
};


export type QueryAlertsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  neighbourhoodId: Scalars['ID']['input'];
  since?: InputMaybe<Scalars['Long']['input']>;
};


export type QueryAnnouncementsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAppealQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCarpoolMatchesArgs = {
  destinationCell: Scalars['String']['input'];
};


export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  neighbourhoodId: Scalars['ID']['input'];
};


export type QueryListingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryListingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ListingKind>>;
  neighbourhoodId: Scalars['ID']['input'];
};


export type QueryModerationCaseArgs = {
  targetId: Scalars['ID']['input'];
  targetType: ReportTarget;
};


export type QueryModerationLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  neighbourhoodId?: InputMaybe<Scalars['ID']['input']>;
  residentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryModerationQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  neighbourhoodId: Scalars['ID']['input'];
};


export type QueryNearbyNeighbourhoodsArgs = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
  radiusMeters: Scalars['Float']['input'];
};


export type QueryNeighbourhoodArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNeighbourhoodAtArgs = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOperatorsModerationQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationCampaignsArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OrganisationStatus>;
};


export type QueryOrphanedOrganisationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartnerConsentArgs = {
  clientId: Scalars['ID']['input'];
};


export type QueryPostArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPostcardOutboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPushOutboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  shard?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Hours (local time, HH:mm) during which only urgent alerts are pushed; the others wait until the end. */
export type QuietHours = {
  __typename?: 'QuietHours';
  end: Scalars['String']['output'];
  start: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
};

export type QuietHoursInput = {
  /** HH:mm, local time. */
  end: Scalars['String']['input'];
  /** HH:mm, local time. */
  start: Scalars['String']['input'];
  /** IANA time zone; default Europe/Paris. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** A neighbourhood an organisation may reach (never its members). */
export type ReachCandidate = {
  __typename?: 'ReachCandidate';
  id: Scalars['ID']['output'];
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

/** A neighbourhood of an organisation's reach: where its events and offers may go. */
export type ReachNeighbourhood = {
  __typename?: 'ReachNeighbourhood';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Recommendations of a business or association: one per verified resident, counted per neighbourhood. */
export type RecommendationCounts = {
  __typename?: 'RecommendationCounts';
  /** Recommendations from your neighbourhood (0 outside one). */
  inMyNeighbourhood: Scalars['Int']['output'];
  /** Whether you recommend it. */
  mine: Scalars['Boolean']['output'];
  total: Scalars['Int']['output'];
};

export type RegisterInput = {
  email: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  /** 3–30 letters, digits, '-', '_' or '.'; unique. */
  pseudo: Scalars['String']['input'];
};

export type RegisterPartnerClientInput = {
  /** True for a server holding a secret; false for a browser or mobile app. */
  confidential: Scalars['Boolean']['input'];
  /** Shown to residents on the consent page (1–80 characters). */
  name: Scalars['String']['input'];
  /** Where end-session may send the browser back (0–10). */
  postLogoutRedirectUris?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1–10 absolute https URLs (http only to localhost), matched exactly. */
  redirectUris: Array<Scalars['String']['input']>;
  /** Among openid, profile, email, voisinage:verified, voisinage:neighbourhood, offline_access (refresh tokens). */
  scopes: Array<Scalars['String']['input']>;
};

export type ReportPayload = {
  __typename?: 'ReportPayload';
  hidden: Scalars['Boolean']['output'];
  /** Distinct members who reported it. */
  reports: Scalars['Int']['output'];
  targetId: Scalars['ID']['output'];
};

/** Reports grouped by reason (an empty reason: none given). Reporters are never named. */
export type ReportReason = {
  __typename?: 'ReportReason';
  count: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

/** What a report or a moderation decision is about: ALERT, LISTING (id lst_…), POST (id pst_…) or ANNOUNCEMENT (an official announcement, id ann_…: moderated by operators only). */
export type ReportTarget =
  | 'ALERT'
  | 'ANNOUNCEMENT'
  | 'LISTING'
  | 'POST';

export type Resident = {
  __typename?: 'Resident';
  /** Visible only to the resident. */
  createdAt?: Maybe<Scalars['DateTimeOffset']['output']>;
  /** Visible only to the resident. */
  email?: Maybe<Scalars['String']['output']>;
  /** Whether the resident followed the confirmation link mailed to them. Visible only to the resident. */
  emailConfirmed?: Maybe<Scalars['Boolean']['output']>;
  /** The H3 res-10 cell of the home. Visible only to the resident. */
  homeCell?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The resident's home neighbourhood, if any. */
  neighbourhood?: Maybe<Neighbourhood>;
  pseudo: Scalars['String']['output'];
  /** Thanks received after listings were DONE. */
  thanksReceived: Scalars['Int']['output'];
  verification: Verification;
  /** Visible only to the resident: progress on each verification path and the configured thresholds. */
  verificationProgress?: Maybe<VerificationProgress>;
};

/** A sponsored campaign in the feed: clients label it "Sponsorisé" and offer to hide its advertiser (hideAdvertiser). */
export type SponsoredItem = {
  __typename?: 'SponsoredItem';
  advertiser: Scalars['String']['output'];
  campaignId: Scalars['ID']['output'];
  /** "Sponsorisé". */
  label: Scalars['String']['output'];
  /** The advertiser: its page is the link. */
  organisationId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** Where a resident stands: NO_ACCOUNT, NON_MEMBER, MEMBER (verification lapsed), VERIFIED_MEMBER or LEAD. */
export type StandingLevel =
  | 'LEAD'
  | 'MEMBER'
  | 'NON_MEMBER'
  | 'NO_ACCOUNT'
  | 'VERIFIED_MEMBER';

export type Subscription = {
  __typename?: 'Subscription';
  /** New alerts of your neighbourhood. With `since`, first the ones after that sequence, then live ones: no gap, no duplicate. */
  alertRaised: Alert;
  /** Alerts of your neighbourhood being resolved or hidden. With `since` (an `updateSequence`), first the changes after it, each alert once as it is now, then live ones: no gap, no duplicate. */
  alertUpdated: Alert;
  /** Members: each new or changed entry of the neighbourhood feed, live. Hidden entries arrive with their new state so clients drop them. */
  feedUpdated: FeedItem;
  /** Messages others send you, live, while you are subscribed. */
  messageReceived: Message;
  /** Your new notifications, live, with the unread count they make. After a reconnection, read notifications again for what came meanwhile. */
  notificationReceived: NotificationEvent;
};


export type SubscriptionAlertRaisedArgs = {
  neighbourhoodId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['Long']['input']>;
};


export type SubscriptionAlertUpdatedArgs = {
  neighbourhoodId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['Long']['input']>;
};


export type SubscriptionFeedUpdatedArgs = {
  neighbourhoodId: Scalars['ID']['input'];
};

/** A user as operators see them: pseudo, verification and standing; never their home, address or email. */
export type UserSummary = {
  __typename?: 'UserSummary';
  id: Scalars['ID']['output'];
  isOperator: Scalars['Boolean']['output'];
  pseudo: Scalars['String']['output'];
  standing: StandingLevel;
  verified: Scalars['Boolean']['output'];
};

/** A connection from an object to a list of objects of type `UserSummary`. */
export type UserSummaryConnection = {
  __typename?: 'UserSummaryConnection';
  /** A list of all of the edges returned in the connection. */
  edges?: Maybe<Array<Maybe<UserSummaryEdge>>>;
  /** A list of all of the objects returned in the connection. This is a convenience field provided for quickly exploring the API; rather than querying for "{ edges { node } }" when no edge data is needed, this field can be used instead. Note that when clients like Relay need to fetch the "cursor" field on the edge to enable efficient pagination, this shortcut cannot be used, and the full "{ edges { node } } " version should be used instead. */
  items?: Maybe<Array<Maybe<UserSummary>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** A count of the total number of objects in this connection, ignoring pagination. This allows a client to fetch the first five objects by passing "5" as the argument to `first`, then fetch the total count so it could display "5 of 83", for example. In cases where we employ infinite scrolling or don't have an exact count of entries, this field will return `null`. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection from an object to another object of type `UserSummary`. */
export type UserSummaryEdge = {
  __typename?: 'UserSummaryEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node?: Maybe<UserSummary>;
};

/** Whether the resident is a verified neighbour, how and since when. */
export type Verification = {
  __typename?: 'Verification';
  method?: Maybe<VerificationMethod>;
  status: VerificationStatus;
  verifiedAt?: Maybe<Scalars['DateTimeOffset']['output']>;
};

export type VerificationMethod =
  | 'COOPTATION'
  | 'GEOLOCATION'
  | 'POSTCARD';

/** The evidence gathered on each verification path, with this server's configured thresholds. */
export type VerificationProgress = {
  __typename?: 'VerificationProgress';
  /** Distinct calendar days the counting fixes span. */
  daysCounted: Scalars['Int']['output'];
  /** Distinct days the counting fixes must span. */
  daysNeeded: Scalars['Int']['output'];
  /** A fix counts only when its accuracy is at most this many metres. */
  fixMaxAccuracyMeters: Scalars['Float']['output'];
  /** Location fixes taken at home that counted. */
  fixesCounted: Scalars['Int']['output'];
  /** Counting fixes needed for geolocation verification. */
  fixesNeeded: Scalars['Int']['output'];
  /** When the code of a postcard on its way expires; null when none is pending. */
  postcardExpiresAt?: Maybe<Scalars['DateTimeOffset']['output']>;
  /** Distinct vouchers needed for cooptation. */
  vouchesNeeded: Scalars['Int']['output'];
  /** Vouches received from verified neighbours. */
  vouchesReceived: Scalars['Int']['output'];
};

export type VerificationStatus =
  | 'UNVERIFIED'
  | 'VERIFIED';

export type VouchPayload = {
  __typename?: 'VouchPayload';
  candidateId: Scalars['ID']['output'];
  /** Whether this vouch completed the candidate's verification. */
  candidateVerified: Scalars['Boolean']['output'];
};

/** A browser's push subscription, as PushSubscription.toJSON() gives it (endpoint and keys). */
export type WebPushSubscriptionInput = {
  /** keys.auth: the 16-byte authentication secret, base64url. */
  auth: Scalars['String']['input'];
  /** The push service URL (https). */
  endpoint: Scalars['String']['input'];
  /** keys.p256dh: the browser's P-256 public key, base64url. */
  p256dh: Scalars['String']['input'];
};

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type PublishAnnouncementMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  kind: AnnouncementKind;
  title: Scalars['String']['input'];
  body: Scalars['String']['input'];
}>;


export type PublishAnnouncementMutation = { __typename?: 'Mutation', publishAnnouncement: { __typename?: 'Announcement', id: string, title: string } };

export type AnnouncementsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AnnouncementsQuery = { __typename?: 'Query', announcements: { __typename?: 'AnnouncementPage', hasNextPage: boolean, items: Array<{ __typename?: 'Announcement', id: string, organisationId: string, organisationName: string, kind: AnnouncementKind, title: string, body: string, publishedAt: string }> } };

export type OperatorsModerationQueueQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OperatorsModerationQueueQuery = { __typename?: 'Query', operatorsModerationQueue: { __typename?: 'ModerationCaseConnection', edges?: Array<{ __typename?: 'ModerationCaseEdge', cursor: string, node?: { __typename?: 'ModerationCase', reports: number, lastReportAt?: string | null, hidden: boolean, subject: { __typename?: 'ModerationSubject', type: ReportTarget, id: string, neighbourhoodId: string, title: string, createdAt: string, author?: { __typename?: 'Resident', id: string, pseudo: string } | null }, reasons: Array<{ __typename?: 'ReportReason', reason: string, count: number }>, decisions: Array<{ __typename?: 'ModerationDecisionRecord', id: string, action: ModerationAction, byReports: boolean, reason: string, at: string, appealable: boolean, appeal?: { __typename?: 'Appeal', text: string, at: string, deadline: string, status: AppealStatus, reason?: string | null, decidedAt?: string | null, deciders: AppealDeciders } | null }> } | null } | null> | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CampaignFieldsFragment = { __typename?: 'Campaign', id: string, organisationId: string, advertiser: string, title: string, text: string, neighbourhoodIds: Array<string>, startsAt: string, endsAt: string, impressions: number, delivered: number, status: CampaignStatus, decision?: string | null, createdAt: string };

export type OrganisationCampaignsQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type OrganisationCampaignsQuery = { __typename?: 'Query', organisationCampaigns: Array<{ __typename?: 'Campaign', id: string, organisationId: string, advertiser: string, title: string, text: string, neighbourhoodIds: Array<string>, startsAt: string, endsAt: string, impressions: number, delivered: number, status: CampaignStatus, decision?: string | null, createdAt: string, statistics: { __typename?: 'CampaignStatistics', delivered: number, impressions: number, minResidents: number, neighbourhoods: Array<{ __typename?: 'NeighbourhoodImpressions', neighbourhoodId: string, name?: string | null, impressions?: number | null }> } }> };

export type CreateCampaignMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  input: CampaignInput;
}>;


export type CreateCampaignMutation = { __typename?: 'Mutation', createCampaign: { __typename?: 'Campaign', id: string, organisationId: string, advertiser: string, title: string, text: string, neighbourhoodIds: Array<string>, startsAt: string, endsAt: string, impressions: number, delivered: number, status: CampaignStatus, decision?: string | null, createdAt: string } };

export type PendingCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingCampaignsQuery = { __typename?: 'Query', pendingCampaigns: Array<{ __typename?: 'Campaign', id: string, organisationId: string, advertiser: string, title: string, text: string, neighbourhoodIds: Array<string>, startsAt: string, endsAt: string, impressions: number, delivered: number, status: CampaignStatus, decision?: string | null, createdAt: string }> };

export type ApproveCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApproveCampaignMutation = { __typename?: 'Mutation', approveCampaign: { __typename?: 'Campaign', id: string, status: CampaignStatus, decision?: string | null } };

export type RejectCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectCampaignMutation = { __typename?: 'Mutation', rejectCampaign: { __typename?: 'Campaign', id: string, status: CampaignStatus, decision?: string | null } };

export type EditCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CampaignChangesInput;
}>;


export type EditCampaignMutation = { __typename?: 'Mutation', editCampaign: { __typename?: 'Campaign', id: string, organisationId: string, advertiser: string, title: string, text: string, neighbourhoodIds: Array<string>, startsAt: string, endsAt: string, impressions: number, delivered: number, status: CampaignStatus, decision?: string | null, createdAt: string } };

export type PauseCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PauseCampaignMutation = { __typename?: 'Mutation', pauseCampaign: { __typename?: 'Campaign', id: string, status: CampaignStatus } };

export type ResumeCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResumeCampaignMutation = { __typename?: 'Mutation', resumeCampaign: { __typename?: 'Campaign', id: string, status: CampaignStatus } };

export type CancelCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelCampaignMutation = { __typename?: 'Mutation', cancelCampaign: { __typename?: 'Campaign', id: string, status: CampaignStatus } };

export type HiddenAdvertisersQueryVariables = Exact<{ [key: string]: never; }>;


export type HiddenAdvertisersQuery = { __typename?: 'Query', hiddenAdvertiserOrganisations: Array<{ __typename?: 'Organisation', id: string, name: string }> };

export type UnhideAdvertiserMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type UnhideAdvertiserMutation = { __typename?: 'Mutation', unhideAdvertiser: boolean };

export type ResidentFieldsFragment = { __typename?: 'Resident', id: string, pseudo: string, thanksReceived: number, verification: { __typename?: 'Verification', status: VerificationStatus, method?: VerificationMethod | null, verifiedAt?: string | null } };

export type NeighbourhoodFieldsFragment = { __typename?: 'Neighbourhood', id: string, name: string, memberCount: number, cells: Array<string>, boundary: string };

export type ListingFieldsFragment = { __typename?: 'Listing', id: string, organisationId?: string | null, organisationName?: string | null, kind: ListingKind, title: string, description: string, status: ListingStatus, neighbourhoodId: string, createdAt: string, endsAt?: string | null, radiusMeters: number, hidden: boolean, author?: { __typename?: 'Resident', id: string, pseudo: string } | null, counterpart?: { __typename?: 'Resident', id: string, pseudo: string } | null, loan?: { __typename?: 'Loan', from: string, until: string } | null, carpool?: { __typename?: 'Carpool', originCell: string, destinationCell: string, weekdays: Array<Weekday>, departureTime: string, seats: number, seatsTaken: number, seatsLeft: number, booked: boolean } | null, groupPurchase?: { __typename?: 'GroupPurchase', product: string, unit: string, targetQuantity: number, deadline: string, pledgedQuantity: number, pledgerCount: number, myPledge: number } | null, event?: { __typename?: 'Event', startsAt: string, place: string, capacity: number, going: number, iAmGoing: boolean } | null, page?: { __typename?: 'ListingPage', website?: string | null, contact?: string | null, openingHours?: string | null } | null };

export type AlertFieldsFragment = { __typename?: 'Alert', id: string, neighbourhoodId: string, sequence: number, kind: AlertKind, title: string, body: string, radiusMeters: number, raisedAt: string, resolved: boolean, resolvedAt?: string | null, hidden: boolean, originNeighbourhoodId: string, place?: { __typename?: 'AlertPlace', lat: number, lng: number } | null, raiser: { __typename?: 'AlertRaiser', id: string, pseudo: string } };

export type FeedItemFieldsFragment = { __typename?: 'FeedItem', id: string, type: FeedItemType, neighbourhoodId: string, publisher?: string | null, title: string, snippet?: string | null, createdAt: string, listingKind?: ListingKind | null, status?: string | null, hidden: boolean, author?: { __typename?: 'Resident', id: string, pseudo: string } | null, sponsored?: { __typename?: 'SponsoredItem', campaignId: string, organisationId: string, advertiser: string, label: string, title: string, text: string } | null };

export type HideAdvertiserMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type HideAdvertiserMutation = { __typename?: 'Mutation', hideAdvertiser: boolean };

export type MessageFieldsFragment = { __typename?: 'Message', id: string, conversationId: string, text: string, sentAt: string, sender?: { __typename?: 'Resident', id: string, pseudo: string } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Resident', email?: string | null, emailConfirmed?: boolean | null, homeCell?: string | null, createdAt?: string | null, id: string, pseudo: string, thanksReceived: number, neighbourhood?: { __typename?: 'Neighbourhood', id: string, name: string, memberCount: number, cells: Array<string>, boundary: string, leads?: Array<{ __typename?: 'Resident', id: string, pseudo: string }> | null } | null, verification: { __typename?: 'Verification', status: VerificationStatus, method?: VerificationMethod | null, verifiedAt?: string | null } } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { __typename?: 'Mutation', register: { __typename?: 'AuthPayload', expiresAt: string, resident: { __typename?: 'Resident', id: string, pseudo: string, thanksReceived: number, verification: { __typename?: 'Verification', status: VerificationStatus, method?: VerificationMethod | null, verifiedAt?: string | null } } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', expiresAt: string, resident: { __typename?: 'Resident', id: string, pseudo: string, thanksReceived: number, verification: { __typename?: 'Verification', status: VerificationStatus, method?: VerificationMethod | null, verifiedAt?: string | null } } } };

export type SetHomeMutationVariables = Exact<{
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
}>;


export type SetHomeMutation = { __typename?: 'Mutation', setHome: { __typename?: 'Resident', homeCell?: string | null, id: string, pseudo: string, thanksReceived: number, neighbourhood?: { __typename?: 'Neighbourhood', id: string } | null, verification: { __typename?: 'Verification', status: VerificationStatus, method?: VerificationMethod | null, verifiedAt?: string | null } } };

export type VerificationProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type VerificationProgressQuery = { __typename?: 'Query', me: { __typename?: 'Resident', id: string, verificationProgress?: { __typename?: 'VerificationProgress', fixesCounted: number, fixesNeeded: number, daysCounted: number, daysNeeded: number, fixMaxAccuracyMeters: number, vouchesReceived: number, vouchesNeeded: number, postcardExpiresAt?: string | null } | null } };

export type SubmitLocationFixMutationVariables = Exact<{
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
  accuracyMeters: Scalars['Float']['input'];
}>;


export type SubmitLocationFixMutation = { __typename?: 'Mutation', submitLocationFix: { __typename?: 'LocationFixPayload', countingFixes: number, distinctDays: number, verification: { __typename?: 'Verification', status: VerificationStatus, method?: VerificationMethod | null, verifiedAt?: string | null } } };

export type VouchForMutationVariables = Exact<{
  residentId: Scalars['ID']['input'];
}>;


export type VouchForMutation = { __typename?: 'Mutation', vouchFor: { __typename?: 'VouchPayload', candidateId: string, candidateVerified: boolean } };

export type RequestPostcardMutationVariables = Exact<{
  postalAddress: Scalars['String']['input'];
}>;


export type RequestPostcardMutation = { __typename?: 'Mutation', requestPostcard: { __typename?: 'PostcardPayload', codeExpiresAt: string } };

export type ConfirmPostcardCodeMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConfirmPostcardCodeMutation = { __typename?: 'Mutation', confirmPostcardCode: { __typename?: 'Resident', id: string, pseudo: string, thanksReceived: number, verification: { __typename?: 'Verification', status: VerificationStatus, method?: VerificationMethod | null, verifiedAt?: string | null } } };

export type NeighbourhoodAtQueryVariables = Exact<{
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
  radiusMeters: Scalars['Float']['input'];
}>;


export type NeighbourhoodAtQuery = { __typename?: 'Query', neighbourhoodAt?: { __typename?: 'Neighbourhood', id: string, name: string, memberCount: number, cells: Array<string>, boundary: string } | null, nearbyNeighbourhoods: Array<{ __typename?: 'Neighbourhood', id: string, name: string, memberCount: number, cells: Array<string>, boundary: string }> };

export type NeighbourhoodQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NeighbourhoodQuery = { __typename?: 'Query', neighbourhood?: { __typename?: 'Neighbourhood', id: string, name: string, memberCount: number, cells: Array<string>, boundary: string, leads?: Array<{ __typename?: 'Resident', id: string, pseudo: string }> | null, mergeProposals?: Array<{ __typename?: 'MergeProposal', id: string, proposedAt: string, from?: { __typename?: 'Neighbourhood', id: string, name: string, memberCount: number } | null, to?: { __typename?: 'Neighbourhood', id: string, name: string, memberCount: number } | null }> | null } | null };

export type MembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MembersQuery = { __typename?: 'Query', neighbourhood?: { __typename?: 'Neighbourhood', id: string, members?: { __typename?: 'NeighbourhoodMemberConnection', edges?: Array<{ __typename?: 'NeighbourhoodMemberEdge', cursor: string, node?: { __typename?: 'NeighbourhoodMember', id: string, pseudo: string, isLead: boolean } | null } | null> | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null } | null };

export type FoundNeighbourhoodMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type FoundNeighbourhoodMutation = { __typename?: 'Mutation', foundNeighbourhood: { __typename?: 'Neighbourhood', id: string, name: string, memberCount: number, cells: Array<string>, boundary: string } };

export type JoinNeighbourhoodMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JoinNeighbourhoodMutation = { __typename?: 'Mutation', joinNeighbourhood: { __typename?: 'Neighbourhood', id: string, name: string, memberCount: number, cells: Array<string>, boundary: string } };

export type LeaveNeighbourhoodMutationVariables = Exact<{ [key: string]: never; }>;


export type LeaveNeighbourhoodMutation = { __typename?: 'Mutation', leaveNeighbourhood: boolean };

export type NameLeadMutationVariables = Exact<{
  neighbourhoodId: Scalars['ID']['input'];
  residentId: Scalars['ID']['input'];
}>;


export type NameLeadMutation = { __typename?: 'Mutation', nameLead: boolean };

export type ProposeMergeMutationVariables = Exact<{
  neighbourhoodId: Scalars['ID']['input'];
}>;


export type ProposeMergeMutation = { __typename?: 'Mutation', proposeMerge: { __typename?: 'MergeProposal', id: string } };

export type AcceptMergeMutationVariables = Exact<{
  proposalId: Scalars['ID']['input'];
}>;


export type AcceptMergeMutation = { __typename?: 'Mutation', acceptMerge: { __typename?: 'Neighbourhood', id: string, name: string, memberCount: number, cells: Array<string>, boundary: string } };

export type FeedQueryVariables = Exact<{
  neighbourhoodId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FeedQuery = { __typename?: 'Query', feed: { __typename?: 'FeedItemConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'FeedItemEdge', cursor: string, node?: { __typename?: 'FeedItem', id: string, type: FeedItemType, neighbourhoodId: string, publisher?: string | null, title: string, snippet?: string | null, createdAt: string, listingKind?: ListingKind | null, status?: string | null, hidden: boolean, author?: { __typename?: 'Resident', id: string, pseudo: string } | null, sponsored?: { __typename?: 'SponsoredItem', campaignId: string, organisationId: string, advertiser: string, label: string, title: string, text: string } | null } | null } | null> | null } };

export type FeedUpdatedSubscriptionVariables = Exact<{
  neighbourhoodId: Scalars['ID']['input'];
}>;


export type FeedUpdatedSubscription = { __typename?: 'Subscription', feedUpdated: { __typename?: 'FeedItem', id: string, type: FeedItemType, neighbourhoodId: string, publisher?: string | null, title: string, snippet?: string | null, createdAt: string, listingKind?: ListingKind | null, status?: string | null, hidden: boolean, author?: { __typename?: 'Resident', id: string, pseudo: string } | null, sponsored?: { __typename?: 'SponsoredItem', campaignId: string, organisationId: string, advertiser: string, label: string, title: string, text: string } | null } };

export type ListingsQueryVariables = Exact<{
  neighbourhoodId: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<ListingKind> | ListingKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListingsQuery = { __typename?: 'Query', listings: { __typename?: 'ListingConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'ListingEdge', cursor: string, node?: { __typename?: 'Listing', id: string, organisationId?: string | null, organisationName?: string | null, kind: ListingKind, title: string, description: string, status: ListingStatus, neighbourhoodId: string, createdAt: string, endsAt?: string | null, radiusMeters: number, hidden: boolean, author?: { __typename?: 'Resident', id: string, pseudo: string } | null, counterpart?: { __typename?: 'Resident', id: string, pseudo: string } | null, loan?: { __typename?: 'Loan', from: string, until: string } | null, carpool?: { __typename?: 'Carpool', originCell: string, destinationCell: string, weekdays: Array<Weekday>, departureTime: string, seats: number, seatsTaken: number, seatsLeft: number, booked: boolean } | null, groupPurchase?: { __typename?: 'GroupPurchase', product: string, unit: string, targetQuantity: number, deadline: string, pledgedQuantity: number, pledgerCount: number, myPledge: number } | null, event?: { __typename?: 'Event', startsAt: string, place: string, capacity: number, going: number, iAmGoing: boolean } | null, page?: { __typename?: 'ListingPage', website?: string | null, contact?: string | null, openingHours?: string | null } | null } | null } | null> | null } };

export type ListingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ListingQuery = { __typename?: 'Query', listing: { __typename?: 'Listing', id: string, organisationId?: string | null, organisationName?: string | null, kind: ListingKind, title: string, description: string, status: ListingStatus, neighbourhoodId: string, createdAt: string, endsAt?: string | null, radiusMeters: number, hidden: boolean, author?: { __typename?: 'Resident', id: string, pseudo: string } | null, counterpart?: { __typename?: 'Resident', id: string, pseudo: string } | null, loan?: { __typename?: 'Loan', from: string, until: string } | null, carpool?: { __typename?: 'Carpool', originCell: string, destinationCell: string, weekdays: Array<Weekday>, departureTime: string, seats: number, seatsTaken: number, seatsLeft: number, booked: boolean } | null, groupPurchase?: { __typename?: 'GroupPurchase', product: string, unit: string, targetQuantity: number, deadline: string, pledgedQuantity: number, pledgerCount: number, myPledge: number } | null, event?: { __typename?: 'Event', startsAt: string, place: string, capacity: number, going: number, iAmGoing: boolean } | null, page?: { __typename?: 'ListingPage', website?: string | null, contact?: string | null, openingHours?: string | null } | null } };

export type CarpoolMatchesQueryVariables = Exact<{
  destinationCell: Scalars['String']['input'];
}>;


export type CarpoolMatchesQuery = { __typename?: 'Query', carpoolMatches: Array<{ __typename?: 'Listing', id: string, organisationId?: string | null, organisationName?: string | null, kind: ListingKind, title: string, description: string, status: ListingStatus, neighbourhoodId: string, createdAt: string, endsAt?: string | null, radiusMeters: number, hidden: boolean, author?: { __typename?: 'Resident', id: string, pseudo: string } | null, counterpart?: { __typename?: 'Resident', id: string, pseudo: string } | null, loan?: { __typename?: 'Loan', from: string, until: string } | null, carpool?: { __typename?: 'Carpool', originCell: string, destinationCell: string, weekdays: Array<Weekday>, departureTime: string, seats: number, seatsTaken: number, seatsLeft: number, booked: boolean } | null, groupPurchase?: { __typename?: 'GroupPurchase', product: string, unit: string, targetQuantity: number, deadline: string, pledgedQuantity: number, pledgerCount: number, myPledge: number } | null, event?: { __typename?: 'Event', startsAt: string, place: string, capacity: number, going: number, iAmGoing: boolean } | null, page?: { __typename?: 'ListingPage', website?: string | null, contact?: string | null, openingHours?: string | null } | null }> };

export type CreateListingMutationVariables = Exact<{
  input: CreateListingInput;
}>;


export type CreateListingMutation = { __typename?: 'Mutation', createListing: { __typename?: 'Listing', id: string, organisationId?: string | null, organisationName?: string | null, kind: ListingKind, title: string, description: string, status: ListingStatus, neighbourhoodId: string, createdAt: string, endsAt?: string | null, radiusMeters: number, hidden: boolean, author?: { __typename?: 'Resident', id: string, pseudo: string } | null, counterpart?: { __typename?: 'Resident', id: string, pseudo: string } | null, loan?: { __typename?: 'Loan', from: string, until: string } | null, carpool?: { __typename?: 'Carpool', originCell: string, destinationCell: string, weekdays: Array<Weekday>, departureTime: string, seats: number, seatsTaken: number, seatsLeft: number, booked: boolean } | null, groupPurchase?: { __typename?: 'GroupPurchase', product: string, unit: string, targetQuantity: number, deadline: string, pledgedQuantity: number, pledgerCount: number, myPledge: number } | null, event?: { __typename?: 'Event', startsAt: string, place: string, capacity: number, going: number, iAmGoing: boolean } | null, page?: { __typename?: 'ListingPage', website?: string | null, contact?: string | null, openingHours?: string | null } | null } };

export type CreatePostMutationVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type CreatePostMutation = { __typename?: 'Mutation', createPost: { __typename?: 'Post', id: string, text: string, createdAt: string } };

export type UpdateListingStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: ListingStatus;
  counterpartId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type UpdateListingStatusMutation = { __typename?: 'Mutation', updateListingStatus: { __typename?: 'Listing', id: string, organisationId?: string | null, organisationName?: string | null, kind: ListingKind, title: string, description: string, status: ListingStatus, neighbourhoodId: string, createdAt: string, endsAt?: string | null, radiusMeters: number, hidden: boolean, author?: { __typename?: 'Resident', id: string, pseudo: string } | null, counterpart?: { __typename?: 'Resident', id: string, pseudo: string } | null, loan?: { __typename?: 'Loan', from: string, until: string } | null, carpool?: { __typename?: 'Carpool', originCell: string, destinationCell: string, weekdays: Array<Weekday>, departureTime: string, seats: number, seatsTaken: number, seatsLeft: number, booked: boolean } | null, groupPurchase?: { __typename?: 'GroupPurchase', product: string, unit: string, targetQuantity: number, deadline: string, pledgedQuantity: number, pledgerCount: number, myPledge: number } | null, event?: { __typename?: 'Event', startsAt: string, place: string, capacity: number, going: number, iAmGoing: boolean } | null, page?: { __typename?: 'ListingPage', website?: string | null, contact?: string | null, openingHours?: string | null } | null } };

export type PledgeMutationVariables = Exact<{
  listingId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
}>;


export type PledgeMutation = { __typename?: 'Mutation', pledge: { __typename?: 'Listing', id: string, organisationId?: string | null, organisationName?: string | null, kind: ListingKind, title: string, description: string, status: ListingStatus, neighbourhoodId: string, createdAt: string, endsAt?: string | null, radiusMeters: number, hidden: boolean, author?: { __typename?: 'Resident', id: string, pseudo: string } | null, counterpart?: { __typename?: 'Resident', id: string, pseudo: string } | null, loan?: { __typename?: 'Loan', from: string, until: string } | null, carpool?: { __typename?: 'Carpool', originCell: string, destinationCell: string, weekdays: Array<Weekday>, departureTime: string, seats: number, seatsTaken: number, seatsLeft: number, booked: boolean } | null, groupPurchase?: { __typename?: 'GroupPurchase', product: string, unit: string, targetQuantity: number, deadline: string, pledgedQuantity: number, pledgerCount: number, myPledge: number } | null, event?: { __typename?: 'Event', startsAt: string, place: string, capacity: number, going: number, iAmGoing: boolean } | null, page?: { __typename?: 'ListingPage', website?: string | null, contact?: string | null, openingHours?: string | null } | null } };

export type UnpledgeMutationVariables = Exact<{
  listingId: Scalars['ID']['input'];
}>;


export type UnpledgeMutation = { __typename?: 'Mutation', unpledge: { __typename?: 'Listing', id: string, organisationId?: string | null, organisationName?: string | null, kind: ListingKind, title: string, description: string, status: ListingStatus, neighbourhoodId: string, createdAt: string, endsAt?: string | null, radiusMeters: number, hidden: boolean, author?: { __typename?: 'Resident', id: string, pseudo: string } | null, counterpart?: { __typename?: 'Resident', id: string, pseudo: string } | null, loan?: { __typename?: 'Loan', from: string, until: string } | null, carpool?: { __typename?: 'Carpool', originCell: string, destinationCell: string, weekdays: Array<Weekday>, departureTime: string, seats: number, seatsTaken: number, seatsLeft: number, booked: boolean } | null, groupPurchase?: { __typename?: 'GroupPurchase', product: string, unit: string, targetQuantity: number, deadline: string, pledgedQuantity: number, pledgerCount: number, myPledge: number } | null, event?: { __typename?: 'Event', startsAt: string, place: string, capacity: number, going: number, iAmGoing: boolean } | null, page?: { __typename?: 'ListingPage', website?: string | null, contact?: string | null, openingHours?: string | null } | null } };

export type BookSeatMutationVariables = Exact<{
  listingId: Scalars['ID']['input'];
}>;


export type BookSeatMutation = { __typename?: 'Mutation', bookSeat: { __typename?: 'Listing', id: string, organisationId?: string | null, organisationName?: string | null, kind: ListingKind, title: string, description: string, status: ListingStatus, neighbourhoodId: string, createdAt: string, endsAt?: string | null, radiusMeters: number, hidden: boolean, author?: { __typename?: 'Resident', id: string, pseudo: string } | null, counterpart?: { __typename?: 'Resident', id: string, pseudo: string } | null, loan?: { __typename?: 'Loan', from: string, until: string } | null, carpool?: { __typename?: 'Carpool', originCell: string, destinationCell: string, weekdays: Array<Weekday>, departureTime: string, seats: number, seatsTaken: number, seatsLeft: number, booked: boolean } | null, groupPurchase?: { __typename?: 'GroupPurchase', product: string, unit: string, targetQuantity: number, deadline: string, pledgedQuantity: number, pledgerCount: number, myPledge: number } | null, event?: { __typename?: 'Event', startsAt: string, place: string, capacity: number, going: number, iAmGoing: boolean } | null, page?: { __typename?: 'ListingPage', website?: string | null, contact?: string | null, openingHours?: string | null } | null } };

export type CancelSeatMutationVariables = Exact<{
  listingId: Scalars['ID']['input'];
}>;


export type CancelSeatMutation = { __typename?: 'Mutation', cancelSeat: { __typename?: 'Listing', id: string, organisationId?: string | null, organisationName?: string | null, kind: ListingKind, title: string, description: string, status: ListingStatus, neighbourhoodId: string, createdAt: string, endsAt?: string | null, radiusMeters: number, hidden: boolean, author?: { __typename?: 'Resident', id: string, pseudo: string } | null, counterpart?: { __typename?: 'Resident', id: string, pseudo: string } | null, loan?: { __typename?: 'Loan', from: string, until: string } | null, carpool?: { __typename?: 'Carpool', originCell: string, destinationCell: string, weekdays: Array<Weekday>, departureTime: string, seats: number, seatsTaken: number, seatsLeft: number, booked: boolean } | null, groupPurchase?: { __typename?: 'GroupPurchase', product: string, unit: string, targetQuantity: number, deadline: string, pledgedQuantity: number, pledgerCount: number, myPledge: number } | null, event?: { __typename?: 'Event', startsAt: string, place: string, capacity: number, going: number, iAmGoing: boolean } | null, page?: { __typename?: 'ListingPage', website?: string | null, contact?: string | null, openingHours?: string | null } | null } };

export type RsvpMutationVariables = Exact<{
  listingId: Scalars['ID']['input'];
  going?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type RsvpMutation = { __typename?: 'Mutation', rsvp: { __typename?: 'Listing', id: string, organisationId?: string | null, organisationName?: string | null, kind: ListingKind, title: string, description: string, status: ListingStatus, neighbourhoodId: string, createdAt: string, endsAt?: string | null, radiusMeters: number, hidden: boolean, author?: { __typename?: 'Resident', id: string, pseudo: string } | null, counterpart?: { __typename?: 'Resident', id: string, pseudo: string } | null, loan?: { __typename?: 'Loan', from: string, until: string } | null, carpool?: { __typename?: 'Carpool', originCell: string, destinationCell: string, weekdays: Array<Weekday>, departureTime: string, seats: number, seatsTaken: number, seatsLeft: number, booked: boolean } | null, groupPurchase?: { __typename?: 'GroupPurchase', product: string, unit: string, targetQuantity: number, deadline: string, pledgedQuantity: number, pledgerCount: number, myPledge: number } | null, event?: { __typename?: 'Event', startsAt: string, place: string, capacity: number, going: number, iAmGoing: boolean } | null, page?: { __typename?: 'ListingPage', website?: string | null, contact?: string | null, openingHours?: string | null } | null } };

export type RespondToListingMutationVariables = Exact<{
  listingId: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type RespondToListingMutation = { __typename?: 'Mutation', respondToListing: { __typename?: 'Conversation', id: string } };

export type ThankMutationVariables = Exact<{
  listingId: Scalars['ID']['input'];
  residentId: Scalars['ID']['input'];
}>;


export type ThankMutation = { __typename?: 'Mutation', thank: boolean };

export type ReportMutationVariables = Exact<{
  targetType: ReportTarget;
  targetId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportMutation = { __typename?: 'Mutation', report: { __typename?: 'ReportPayload', targetId: string, reports: number, hidden: boolean } };

export type ModerationCaseFieldsFragment = { __typename?: 'ModerationCase', reports: number, lastReportAt?: string | null, hidden: boolean, subject: { __typename?: 'ModerationSubject', type: ReportTarget, id: string, neighbourhoodId: string, title: string, createdAt: string, author?: { __typename?: 'Resident', id: string, pseudo: string } | null }, reasons: Array<{ __typename?: 'ReportReason', reason: string, count: number }>, decisions: Array<{ __typename?: 'ModerationDecisionRecord', id: string, action: ModerationAction, byReports: boolean, reason: string, at: string, appealable: boolean, appeal?: { __typename?: 'Appeal', text: string, at: string, deadline: string, status: AppealStatus, reason?: string | null, decidedAt?: string | null, deciders: AppealDeciders } | null }> };

export type ModerationQueueQueryVariables = Exact<{
  neighbourhoodId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ModerationQueueQuery = { __typename?: 'Query', moderationQueue: { __typename?: 'ModerationCaseConnection', edges?: Array<{ __typename?: 'ModerationCaseEdge', cursor: string, node?: { __typename?: 'ModerationCase', reports: number, lastReportAt?: string | null, hidden: boolean, subject: { __typename?: 'ModerationSubject', type: ReportTarget, id: string, neighbourhoodId: string, title: string, createdAt: string, author?: { __typename?: 'Resident', id: string, pseudo: string } | null }, reasons: Array<{ __typename?: 'ReportReason', reason: string, count: number }>, decisions: Array<{ __typename?: 'ModerationDecisionRecord', id: string, action: ModerationAction, byReports: boolean, reason: string, at: string, appealable: boolean, appeal?: { __typename?: 'Appeal', text: string, at: string, deadline: string, status: AppealStatus, reason?: string | null, decidedAt?: string | null, deciders: AppealDeciders } | null }> } | null } | null> | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ModerationCaseQueryVariables = Exact<{
  targetType: ReportTarget;
  targetId: Scalars['ID']['input'];
}>;


export type ModerationCaseQuery = { __typename?: 'Query', moderationCase: { __typename?: 'ModerationCase', reports: number, lastReportAt?: string | null, hidden: boolean, subject: { __typename?: 'ModerationSubject', type: ReportTarget, id: string, neighbourhoodId: string, title: string, createdAt: string, author?: { __typename?: 'Resident', id: string, pseudo: string } | null }, reasons: Array<{ __typename?: 'ReportReason', reason: string, count: number }>, decisions: Array<{ __typename?: 'ModerationDecisionRecord', id: string, action: ModerationAction, byReports: boolean, reason: string, at: string, appealable: boolean, appeal?: { __typename?: 'Appeal', text: string, at: string, deadline: string, status: AppealStatus, reason?: string | null, decidedAt?: string | null, deciders: AppealDeciders } | null }> } };

export type DecideModerationMutationVariables = Exact<{
  targetType: ReportTarget;
  targetId: Scalars['ID']['input'];
  decision: ModerationDecision;
  reason: Scalars['String']['input'];
}>;


export type DecideModerationMutation = { __typename?: 'Mutation', decideModeration: { __typename?: 'ModerationCase', reports: number, lastReportAt?: string | null, hidden: boolean, subject: { __typename?: 'ModerationSubject', type: ReportTarget, id: string, neighbourhoodId: string, title: string, createdAt: string, author?: { __typename?: 'Resident', id: string, pseudo: string } | null }, reasons: Array<{ __typename?: 'ReportReason', reason: string, count: number }>, decisions: Array<{ __typename?: 'ModerationDecisionRecord', id: string, action: ModerationAction, byReports: boolean, reason: string, at: string, appealable: boolean, appeal?: { __typename?: 'Appeal', text: string, at: string, deadline: string, status: AppealStatus, reason?: string | null, decidedAt?: string | null, deciders: AppealDeciders } | null }> } };

export type AppealModerationMutationVariables = Exact<{
  decisionId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type AppealModerationMutation = { __typename?: 'Mutation', appealModeration: { __typename?: 'ModerationCase', reports: number, lastReportAt?: string | null, hidden: boolean, subject: { __typename?: 'ModerationSubject', type: ReportTarget, id: string, neighbourhoodId: string, title: string, createdAt: string, author?: { __typename?: 'Resident', id: string, pseudo: string } | null }, reasons: Array<{ __typename?: 'ReportReason', reason: string, count: number }>, decisions: Array<{ __typename?: 'ModerationDecisionRecord', id: string, action: ModerationAction, byReports: boolean, reason: string, at: string, appealable: boolean, appeal?: { __typename?: 'Appeal', text: string, at: string, deadline: string, status: AppealStatus, reason?: string | null, decidedAt?: string | null, deciders: AppealDeciders } | null }> } };

export type AppealQueueQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AppealQueueQuery = { __typename?: 'Query', appealQueue: { __typename?: 'PendingAppealConnection', edges?: Array<{ __typename?: 'PendingAppealEdge', cursor: string, node?: { __typename?: 'PendingAppeal', decisionId: string, deadline: string, case: { __typename?: 'ModerationCase', reports: number, lastReportAt?: string | null, hidden: boolean, subject: { __typename?: 'ModerationSubject', type: ReportTarget, id: string, neighbourhoodId: string, title: string, createdAt: string, author?: { __typename?: 'Resident', id: string, pseudo: string } | null }, reasons: Array<{ __typename?: 'ReportReason', reason: string, count: number }>, decisions: Array<{ __typename?: 'ModerationDecisionRecord', id: string, action: ModerationAction, byReports: boolean, reason: string, at: string, appealable: boolean, appeal?: { __typename?: 'Appeal', text: string, at: string, deadline: string, status: AppealStatus, reason?: string | null, decidedAt?: string | null, deciders: AppealDeciders } | null }> } } | null } | null> | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type DecideAppealMutationVariables = Exact<{
  decisionId: Scalars['ID']['input'];
  grant: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
}>;


export type DecideAppealMutation = { __typename?: 'Mutation', decideAppeal: { __typename?: 'ModerationCase', reports: number, lastReportAt?: string | null, hidden: boolean, subject: { __typename?: 'ModerationSubject', type: ReportTarget, id: string, neighbourhoodId: string, title: string, createdAt: string, author?: { __typename?: 'Resident', id: string, pseudo: string } | null }, reasons: Array<{ __typename?: 'ReportReason', reason: string, count: number }>, decisions: Array<{ __typename?: 'ModerationDecisionRecord', id: string, action: ModerationAction, byReports: boolean, reason: string, at: string, appealable: boolean, appeal?: { __typename?: 'Appeal', text: string, at: string, deadline: string, status: AppealStatus, reason?: string | null, decidedAt?: string | null, deciders: AppealDeciders } | null }> } };

export type ModerationLogQueryVariables = Exact<{
  neighbourhoodId?: InputMaybe<Scalars['ID']['input']>;
  residentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ModerationLogQuery = { __typename?: 'Query', moderationLog: { __typename?: 'ModerationEntryConnection', edges?: Array<{ __typename?: 'ModerationEntryEdge', cursor: string, node?: { __typename?: 'ModerationLogEntry', id: string, at: string, action: ModerationAction, byReports: boolean, actorDeleted: boolean, subjectType?: ReportTarget | null, subjectId?: string | null, neighbourhoodId?: string | null, reason: string, decisionId?: string | null, actor?: { __typename?: 'Resident', id: string, pseudo: string } | null, resident?: { __typename?: 'Resident', id: string, pseudo: string } | null } | null } | null> | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type OperatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorsQuery = { __typename?: 'Query', operators: Array<{ __typename?: 'Resident', id: string, pseudo: string }> };

export type GrantOperatorMutationVariables = Exact<{
  residentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type GrantOperatorMutation = { __typename?: 'Mutation', grantOperator: Array<{ __typename?: 'Resident', id: string, pseudo: string }> };

export type RevokeOperatorMutationVariables = Exact<{
  residentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RevokeOperatorMutation = { __typename?: 'Mutation', revokeOperator: Array<{ __typename?: 'Resident', id: string, pseudo: string }> };

export type UsersQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserSummaryConnection', edges?: Array<{ __typename?: 'UserSummaryEdge', cursor: string, node?: { __typename?: 'UserSummary', id: string, pseudo: string, verified: boolean, standing: StandingLevel, isOperator: boolean } | null } | null> | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type AlertsQueryVariables = Exact<{
  neighbourhoodId: Scalars['ID']['input'];
  since?: InputMaybe<Scalars['Long']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AlertsQuery = { __typename?: 'Query', alerts: { __typename?: 'AlertPage', lastSequence: number, hasMore: boolean, alerts: Array<{ __typename?: 'Alert', id: string, neighbourhoodId: string, sequence: number, kind: AlertKind, title: string, body: string, radiusMeters: number, raisedAt: string, resolved: boolean, resolvedAt?: string | null, hidden: boolean, originNeighbourhoodId: string, place?: { __typename?: 'AlertPlace', lat: number, lng: number } | null, raiser: { __typename?: 'AlertRaiser', id: string, pseudo: string } }> } };

export type AlertRaisedSubscriptionVariables = Exact<{
  since?: InputMaybe<Scalars['Long']['input']>;
}>;


export type AlertRaisedSubscription = { __typename?: 'Subscription', alertRaised: { __typename?: 'Alert', id: string, neighbourhoodId: string, sequence: number, kind: AlertKind, title: string, body: string, radiusMeters: number, raisedAt: string, resolved: boolean, resolvedAt?: string | null, hidden: boolean, originNeighbourhoodId: string, place?: { __typename?: 'AlertPlace', lat: number, lng: number } | null, raiser: { __typename?: 'AlertRaiser', id: string, pseudo: string } } };

export type AlertUpdatedSubscriptionVariables = Exact<{
  since?: InputMaybe<Scalars['Long']['input']>;
  neighbourhoodId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AlertUpdatedSubscription = { __typename?: 'Subscription', alertUpdated: { __typename?: 'Alert', updateSequence: number, id: string, neighbourhoodId: string, sequence: number, kind: AlertKind, title: string, body: string, radiusMeters: number, raisedAt: string, resolved: boolean, resolvedAt?: string | null, hidden: boolean, originNeighbourhoodId: string, place?: { __typename?: 'AlertPlace', lat: number, lng: number } | null, raiser: { __typename?: 'AlertRaiser', id: string, pseudo: string } } };

export type RaiseAlertMutationVariables = Exact<{
  kind: AlertKind;
  title: Scalars['String']['input'];
  body?: InputMaybe<Scalars['String']['input']>;
  radiusMeters?: InputMaybe<Scalars['Int']['input']>;
  place?: InputMaybe<AlertPlaceInput>;
}>;


export type RaiseAlertMutation = { __typename?: 'Mutation', raiseAlert: { __typename?: 'Alert', id: string, neighbourhoodId: string, sequence: number, kind: AlertKind, title: string, body: string, radiusMeters: number, raisedAt: string, resolved: boolean, resolvedAt?: string | null, hidden: boolean, originNeighbourhoodId: string, place?: { __typename?: 'AlertPlace', lat: number, lng: number } | null, raiser: { __typename?: 'AlertRaiser', id: string, pseudo: string } } };

export type ResolveAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResolveAlertMutation = { __typename?: 'Mutation', resolveAlert: { __typename?: 'Alert', id: string, neighbourhoodId: string, sequence: number, kind: AlertKind, title: string, body: string, radiusMeters: number, raisedAt: string, resolved: boolean, resolvedAt?: string | null, hidden: boolean, originNeighbourhoodId: string, place?: { __typename?: 'AlertPlace', lat: number, lng: number } | null, raiser: { __typename?: 'AlertRaiser', id: string, pseudo: string } } };

export type ConversationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConversationsQuery = { __typename?: 'Query', conversations: { __typename?: 'ConversationConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'ConversationEdge', node?: { __typename?: 'Conversation', id: string, createdAt: string, messageCount: number, listing?: { __typename?: 'Listing', id: string, title: string, kind: ListingKind } | null, participants: Array<{ __typename?: 'Resident', id: string, pseudo: string }>, lastMessage?: { __typename?: 'Message', id: string, conversationId: string, text: string, sentAt: string, sender?: { __typename?: 'Resident', id: string, pseudo: string } | null } | null } | null } | null> | null } };

export type ConversationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConversationQuery = { __typename?: 'Query', conversation: { __typename?: 'Conversation', id: string, listing?: { __typename?: 'Listing', id: string, title: string, kind: ListingKind } | null, participants: Array<{ __typename?: 'Resident', id: string, pseudo: string }>, messages: { __typename?: 'MessageConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'MessageEdge', node?: { __typename?: 'Message', id: string, conversationId: string, text: string, sentAt: string, sender?: { __typename?: 'Resident', id: string, pseudo: string } | null } | null } | null> | null } } };

export type SendMessageMutationVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type SendMessageMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'Message', id: string, conversationId: string, text: string, sentAt: string, sender?: { __typename?: 'Resident', id: string, pseudo: string } | null } };

export type MessageReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MessageReceivedSubscription = { __typename?: 'Subscription', messageReceived: { __typename?: 'Message', id: string, conversationId: string, text: string, sentAt: string, sender?: { __typename?: 'Resident', id: string, pseudo: string } | null } };

export type NotificationFieldsFragment = { __typename?: 'Notification', id: string, kind: string, text: string, url: string, at: string, read: boolean };

export type NotificationsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', unreadCount: number, edges?: Array<{ __typename?: 'NotificationEdge', cursor: string, node?: { __typename?: 'Notification', id: string, kind: string, text: string, url: string, at: string, read: boolean } | null } | null> | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type UnreadNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', unreadCount: number } };

export type NotificationReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationReceivedSubscription = { __typename?: 'Subscription', notificationReceived: { __typename?: 'NotificationEvent', unreadCount: number, notification: { __typename?: 'Notification', id: string, kind: string, text: string, url: string, at: string, read: boolean } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  upTo?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type ExportMyDataMutationVariables = Exact<{ [key: string]: never; }>;


export type ExportMyDataMutation = { __typename?: 'Mutation', exportMyData: string };

export type DeleteMyAccountMutationVariables = Exact<{
  password: Scalars['String']['input'];
}>;


export type DeleteMyAccountMutation = { __typename?: 'Mutation', deleteMyAccount: boolean };

export type PostcardOutboxQueryVariables = Exact<{ [key: string]: never; }>;


export type PostcardOutboxQuery = { __typename?: 'Query', postcardOutbox: Array<{ __typename?: 'PostcardOrder', id: string, postalAddress: string, code: string, requestedAt: string }> };

export type MarkPostcardsSentMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkPostcardsSentMutation = { __typename?: 'Mutation', markPostcardsSent: number };

export type PushOutboxQueryVariables = Exact<{ [key: string]: never; }>;


export type PushOutboxQuery = { __typename?: 'Query', pushOutbox: Array<{ __typename?: 'PushMessage', id: string, deviceId: string, platform: PushPlatform, deviceToken: string, alert: { __typename?: 'Alert', id: string, title: string, kind: AlertKind, raisedAt: string } }> };

export type AckPushMessagesMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type AckPushMessagesMutation = { __typename?: 'Mutation', ackPushMessages: number };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type LogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutEverywhereMutation = { __typename?: 'Mutation', logoutEverywhere: boolean };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { __typename?: 'Query', mySessions: Array<{ __typename?: 'ActiveSession', id: string, browser?: string | null, system?: string | null, createdAt: string, lastSeenAt: string, current: boolean }> };

export type RevokeSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeSessionMutation = { __typename?: 'Mutation', revokeSession: Array<{ __typename?: 'ActiveSession', id: string, browser?: string | null, system?: string | null, createdAt: string, lastSeenAt: string, current: boolean }> };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'AuthPayload', expiresAt: string } };

export type AppConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type AppConfigQuery = { __typename?: 'Query', appConfig: { __typename?: 'AppConfig', tileUrl?: string | null, tileAttribution?: string | null, demo: boolean, demoAccounts: Array<{ __typename?: 'DemoAccount', pseudo: string, password: string, role: string }> } };

export type PushConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type PushConfigQuery = { __typename?: 'Query', appConfig: { __typename?: 'AppConfig', vapidPublicKey: string } };

export type RegisterWebPushMutationVariables = Exact<{
  subscription: WebPushSubscriptionInput;
}>;


export type RegisterWebPushMutation = { __typename?: 'Mutation', registerWebPush: { __typename?: 'PushDevice', id: string } };

export type UnregisterWebPushMutationVariables = Exact<{
  endpoint: Scalars['String']['input'];
}>;


export type UnregisterWebPushMutation = { __typename?: 'Mutation', unregisterWebPush: boolean };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { __typename?: 'Query', notificationPreferences: { __typename?: 'NotificationPreferences', digest: DigestFrequency, alertRadiusMeters?: number | null, off: Array<{ __typename?: 'ChannelChoice', kind: NotificationKind, channel: NotificationChannel }>, quietHours?: { __typename?: 'QuietHours', start: string, end: string, timeZone: string } | null } };

export type SetNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type SetNotificationPreferencesMutation = { __typename?: 'Mutation', setNotificationPreferences: { __typename?: 'NotificationPreferences', digest: DigestFrequency, alertRadiusMeters?: number | null, off: Array<{ __typename?: 'ChannelChoice', kind: NotificationKind, channel: NotificationChannel }>, quietHours?: { __typename?: 'QuietHours', start: string, end: string, timeZone: string } | null } };

export type PartnerConsentQueryVariables = Exact<{
  clientId: Scalars['ID']['input'];
}>;


export type PartnerConsentQuery = { __typename?: 'Query', partnerConsent: { __typename?: 'PartnerConsent', clientId: string, name: string, allowedScopes: Array<string>, rememberedScopes: Array<string> } };

export type ConnectedServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectedServicesQuery = { __typename?: 'Query', connectedServices: Array<{ __typename?: 'ConnectedService', clientId: string, name: string, scopes: Array<string>, since: string }> };

export type RevokeConnectedServiceMutationVariables = Exact<{
  clientId: Scalars['ID']['input'];
}>;


export type RevokeConnectedServiceMutation = { __typename?: 'Mutation', revokeConnectedService: Array<{ __typename?: 'ConnectedService', clientId: string, name: string, scopes: Array<string>, since: string }> };

export type PartnerClientsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerClientsQuery = { __typename?: 'Query', partnerClients: Array<{ __typename?: 'PartnerClient', clientId: string, name: string, redirectUris: Array<string>, postLogoutRedirectUris: Array<string>, scopes: Array<string>, confidential: boolean }> };

export type RegisterPartnerClientMutationVariables = Exact<{
  input: RegisterPartnerClientInput;
}>;


export type RegisterPartnerClientMutation = { __typename?: 'Mutation', registerPartnerClient: { __typename?: 'PartnerClientRegistration', clientSecret?: string | null, client: { __typename?: 'PartnerClient', clientId: string, name: string } } };

export type RemovePartnerClientMutationVariables = Exact<{
  clientId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RemovePartnerClientMutation = { __typename?: 'Mutation', removePartnerClient: boolean };

export type ConfirmEmailMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ConfirmEmailMutation = { __typename?: 'Mutation', confirmEmail: boolean };

export type ResendEmailConfirmationMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendEmailConfirmationMutation = { __typename?: 'Mutation', resendEmailConfirmation: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: { __typename?: 'AuthPayload', expiresAt: string, resident: { __typename?: 'Resident', id: string, pseudo: string, thanksReceived: number, verification: { __typename?: 'Verification', status: VerificationStatus, method?: VerificationMethod | null, verifiedAt?: string | null } } } };

export type OrganisationFieldsFragment = { __typename?: 'Organisation', id: string, kind: OrganisationKind, name: string, identifier: string, description: string, hours: string, publicAddress?: string | null, status: OrganisationStatus, decision?: string | null, createdAt: string, areaCellCount: number, myRole?: OrganisationRole | null };

export type OrganisationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationQuery = { __typename?: 'Query', organisation?: { __typename?: 'Organisation', latitude?: number | null, longitude?: number | null, id: string, kind: OrganisationKind, name: string, identifier: string, description: string, hours: string, publicAddress?: string | null, status: OrganisationStatus, decision?: string | null, createdAt: string, areaCellCount: number, myRole?: OrganisationRole | null, recommendations: { __typename?: 'RecommendationCounts', total: number, mine: boolean, inMyNeighbourhood: number }, reach?: { __typename?: 'OrganisationReach', neighbourhoodIds: Array<string>, radiusMeters?: number | null, neighbourhoods: Array<{ __typename?: 'ReachNeighbourhood', id: string, name: string }> } | null } | null };

export type ReachCandidatesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReachCandidatesQuery = { __typename?: 'Query', organisation?: { __typename?: 'Organisation', id: string, reachCandidates: Array<{ __typename?: 'ReachCandidate', id: string, name: string, memberCount: number }> } | null };

export type SetOrganisationReachMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  neighbourhoodIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  radiusMeters?: InputMaybe<Scalars['Int']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
}>;


export type SetOrganisationReachMutation = { __typename?: 'Mutation', setOrganisationReach: { __typename?: 'Organisation', id: string, areaCellCount: number, latitude?: number | null, longitude?: number | null, reach?: { __typename?: 'OrganisationReach', neighbourhoodIds: Array<string>, radiusMeters?: number | null } | null } };

export type VerifiedOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifiedOrganisationsQuery = { __typename?: 'Query', organisations: Array<{ __typename?: 'Organisation', id: string, kind: OrganisationKind, name: string, identifier: string, description: string, hours: string, publicAddress?: string | null, status: OrganisationStatus, decision?: string | null, createdAt: string, areaCellCount: number, myRole?: OrganisationRole | null }> };

export type MyOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationsQuery = { __typename?: 'Query', myOrganisations: Array<{ __typename?: 'Organisation', id: string, kind: OrganisationKind, name: string, identifier: string, description: string, hours: string, publicAddress?: string | null, status: OrganisationStatus, decision?: string | null, createdAt: string, areaCellCount: number, myRole?: OrganisationRole | null, members: Array<{ __typename?: 'OrganisationMember', residentId: string, role: OrganisationRole, since: string, resident?: { __typename?: 'Resident', id: string, pseudo: string } | null }> }> };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { __typename?: 'Mutation', createOrganisation: { __typename?: 'Organisation', id: string, kind: OrganisationKind, name: string, identifier: string, description: string, hours: string, publicAddress?: string | null, status: OrganisationStatus, decision?: string | null, createdAt: string, areaCellCount: number, myRole?: OrganisationRole | null } };

export type AddOrganisationMemberMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  residentId: Scalars['ID']['input'];
  role: OrganisationRole;
}>;


export type AddOrganisationMemberMutation = { __typename?: 'Mutation', addOrganisationMember: Array<{ __typename?: 'OrganisationMember', residentId: string, role: OrganisationRole }> };

export type RemoveOrganisationMemberMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  residentId: Scalars['ID']['input'];
}>;


export type RemoveOrganisationMemberMutation = { __typename?: 'Mutation', removeOrganisationMember: Array<{ __typename?: 'OrganisationMember', residentId: string, role: OrganisationRole }> };

export type PendingOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingOrganisationsQuery = { __typename?: 'Query', organisations: Array<{ __typename?: 'Organisation', id: string, kind: OrganisationKind, name: string, identifier: string, description: string, hours: string, publicAddress?: string | null, status: OrganisationStatus, decision?: string | null, createdAt: string, areaCellCount: number, myRole?: OrganisationRole | null }> };

export type OrphanedOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrphanedOrganisationsQuery = { __typename?: 'Query', orphanedOrganisations: Array<{ __typename?: 'Organisation', id: string, kind: OrganisationKind, name: string, identifier: string, description: string, hours: string, publicAddress?: string | null, status: OrganisationStatus, decision?: string | null, createdAt: string, areaCellCount: number, myRole?: OrganisationRole | null }> };

export type VerifyOrganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type VerifyOrganisationMutation = { __typename?: 'Mutation', verifyOrganisation: { __typename?: 'Organisation', id: string, status: OrganisationStatus } };

export type RejectOrganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectOrganisationMutation = { __typename?: 'Mutation', rejectOrganisation: { __typename?: 'Organisation', id: string, status: OrganisationStatus, decision?: string | null } };

export type RecommendOrganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RecommendOrganisationMutation = { __typename?: 'Mutation', recommendOrganisation: { __typename?: 'RecommendationCounts', total: number, mine: boolean, inMyNeighbourhood: number } };

export type UnrecommendOrganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnrecommendOrganisationMutation = { __typename?: 'Mutation', unrecommendOrganisation: { __typename?: 'RecommendationCounts', total: number, mine: boolean, inMyNeighbourhood: number } };

export type OrganisationsServingMeQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationsServingMeQuery = { __typename?: 'Query', organisationsServingMe: Array<{ __typename?: 'Organisation', id: string, kind: OrganisationKind, name: string, identifier: string, description: string, hours: string, publicAddress?: string | null, status: OrganisationStatus, decision?: string | null, createdAt: string, areaCellCount: number, myRole?: OrganisationRole | null }> };

export type SetOrganisationAreaMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  geoJson: Scalars['String']['input'];
}>;


export type SetOrganisationAreaMutation = { __typename?: 'Mutation', setOrganisationArea: { __typename?: 'Organisation', id: string, areaCellCount: number } };

export type OrganisationListingsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['ID']['input']>;
}>;


export type OrganisationListingsQuery = { __typename?: 'Query', organisation?: { __typename?: 'Organisation', id: string, listings: { __typename?: 'OrganisationListingPage', hasNextPage: boolean, items: Array<{ __typename?: 'OrganisationListing', id: string, kind: ListingKind, title: string, summary: string, createdAt: string, endsAt?: string | null, startsAt?: string | null, place?: string | null, neighbourhoods: Array<string> }> } } | null };

export type PublishOrganisationListingMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  neighbourhoodIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  input: CreateListingInput;
}>;


export type PublishOrganisationListingMutation = { __typename?: 'Mutation', publishOrganisationListing: { __typename?: 'Listing', id: string, title: string, organisationName?: string | null } };

export type PasskeysQueryVariables = Exact<{ [key: string]: never; }>;


export type PasskeysQuery = { __typename?: 'Query', passkeys: Array<{ __typename?: 'Passkey', id: string, name: string, createdAt: string, lastUsedAt?: string | null }> };

export type BeginPasskeyRegistrationMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginPasskeyRegistrationMutation = { __typename?: 'Mutation', beginPasskeyRegistration: string };

export type FinishPasskeyRegistrationMutationVariables = Exact<{
  name: Scalars['String']['input'];
  response: Scalars['String']['input'];
}>;


export type FinishPasskeyRegistrationMutation = { __typename?: 'Mutation', finishPasskeyRegistration: { __typename?: 'Passkey', id: string, name: string, createdAt: string, lastUsedAt?: string | null } };

export type RemovePasskeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemovePasskeyMutation = { __typename?: 'Mutation', removePasskey: boolean };

export type BeginPasskeySignInMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginPasskeySignInMutation = { __typename?: 'Mutation', beginPasskeySignIn: { __typename?: 'PasskeyChallenge', challengeId: string, options: string } };

export type FinishPasskeySignInMutationVariables = Exact<{
  challengeId: Scalars['ID']['input'];
  response: Scalars['String']['input'];
}>;


export type FinishPasskeySignInMutation = { __typename?: 'Mutation', finishPasskeySignIn: { __typename?: 'AuthPayload', expiresAt: string } };

export const CampaignFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"advertiser"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodIds"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CampaignFieldsFragment, unknown>;
export const ResidentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}},{"kind":"Field","name":{"kind":"Name","value":"thanksReceived"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]} as unknown as DocumentNode<ResidentFieldsFragment, unknown>;
export const NeighbourhoodFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeighbourhoodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Neighbourhood"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}}]}}]} as unknown as DocumentNode<NeighbourhoodFieldsFragment, unknown>;
export const ListingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carpool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCell"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCell"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"departureTime"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupPurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targetQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"pledgerCount"}},{"kind":"Field","name":{"kind":"Name","value":"myPledge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"iAmGoing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}}]}}]}}]} as unknown as DocumentNode<ListingFieldsFragment, unknown>;
export const AlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"originNeighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}}]} as unknown as DocumentNode<AlertFieldsFragment, unknown>;
export const FeedItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"listingKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"sponsored"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"advertiser"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<FeedItemFieldsFragment, unknown>;
export const MessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]} as unknown as DocumentNode<MessageFieldsFragment, unknown>;
export const ModerationCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastReportAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"byReports"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"appealable"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deciders"}}]}}]}}]}}]} as unknown as DocumentNode<ModerationCaseFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const OrganisationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"publicAddress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"areaCellCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]} as unknown as DocumentNode<OrganisationFieldsFragment, unknown>;
export const PublishAnnouncementDocument = {"__meta__":{"hash":"6fe3e2bce1f08a6e6dc525b07c7c1c68d3a3ba86f6a647b74f2e5b4306ecce9c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAnnouncement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnouncementKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PublishAnnouncementMutation, PublishAnnouncementMutationVariables>;
export const AnnouncementsDocument = {"__meta__":{"hash":"d1963e36bcdfa4b4da916d5976c505451b02f5dae6077a0df64bbc1043e4c431"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Announcements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<AnnouncementsQuery, AnnouncementsQueryVariables>;
export const OperatorsModerationQueueDocument = {"__meta__":{"hash":"c28f35fb654b11de81a8ede16efadd6c42aa24e1dc76f4d2d5db93cc7a9699dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorsModerationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorsModerationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModerationCaseFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastReportAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"byReports"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"appealable"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deciders"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorsModerationQueueQuery, OperatorsModerationQueueQueryVariables>;
export const OrganisationCampaignsDocument = {"__meta__":{"hash":"c69231505e0cf706844089f4e344477dea8e1d42876a6b07d57e8afc9903d7e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationCampaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationCampaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"minResidents"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"advertiser"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodIds"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OrganisationCampaignsQuery, OrganisationCampaignsQueryVariables>;
export const CreateCampaignDocument = {"__meta__":{"hash":"d89b6ba1b037b679ea8fbc0ee956236fb85b459730c171216dae00e383f65a14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"advertiser"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodIds"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const PendingCampaignsDocument = {"__meta__":{"hash":"a5386de5327630bf32242528f5e1bd1c31748282e12c343945900a88d36ecc19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"advertiser"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodIds"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PendingCampaignsQuery, PendingCampaignsQueryVariables>;
export const ApproveCampaignDocument = {"__meta__":{"hash":"bd746ac6993638c7a8329fadfb57a9186cd8ef92daca01cfa051025ddb526148"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<ApproveCampaignMutation, ApproveCampaignMutationVariables>;
export const RejectCampaignDocument = {"__meta__":{"hash":"c78f33b5b53ffb69d138eb9293026029e7ab37cbe67cee3dd94381538cbaf739"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<RejectCampaignMutation, RejectCampaignMutationVariables>;
export const EditCampaignDocument = {"__meta__":{"hash":"bede131ab96f8e3e02dbb94470373d930a0bb2ea8e7f1c65dc65f6233999ac6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignChangesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"advertiser"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodIds"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EditCampaignMutation, EditCampaignMutationVariables>;
export const PauseCampaignDocument = {"__meta__":{"hash":"e60a3d7b9acc6f320aab6b5a0e3d5d850bdb38ef03bc1db0c3f43760a8f6e0c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PauseCampaignMutation, PauseCampaignMutationVariables>;
export const ResumeCampaignDocument = {"__meta__":{"hash":"a27a70ab6b9185c0ceae630e53ad325c51e08f27968d6d27bb66c1ac2aae6aee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ResumeCampaignMutation, ResumeCampaignMutationVariables>;
export const CancelCampaignDocument = {"__meta__":{"hash":"b2e27e78dbfd6be83744e35a560316bedfea588aa185b1c0cb1c5fbe8e42e1d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelCampaignMutation, CancelCampaignMutationVariables>;
export const HiddenAdvertisersDocument = {"__meta__":{"hash":"286afac7d1cab07615c47bc85be84b18017d262ce282e3c21911959181cb1f02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HiddenAdvertisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hiddenAdvertiserOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HiddenAdvertisersQuery, HiddenAdvertisersQueryVariables>;
export const UnhideAdvertiserDocument = {"__meta__":{"hash":"4a3dda86fe98a1200b0dc51ddcab4984682c3aa4eec12c041344f25c06b59df1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnhideAdvertiser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unhideAdvertiser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}]}]}}]} as unknown as DocumentNode<UnhideAdvertiserMutation, UnhideAdvertiserMutationVariables>;
export const HideAdvertiserDocument = {"__meta__":{"hash":"3118d79416350cf2bf07e6e77d2758c39b3d8b1cb1efc60bb574d537ea6c6ce8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HideAdvertiser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideAdvertiser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}]}]}}]} as unknown as DocumentNode<HideAdvertiserMutation, HideAdvertiserMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"4531056623eaa14fe786dbf1fc2116af814dabd510eb0bcba9d0987bea8b7faf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidentFields"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"homeCell"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourhoodFields"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}},{"kind":"Field","name":{"kind":"Name","value":"thanksReceived"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeighbourhoodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Neighbourhood"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RegisterDocument = {"__meta__":{"hash":"8eced3e8062e9602aeda0d39269ee4b71f794897abba23b2077f4d3edd26be34"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}},{"kind":"Field","name":{"kind":"Name","value":"thanksReceived"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const LoginDocument = {"__meta__":{"hash":"3a1aac5262aa12cfc8f6c6752eae0a7c9c5c6fc9358f55209f3ab81bd3eb7518"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}},{"kind":"Field","name":{"kind":"Name","value":"thanksReceived"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const SetHomeDocument = {"__meta__":{"hash":"f9f31bb8f1ba4094fcc6379985a2c1e025740a37762af271aa3bc13927f62b62"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lng"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}},{"kind":"Argument","name":{"kind":"Name","value":"lng"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lng"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidentFields"}},{"kind":"Field","name":{"kind":"Name","value":"homeCell"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}},{"kind":"Field","name":{"kind":"Name","value":"thanksReceived"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]} as unknown as DocumentNode<SetHomeMutation, SetHomeMutationVariables>;
export const VerificationProgressDocument = {"__meta__":{"hash":"b316064f98399ccb1c089f68d4a94c7580d83c0be3f36639f2d9f5a6b380e054"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerificationProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fixesCounted"}},{"kind":"Field","name":{"kind":"Name","value":"fixesNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"daysNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"fixMaxAccuracyMeters"}},{"kind":"Field","name":{"kind":"Name","value":"vouchesReceived"}},{"kind":"Field","name":{"kind":"Name","value":"vouchesNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"postcardExpiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<VerificationProgressQuery, VerificationProgressQueryVariables>;
export const SubmitLocationFixDocument = {"__meta__":{"hash":"44d174777467d7307586f6a79cfc36836f6a5b097823a29ab4171126b68a9129"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitLocationFix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lng"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accuracyMeters"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitLocationFix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}},{"kind":"Argument","name":{"kind":"Name","value":"lng"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lng"}}},{"kind":"Argument","name":{"kind":"Name","value":"accuracyMeters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accuracyMeters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countingFixes"}},{"kind":"Field","name":{"kind":"Name","value":"distinctDays"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitLocationFixMutation, SubmitLocationFixMutationVariables>;
export const VouchForDocument = {"__meta__":{"hash":"4bf37dd13bb6b8edeffcfe23773d44215a8ef960519a1a35770bd731d32d9130"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VouchFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vouchFor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"candidateVerified"}}]}}]}}]} as unknown as DocumentNode<VouchForMutation, VouchForMutationVariables>;
export const RequestPostcardDocument = {"__meta__":{"hash":"b4a9c8265062a769eea136dec2678b056ddcff41fcfea49d64a2db4f51641698"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPostcard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postalAddress"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPostcard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postalAddress"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postalAddress"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeExpiresAt"}}]}}]}}]} as unknown as DocumentNode<RequestPostcardMutation, RequestPostcardMutationVariables>;
export const ConfirmPostcardCodeDocument = {"__meta__":{"hash":"e3ee01b478cc66d94cd0320ed02e809ba1575f16bcbdba62e57b3a59e6a18927"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPostcardCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPostcardCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}},{"kind":"Field","name":{"kind":"Name","value":"thanksReceived"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]} as unknown as DocumentNode<ConfirmPostcardCodeMutation, ConfirmPostcardCodeMutationVariables>;
export const NeighbourhoodAtDocument = {"__meta__":{"hash":"bcdbc00b8926a3191c1b21d726abc4a6613b9341db3f78855f7b35a70a7f2ca0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeighbourhoodAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lng"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radiusMeters"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}},{"kind":"Argument","name":{"kind":"Name","value":"lng"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lng"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourhoodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nearbyNeighbourhoods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}},{"kind":"Argument","name":{"kind":"Name","value":"lng"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lng"}}},{"kind":"Argument","name":{"kind":"Name","value":"radiusMeters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radiusMeters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourhoodFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeighbourhoodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Neighbourhood"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}}]}}]} as unknown as DocumentNode<NeighbourhoodAtQuery, NeighbourhoodAtQueryVariables>;
export const NeighbourhoodDocument = {"__meta__":{"hash":"1674ec6b00e63c1425ef894ee5249c7e97efd09e7aa17f19ee3d13ba1c64f170"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourhoodFields"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergeProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeighbourhoodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Neighbourhood"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const MembersDocument = {"__meta__":{"hash":"368ca2737252ba6ce4579d7ca492c7e12bf0c784c2bcb70986e29e430369710d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}},{"kind":"Field","name":{"kind":"Name","value":"isLead"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const FoundNeighbourhoodDocument = {"__meta__":{"hash":"d42d55cb041e61f8c39a6307203e927be59e5331488742de104dc2e5dd2b2a29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FoundNeighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"foundNeighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourhoodFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeighbourhoodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Neighbourhood"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}}]}}]} as unknown as DocumentNode<FoundNeighbourhoodMutation, FoundNeighbourhoodMutationVariables>;
export const JoinNeighbourhoodDocument = {"__meta__":{"hash":"49328815a47e45206bfd415a4eddb55105352a5f0dd17ca518a2cee98a0877d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinNeighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinNeighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourhoodFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeighbourhoodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Neighbourhood"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}}]}}]} as unknown as DocumentNode<JoinNeighbourhoodMutation, JoinNeighbourhoodMutationVariables>;
export const LeaveNeighbourhoodDocument = {"__meta__":{"hash":"2d34da0413af2343c6c59567d5cd9648141e869ac94f89be8eeaf50163cbe221"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveNeighbourhood"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveNeighbourhood"}}]}}]} as unknown as DocumentNode<LeaveNeighbourhoodMutation, LeaveNeighbourhoodMutationVariables>;
export const NameLeadDocument = {"__meta__":{"hash":"62a023b342ee23938f8d97a96c36278a1d852ee307fec45ecd504f71605ebbf4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NameLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"neighbourhoodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}}},{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}}}]}]}}]} as unknown as DocumentNode<NameLeadMutation, NameLeadMutationVariables>;
export const ProposeMergeDocument = {"__meta__":{"hash":"454c81c20581e6f32f5ace1d0785a3ae8c28b322e6459b5a9128d7a328f6d52b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeMerge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"neighbourhoodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProposeMergeMutation, ProposeMergeMutationVariables>;
export const AcceptMergeDocument = {"__meta__":{"hash":"7dba28f1fa8db27a7581a34b6c8df3858d1f3999901627bcf105dafccb322540"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptMerge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourhoodFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeighbourhoodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Neighbourhood"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}}]}}]} as unknown as DocumentNode<AcceptMergeMutation, AcceptMergeMutationVariables>;
export const FeedDocument = {"__meta__":{"hash":"e6f5d22115d1c365f8f3c589ea5c35453c5026b17add320d3e1094b13679d10e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Feed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"neighbourhoodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedItemFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"listingKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"sponsored"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"advertiser"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<FeedQuery, FeedQueryVariables>;
export const FeedUpdatedDocument = {"__meta__":{"hash":"c3ecfd94c45f9881b3fe53b24bf30edefb2d88ed073f31e8bed096146986aeab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FeedUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"neighbourhoodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"listingKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"sponsored"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"advertiser"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<FeedUpdatedSubscription, FeedUpdatedSubscriptionVariables>;
export const ListingsDocument = {"__meta__":{"hash":"825d28956642517982864777c08479cb3e4a7079d2dbaf2cd14518c2d81c9415"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Listings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListingKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"neighbourhoodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carpool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCell"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCell"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"departureTime"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupPurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targetQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"pledgerCount"}},{"kind":"Field","name":{"kind":"Name","value":"myPledge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"iAmGoing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}}]}}]}}]} as unknown as DocumentNode<ListingsQuery, ListingsQueryVariables>;
export const ListingDocument = {"__meta__":{"hash":"75235eb76c4b68bc40e6847c3be644019250ef3214e7e376da79a9e4a8399dc1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Listing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carpool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCell"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCell"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"departureTime"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupPurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targetQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"pledgerCount"}},{"kind":"Field","name":{"kind":"Name","value":"myPledge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"iAmGoing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}}]}}]}}]} as unknown as DocumentNode<ListingQuery, ListingQueryVariables>;
export const CarpoolMatchesDocument = {"__meta__":{"hash":"b15821b0bfc2bb8cfe74ea87f7dab6bcd228859e079ab99ea05fc8ec03b6ffdc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarpoolMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destinationCell"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carpoolMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"destinationCell"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destinationCell"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carpool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCell"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCell"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"departureTime"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupPurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targetQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"pledgerCount"}},{"kind":"Field","name":{"kind":"Name","value":"myPledge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"iAmGoing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}}]}}]}}]} as unknown as DocumentNode<CarpoolMatchesQuery, CarpoolMatchesQueryVariables>;
export const CreateListingDocument = {"__meta__":{"hash":"1de2088731591372ced4e4411d8a5c225f329463990cca69c545861b8278d111"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carpool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCell"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCell"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"departureTime"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupPurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targetQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"pledgerCount"}},{"kind":"Field","name":{"kind":"Name","value":"myPledge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"iAmGoing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}}]}}]}}]} as unknown as DocumentNode<CreateListingMutation, CreateListingMutationVariables>;
export const CreatePostDocument = {"__meta__":{"hash":"d6e8497a850f6f151327ad0385d12463b1cb6b23a03027225fc7c715a2f123dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreatePostMutation, CreatePostMutationVariables>;
export const UpdateListingStatusDocument = {"__meta__":{"hash":"d8345165588118f549c88ec478d8428ffec26aa5521a9704d4c70c17d0fdfeb6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateListingStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListingStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"counterpartId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateListingStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"counterpartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"counterpartId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carpool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCell"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCell"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"departureTime"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupPurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targetQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"pledgerCount"}},{"kind":"Field","name":{"kind":"Name","value":"myPledge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"iAmGoing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}}]}}]}}]} as unknown as DocumentNode<UpdateListingStatusMutation, UpdateListingStatusMutationVariables>;
export const PledgeDocument = {"__meta__":{"hash":"2df22639836cdf221056d2ca7dcfc6dfa5a2ce40da96ef94e33986648628769e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Pledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"listingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carpool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCell"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCell"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"departureTime"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupPurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targetQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"pledgerCount"}},{"kind":"Field","name":{"kind":"Name","value":"myPledge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"iAmGoing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}}]}}]}}]} as unknown as DocumentNode<PledgeMutation, PledgeMutationVariables>;
export const UnpledgeDocument = {"__meta__":{"hash":"97ccfa4369f47fb69d7f8308470ab46ff263b0884b69542ecaa39a985f2ef63b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unpledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"listingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carpool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCell"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCell"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"departureTime"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupPurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targetQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"pledgerCount"}},{"kind":"Field","name":{"kind":"Name","value":"myPledge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"iAmGoing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}}]}}]}}]} as unknown as DocumentNode<UnpledgeMutation, UnpledgeMutationVariables>;
export const BookSeatDocument = {"__meta__":{"hash":"240932861170e0b84a9ed992d1f462f9a7a62b64cd9e8f7dbf086d22c27784ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"listingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carpool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCell"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCell"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"departureTime"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupPurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targetQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"pledgerCount"}},{"kind":"Field","name":{"kind":"Name","value":"myPledge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"iAmGoing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}}]}}]}}]} as unknown as DocumentNode<BookSeatMutation, BookSeatMutationVariables>;
export const CancelSeatDocument = {"__meta__":{"hash":"1bd67927fc2944f081fb97d2e26468292ae8fbf353c29c14832a25a846f10826"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"listingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carpool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCell"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCell"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"departureTime"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupPurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targetQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"pledgerCount"}},{"kind":"Field","name":{"kind":"Name","value":"myPledge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"iAmGoing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}}]}}]}}]} as unknown as DocumentNode<CancelSeatMutation, CancelSeatMutationVariables>;
export const RsvpDocument = {"__meta__":{"hash":"bd10e0288bff313d32042edb91e0265a0547904f2cc4844f78052708b43133cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Rsvp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"going"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsvp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"listingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"going"},"value":{"kind":"Variable","name":{"kind":"Name","value":"going"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carpool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCell"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCell"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"departureTime"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupPurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targetQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"pledgerCount"}},{"kind":"Field","name":{"kind":"Name","value":"myPledge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"iAmGoing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}}]}}]}}]} as unknown as DocumentNode<RsvpMutation, RsvpMutationVariables>;
export const RespondToListingDocument = {"__meta__":{"hash":"b29a7094bf30b751ea4429d67056e461c66f59d284ab059c48c749d8f61a597a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"listingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RespondToListingMutation, RespondToListingMutationVariables>;
export const ThankDocument = {"__meta__":{"hash":"cea63df905eb6ece663227955cdac078a1ea19b5afcf4c6bf67a7f7c41af9fed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Thank"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thank"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"listingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}}}]}]}}]} as unknown as DocumentNode<ThankMutation, ThankMutationVariables>;
export const ReportDocument = {"__meta__":{"hash":"05d8f99f5d1297fe2a512f9a2bb4a7e6810a83b257eae1ed5a13b177849dde6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportTarget"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"reports"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}}]}}]} as unknown as DocumentNode<ReportMutation, ReportMutationVariables>;
export const ModerationQueueDocument = {"__meta__":{"hash":"41b6ed4021550acbff4492be973dbcc8647f5f7b3b4edbd84c1286de950b074d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"neighbourhoodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModerationCaseFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastReportAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"byReports"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"appealable"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deciders"}}]}}]}}]}}]} as unknown as DocumentNode<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const ModerationCaseDocument = {"__meta__":{"hash":"1cfd05151372b4868726d53f6b8ecd13c3d0aba1f261759436551b820b0dc109"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportTarget"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModerationCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastReportAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"byReports"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"appealable"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deciders"}}]}}]}}]}}]} as unknown as DocumentNode<ModerationCaseQuery, ModerationCaseQueryVariables>;
export const DecideModerationDocument = {"__meta__":{"hash":"51392306c181802f7014faae90de8e624555c51607e3fa08abc255a87cde8a83"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideModeration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportTarget"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideModeration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModerationCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastReportAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"byReports"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"appealable"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deciders"}}]}}]}}]}}]} as unknown as DocumentNode<DecideModerationMutation, DecideModerationMutationVariables>;
export const AppealModerationDocument = {"__meta__":{"hash":"36c8a88e43e4f2577c155e0d6d326ac26b9a8702f4c41194eb6fe155127e4de0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealModeration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealModeration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModerationCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastReportAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"byReports"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"appealable"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deciders"}}]}}]}}]}}]} as unknown as DocumentNode<AppealModerationMutation, AppealModerationMutationVariables>;
export const AppealQueueDocument = {"__meta__":{"hash":"f83e641046aaa9ea9244853329e10acd7adb998d9a5b4350577713fd1f7b7619"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModerationCaseFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastReportAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"byReports"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"appealable"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deciders"}}]}}]}}]}}]} as unknown as DocumentNode<AppealQueueQuery, AppealQueueQueryVariables>;
export const DecideAppealDocument = {"__meta__":{"hash":"56f1aa799a00d13232d5322bd221e40e92f13d6f23152aaf566e69a42445cc0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"grant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grant"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModerationCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastReportAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"byReports"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"appealable"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deciders"}}]}}]}}]}}]} as unknown as DocumentNode<DecideAppealMutation, DecideAppealMutationVariables>;
export const ModerationLogDocument = {"__meta__":{"hash":"df2f9b269e9b700ce227fa2c77292f210f2c5a13ed57c7e795179958d6004b72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"neighbourhoodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}}},{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"byReports"}},{"kind":"Field","name":{"kind":"Name","value":"actorDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ModerationLogQuery, ModerationLogQueryVariables>;
export const OperatorsDocument = {"__meta__":{"hash":"f095b2aca5b595b614cc4290dc9cd0c666b5fa14a8485426436d88d1a1ce1fa1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Operators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}}]} as unknown as DocumentNode<OperatorsQuery, OperatorsQueryVariables>;
export const GrantOperatorDocument = {"__meta__":{"hash":"1c540a76562090564af13d9f858bdfc845d5c185581e09482d954dc45613bb3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantOperator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantOperator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}}]} as unknown as DocumentNode<GrantOperatorMutation, GrantOperatorMutationVariables>;
export const RevokeOperatorDocument = {"__meta__":{"hash":"ea9c8995f5b3d9b2b899df215b17cae5bee9031bf9cc1598768d3405520d1269"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeOperator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeOperator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}}]} as unknown as DocumentNode<RevokeOperatorMutation, RevokeOperatorMutationVariables>;
export const UsersDocument = {"__meta__":{"hash":"c1b454d3e234d1cd379853e0bbe634c1f0c9de339a1cb7803000e7b398029d4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"standing"}},{"kind":"Field","name":{"kind":"Name","value":"isOperator"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const AlertsDocument = {"__meta__":{"hash":"12caecda30448d7edb33aaeaacc02bb2f2c86de4772642a600b5a11f9a559ee5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"neighbourhoodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastSequence"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"originNeighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}}]} as unknown as DocumentNode<AlertsQuery, AlertsQueryVariables>;
export const AlertRaisedDocument = {"__meta__":{"hash":"02a430c3afc98c292c119f2eac7494e7508969cc37a6331ddf5fa548c95f8409"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlertRaised"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRaised"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"originNeighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}}]} as unknown as DocumentNode<AlertRaisedSubscription, AlertRaisedSubscriptionVariables>;
export const AlertUpdatedDocument = {"__meta__":{"hash":"e911098e80fa05b4de6abc022647ae2f0994dd403c77c6289f8734409acf7b29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlertUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"neighbourhoodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}},{"kind":"Field","name":{"kind":"Name","value":"updateSequence"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"originNeighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}}]} as unknown as DocumentNode<AlertUpdatedSubscription, AlertUpdatedSubscriptionVariables>;
export const RaiseAlertDocument = {"__meta__":{"hash":"1c7cd393ca2f62ee3423603e703b81ec492639ce61e06b10edef2ddd4ed6f1f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radiusMeters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"place"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertPlaceInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"radiusMeters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radiusMeters"}}},{"kind":"Argument","name":{"kind":"Name","value":"place"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"originNeighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}}]} as unknown as DocumentNode<RaiseAlertMutation, RaiseAlertMutationVariables>;
export const ResolveAlertDocument = {"__meta__":{"hash":"431540defa0fc26b1c044b71a2984930f1866e9546d06e35ef006fe69a157dd9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"originNeighbourhoodId"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}}]} as unknown as DocumentNode<ResolveAlertMutation, ResolveAlertMutationVariables>;
export const ConversationsDocument = {"__meta__":{"hash":"5dc5a706e955951ad428b716ac07ecf0e62777a3aa8420ae5d0b097ff149a7eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]} as unknown as DocumentNode<ConversationsQuery, ConversationsQueryVariables>;
export const ConversationDocument = {"__meta__":{"hash":"38c9b86e7c5ee996d1e6fde751c8f8da3b5ed86cd3108269acf7c1f8816ca794"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]} as unknown as DocumentNode<ConversationQuery, ConversationQueryVariables>;
export const SendMessageDocument = {"__meta__":{"hash":"61395344459d575c235c17ca5c1f35832b5a12ecf5c8ea6cdd31d60f86ac95bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const MessageReceivedDocument = {"__meta__":{"hash":"f171d62e1ff56e82ab3ee3985e88957ae61d9be1d0acbd0b8a914f00d5622bf2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MessageReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]} as unknown as DocumentNode<MessageReceivedSubscription, MessageReceivedSubscriptionVariables>;
export const NotificationsDocument = {"__meta__":{"hash":"a4f351f2916f47cac34a2679842363228edb0784345842bf78bd5886cd70546f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationsDocument = {"__meta__":{"hash":"be744c798808c7a45d9fbefbb6ca9e8827e8b72e220af34747d6d39d0609c65f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<UnreadNotificationsQuery, UnreadNotificationsQueryVariables>;
export const NotificationReceivedDocument = {"__meta__":{"hash":"8215725e508e503b7857de08cbb32ad3c1712322706a43ccc6b6ae8087d672c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]} as unknown as DocumentNode<NotificationReceivedSubscription, NotificationReceivedSubscriptionVariables>;
export const MarkNotificationsReadDocument = {"__meta__":{"hash":"ac8fe7817c4e0bf3224688a4bec561bbdd895108c0094bb7cb2def7e5a282006"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const ExportMyDataDocument = {"__meta__":{"hash":"928e76ffee6fab39008d3097f971d05bb543bac1ace3a34c7f1443cfe958a4e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportMyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportMyData"}}]}}]} as unknown as DocumentNode<ExportMyDataMutation, ExportMyDataMutationVariables>;
export const DeleteMyAccountDocument = {"__meta__":{"hash":"b109a8bbc2a1594c4e1b2b4638c32e514e6b829686f4b6a839883fe11ea5dc5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const PostcardOutboxDocument = {"__meta__":{"hash":"6ccea7d2388094d97ae77d2f5c21c9b4bcbf121586177e8968b5e3e19d5fd544"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostcardOutbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcardOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]}}]} as unknown as DocumentNode<PostcardOutboxQuery, PostcardOutboxQueryVariables>;
export const MarkPostcardsSentDocument = {"__meta__":{"hash":"359c409f4564eb2b16e9010197716c6d6942d828077cbc8f410d18c7d9d8e06b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkPostcardsSent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markPostcardsSent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkPostcardsSentMutation, MarkPostcardsSentMutationVariables>;
export const PushOutboxDocument = {"__meta__":{"hash":"13e2431038d7c9b90a280df855324887fcc82ae696cf6eef3ef4e9da746c52b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PushOutbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"deviceToken"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PushOutboxQuery, PushOutboxQueryVariables>;
export const AckPushMessagesDocument = {"__meta__":{"hash":"738ac9ce8c09f6d33d53ad42f11fd7f2109ad8385f72158efe49cad3ca1990c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AckPushMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ackPushMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<AckPushMessagesMutation, AckPushMessagesMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"cb1d14c1cc99a25294cfa4376de2402364cb32e6c038a11fb36cf0ebb3a5ce91"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const LogoutEverywhereDocument = {"__meta__":{"hash":"52707447b420e68f4a0918465e15cadf17002137ecf83682995cbd21b0be795c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogoutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logoutEverywhere"}}]}}]} as unknown as DocumentNode<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const MySessionsDocument = {"__meta__":{"hash":"f1bb3e702ce1f2b05973dd130c8efbe7b8c0eebe3cab7a7234a47a9c962941f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const RevokeSessionDocument = {"__meta__":{"hash":"14a14e8359199a66a8fa39d16d89ea7cb7dd3c97bc740cf08780a9217f53b763"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const ChangePasswordDocument = {"__meta__":{"hash":"4e952bf08ee8c5084375c5e0199a08e58591c28917ffc12071ef76dec3fdd44b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AppConfigDocument = {"__meta__":{"hash":"fc37a13224bc914b0a1752e2fb55547a7fb6a8db5a93364e6b39e1a28ae1b4e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tileAttribution"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"demoAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pseudo"}},{"kind":"Field","name":{"kind":"Name","value":"password"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<AppConfigQuery, AppConfigQueryVariables>;
export const PushConfigDocument = {"__meta__":{"hash":"5b2462cc31842308b630d9907ea0d0150a62fec999d13f2a5d714bda2ca3c2ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PushConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vapidPublicKey"}}]}}]}}]} as unknown as DocumentNode<PushConfigQuery, PushConfigQueryVariables>;
export const RegisterWebPushDocument = {"__meta__":{"hash":"dffcf30ffcdf28f6f3f0f243d6a62857a7edf50f8e33b825133ccf1abcb5f452"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWebPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subscription"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebPushSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWebPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subscription"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subscription"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterWebPushMutation, RegisterWebPushMutationVariables>;
export const UnregisterWebPushDocument = {"__meta__":{"hash":"42f2454b159af50bf7fde3928a7ab1f7bc6e2913989a86b1a54f20ff63bceb8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnregisterWebPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpoint"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unregisterWebPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpoint"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpoint"}}}]}]}}]} as unknown as DocumentNode<UnregisterWebPushMutation, UnregisterWebPushMutationVariables>;
export const NotificationPreferencesDocument = {"__meta__":{"hash":"44f02590bd0aafb744806c1bfc60c793f14b1f61e03599cbb05606e1548ed98e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"off"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"alertRadiusMeters"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferencesDocument = {"__meta__":{"hash":"5f7cec036c297b8f6198e8ac0fae5db010298fad3318cc70e4bc13b104ee5af1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"off"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"alertRadiusMeters"}}]}}]}}]} as unknown as DocumentNode<SetNotificationPreferencesMutation, SetNotificationPreferencesMutationVariables>;
export const PartnerConsentDocument = {"__meta__":{"hash":"49aa5448d54ffd62eee4515788b99604bfe75adb1c3ed3c8dc6d88ac321985b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"allowedScopes"}},{"kind":"Field","name":{"kind":"Name","value":"rememberedScopes"}}]}}]}}]} as unknown as DocumentNode<PartnerConsentQuery, PartnerConsentQueryVariables>;
export const ConnectedServicesDocument = {"__meta__":{"hash":"a59a3e115cb33b344ea3d58ab6ced44cd38a2cd12e1ff7d00ee3c63b06306332"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]} as unknown as DocumentNode<ConnectedServicesQuery, ConnectedServicesQueryVariables>;
export const RevokeConnectedServiceDocument = {"__meta__":{"hash":"1852cdd37d6525e3fa18964d166bb044e9d71edecdbb6925cbaf3cd782b6b725"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConnectedService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConnectedService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]} as unknown as DocumentNode<RevokeConnectedServiceMutation, RevokeConnectedServiceMutationVariables>;
export const PartnerClientsDocument = {"__meta__":{"hash":"4e5fbf19edf8b1c16cda304251b921aa9d071dd7fc88e7f09a11212d1aa8bdc3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"postLogoutRedirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}}]}}]}}]} as unknown as DocumentNode<PartnerClientsQuery, PartnerClientsQueryVariables>;
export const RegisterPartnerClientDocument = {"__meta__":{"hash":"8f37e9716ea82afc86c873950df517ba4438feca490a8c03c8724229b04f5b42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPartnerClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPartnerClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPartnerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}}]}}]}}]} as unknown as DocumentNode<RegisterPartnerClientMutation, RegisterPartnerClientMutationVariables>;
export const RemovePartnerClientDocument = {"__meta__":{"hash":"0a4b38f764f6bf0df578f6bd5b25002259d12aa66be2dcdeac39391795bc6755"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePartnerClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePartnerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RemovePartnerClientMutation, RemovePartnerClientMutationVariables>;
export const ConfirmEmailDocument = {"__meta__":{"hash":"ccdf7bdef7e2c69f4638a818298e64f0b28f0b54ef3a6a9b506d3d9d38f1f894"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<ConfirmEmailMutation, ConfirmEmailMutationVariables>;
export const ResendEmailConfirmationDocument = {"__meta__":{"hash":"32ffd0672685211f3a34edd32eb659f30f5e3d3fc4f016cc05d5c14ce7e2107b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendEmailConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendEmailConfirmation"}}]}}]} as unknown as DocumentNode<ResendEmailConfirmationMutation, ResendEmailConfirmationMutationVariables>;
export const RequestPasswordResetDocument = {"__meta__":{"hash":"5ac89982dc149995bab85b93caab9976bbc3fd5994fbf4173153f8686dba9d72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"__meta__":{"hash":"a520db1a5045b704f4612efabb807f03398dbd3e018db6a5e1df94dd98ed3b08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}},{"kind":"Field","name":{"kind":"Name","value":"thanksReceived"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const OrganisationDocument = {"__meta__":{"hash":"4c01cfc1191965d6eb8ec20f87d798ca4ef067088a0ea9b6f85d19737325fe90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"inMyNeighbourhood"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"reach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodIds"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"publicAddress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"areaCellCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const ReachCandidatesDocument = {"__meta__":{"hash":"3ad20639b7cd3d2098a93d5818971f6cefe733cbae49562e0a4871393d5e5b00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReachCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reachCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]}}]} as unknown as DocumentNode<ReachCandidatesQuery, ReachCandidatesQueryVariables>;
export const SetOrganisationReachDocument = {"__meta__":{"hash":"7a7f26764d2fe3c8031d605b78929cdd0b6ed6f675786b3d6cd3c596577e0d4c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganisationReach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radiusMeters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganisationReach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"neighbourhoodIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"radiusMeters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radiusMeters"}}},{"kind":"Argument","name":{"kind":"Name","value":"latitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"longitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaCellCount"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"reach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodIds"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}}]}}]}}]}}]} as unknown as DocumentNode<SetOrganisationReachMutation, SetOrganisationReachMutationVariables>;
export const VerifiedOrganisationsDocument = {"__meta__":{"hash":"0f1b76a0ef5b4dc7a95e89080f1e1b36314633c6be97ce6bcb85613395293304"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifiedOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"VERIFIED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"publicAddress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"areaCellCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]} as unknown as DocumentNode<VerifiedOrganisationsQuery, VerifiedOrganisationsQueryVariables>;
export const MyOrganisationsDocument = {"__meta__":{"hash":"6a0baf3773806e60880c29821a1e3f18518416cb2f9b5ebdf83c26c290698ac4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudo"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"publicAddress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"areaCellCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]} as unknown as DocumentNode<MyOrganisationsQuery, MyOrganisationsQueryVariables>;
export const CreateOrganisationDocument = {"__meta__":{"hash":"5a9b9d45771d4bc26cc96b70e487c16ed5c9982551a983d36f8dfe9c5faf1d31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"publicAddress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"areaCellCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const AddOrganisationMemberDocument = {"__meta__":{"hash":"7282247ea227cfea8405c7bbaca833445704d6852aeb0ef64fa03f61083278fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOrganisationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOrganisationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AddOrganisationMemberMutation, AddOrganisationMemberMutationVariables>;
export const RemoveOrganisationMemberDocument = {"__meta__":{"hash":"4a0fa79e80817f843152b2c47ee1caa33ba0bcd30b92862611b2aefcbfc477e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOrganisationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOrganisationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<RemoveOrganisationMemberMutation, RemoveOrganisationMemberMutationVariables>;
export const PendingOrganisationsDocument = {"__meta__":{"hash":"d08e2fe935272e941c77d9bf2a8b48decb00ec18eb6aebf8e639676c412b1152"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"publicAddress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"areaCellCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]} as unknown as DocumentNode<PendingOrganisationsQuery, PendingOrganisationsQueryVariables>;
export const OrphanedOrganisationsDocument = {"__meta__":{"hash":"7b54ca40220c1078f0a9b4b82db41027a6c581cb9878ed7f2be6e624414875cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrphanedOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orphanedOrganisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"publicAddress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"areaCellCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]} as unknown as DocumentNode<OrphanedOrganisationsQuery, OrphanedOrganisationsQueryVariables>;
export const VerifyOrganisationDocument = {"__meta__":{"hash":"b8cf2eae81c71925aebbbae124ffbeecee076ca49d40790f1dcb51d077a2e1b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<VerifyOrganisationMutation, VerifyOrganisationMutationVariables>;
export const RejectOrganisationDocument = {"__meta__":{"hash":"c58acbe90df403833c2060bef3d6b1dd5844b6386e324403f1fd6c255c86f0b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<RejectOrganisationMutation, RejectOrganisationMutationVariables>;
export const RecommendOrganisationDocument = {"__meta__":{"hash":"dee439f59e77682851ce710840866825f80c3867f3176231b6274ecd58b66e45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecommendOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"inMyNeighbourhood"}}]}}]}}]} as unknown as DocumentNode<RecommendOrganisationMutation, RecommendOrganisationMutationVariables>;
export const UnrecommendOrganisationDocument = {"__meta__":{"hash":"73a42ec0d529febd8ac295c5ef9e61181ce32626d97a3c097b64dfbf1557e323"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnrecommendOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unrecommendOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"inMyNeighbourhood"}}]}}]}}]} as unknown as DocumentNode<UnrecommendOrganisationMutation, UnrecommendOrganisationMutationVariables>;
export const OrganisationsServingMeDocument = {"__meta__":{"hash":"d5587c73e95df9e05c93be7376d768ce2d4ed2c5e9e6ffcc8c1b2aa37e7f55d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationsServingMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationsServingMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"publicAddress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"areaCellCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]} as unknown as DocumentNode<OrganisationsServingMeQuery, OrganisationsServingMeQueryVariables>;
export const SetOrganisationAreaDocument = {"__meta__":{"hash":"bee68c3abf1f74e8647e124292e40db0ef0d31821656b45a884ef1cff3afb805"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganisationArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"geoJson"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganisationArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"geoJson"},"value":{"kind":"Variable","name":{"kind":"Name","value":"geoJson"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaCellCount"}}]}}]}}]} as unknown as DocumentNode<SetOrganisationAreaMutation, SetOrganisationAreaMutationVariables>;
export const OrganisationListingsDocument = {"__meta__":{"hash":"02fdc87c0ad25965dd0ef0cb4a6fbe7da3bf1673bfeda66fbe2a3dda819a23c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationListings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoods"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationListingsQuery, OrganisationListingsQueryVariables>;
export const PublishOrganisationListingDocument = {"__meta__":{"hash":"e3282be39f492138bd5afb7a567c1a7aad1d8a3046fcd8af5fbef9ea5e75f28b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishOrganisationListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishOrganisationListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"neighbourhoodIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhoodIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}}]}}]} as unknown as DocumentNode<PublishOrganisationListingMutation, PublishOrganisationListingMutationVariables>;
export const PasskeysDocument = {"__meta__":{"hash":"800c208ef4a935d392c5c5850edc9d856b5be9448f0254fd5b289564ddeadbec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Passkeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passkeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<PasskeysQuery, PasskeysQueryVariables>;
export const BeginPasskeyRegistrationDocument = {"__meta__":{"hash":"d5ef354eac94b0cb29fc303e902b31f835a9e3b0246c3bb5f17017d5daad98da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginPasskeyRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginPasskeyRegistration"}}]}}]} as unknown as DocumentNode<BeginPasskeyRegistrationMutation, BeginPasskeyRegistrationMutationVariables>;
export const FinishPasskeyRegistrationDocument = {"__meta__":{"hash":"c19b6a0b21efd15f08ce36d20cfbc19c3e91bb039a237df766151723e92d8069"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishPasskeyRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishPasskeyRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<FinishPasskeyRegistrationMutation, FinishPasskeyRegistrationMutationVariables>;
export const RemovePasskeyDocument = {"__meta__":{"hash":"d58cbcf230325ca410a24807ad1b01cafa763a789fb2d48fd1f1f692ad9dc10b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePasskey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePasskey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemovePasskeyMutation, RemovePasskeyMutationVariables>;
export const BeginPasskeySignInDocument = {"__meta__":{"hash":"2882884b30132186668bc605c7961901f4f851540eb052f4922fc21cb6708b70"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginPasskeySignIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginPasskeySignIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]}}]} as unknown as DocumentNode<BeginPasskeySignInMutation, BeginPasskeySignInMutationVariables>;
export const FinishPasskeySignInDocument = {"__meta__":{"hash":"6566b8a0fad2388e2cab0f61ede2e46c6b5553967a88cae7f7d29d846c503567"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishPasskeySignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishPasskeySignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"challengeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<FinishPasskeySignInMutation, FinishPasskeySignInMutationVariables>;