// Every GraphQL operation the app sends. Code generation (npm run codegen) turns them into typed documents in
// src/gql/ and the trusted-documents manifest src/gql/persisted-documents.json.
import { graphql } from '../gql';

export const ResidentFields = graphql(`
  fragment ResidentFields on Resident {
    id
    pseudo
    thanksReceived
    verification { status method verifiedAt }
  }
`);

export const NeighbourhoodFields = graphql(`
  fragment NeighbourhoodFields on Neighbourhood {
    id
    name
    memberCount
    cells
    boundary
  }
`);

export const ListingFields = graphql(`
  fragment ListingFields on Listing {
    id
    organisationId
    organisationName
    kind
    title
    description
    status
    neighbourhoodId
    createdAt
    endsAt
    radiusMeters
    hidden
    author { id pseudo }
    counterpart { id pseudo }
    loan { from until }
    carpool { originCell destinationCell weekdays departureTime seats seatsTaken seatsLeft booked }
    groupPurchase { product unit targetQuantity deadline pledgedQuantity pledgerCount myPledge }
    event { startsAt place capacity going iAmGoing }
    page { website contact openingHours }
  }
`);

export const AlertFields = graphql(`
  fragment AlertFields on Alert {
    id
    neighbourhoodId
    sequence
    kind
    title
    body
    radiusMeters
    raisedAt
    resolved
    resolvedAt
    hidden
    originNeighbourhoodId
    place { lat lng }
    raiser { id pseudo }
  }
`);

export const FeedItemFields = graphql(`
  fragment FeedItemFields on FeedItem {
    id
    type
    neighbourhoodId
    author { id pseudo }
    publisher
    title
    snippet
    createdAt
    listingKind
    status
    hidden
    sponsored { campaignId organisationId advertiser label title text }
  }
`);

export const HideAdvertiserMutation = graphql(`
  mutation HideAdvertiser($organisationId: ID!) {
    hideAdvertiser(organisationId: $organisationId)
  }
`);

export const MessageFields = graphql(`
  fragment MessageFields on Message {
    id
    conversationId
    sender { id pseudo }
    text
    sentAt
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...ResidentFields
      email
      emailConfirmed
      homeCell
      createdAt
      neighbourhood { ...NeighbourhoodFields leads { id pseudo } }
    }
  }
`);

export const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) { expiresAt resident { ...ResidentFields } }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) { expiresAt resident { ...ResidentFields } }
  }
`);

export const SetHomeMutation = graphql(`
  mutation SetHome($lat: Float!, $lng: Float!) {
    setHome(lat: $lat, lng: $lng) { ...ResidentFields homeCell neighbourhood { id } }
  }
`);

export const VerificationProgressQuery = graphql(`
  query VerificationProgress {
    me {
      id
      verificationProgress {
        fixesCounted fixesNeeded daysCounted daysNeeded fixMaxAccuracyMeters vouchesReceived vouchesNeeded postcardExpiresAt
      }
    }
  }
`);

export const LocationFixMutation = graphql(`
  mutation SubmitLocationFix($lat: Float!, $lng: Float!, $accuracyMeters: Float!) {
    submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: $accuracyMeters) {
      countingFixes
      distinctDays
      verification { status method verifiedAt }
    }
  }
`);

export const VouchMutation = graphql(`
  mutation VouchFor($residentId: ID!) {
    vouchFor(residentId: $residentId) { candidateId candidateVerified }
  }
`);

export const RequestPostcardMutation = graphql(`
  mutation RequestPostcard($postalAddress: String!) {
    requestPostcard(postalAddress: $postalAddress) { codeExpiresAt }
  }
`);

export const ConfirmPostcardMutation = graphql(`
  mutation ConfirmPostcardCode($code: String!) {
    confirmPostcardCode(code: $code) { ...ResidentFields }
  }
`);

export const NeighbourhoodAtQuery = graphql(`
  query NeighbourhoodAt($lat: Float!, $lng: Float!, $radiusMeters: Float!) {
    neighbourhoodAt(lat: $lat, lng: $lng) { ...NeighbourhoodFields }
    nearbyNeighbourhoods(lat: $lat, lng: $lng, radiusMeters: $radiusMeters) { ...NeighbourhoodFields }
  }
`);

export const NeighbourhoodQuery = graphql(`
  query Neighbourhood($id: ID!) {
    neighbourhood(id: $id) {
      ...NeighbourhoodFields
      leads { id pseudo }
      mergeProposals {
        id
        proposedAt
        from { id name memberCount }
        to { id name memberCount }
      }
    }
  }
`);

export const MembersQuery = graphql(`
  query Members($id: ID!, $first: Int, $after: String) {
    neighbourhood(id: $id) {
      id
      members(first: $first, after: $after) {
        edges { cursor node { id pseudo isLead } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

export const FoundMutation = graphql(`
  mutation FoundNeighbourhood($name: String!) {
    foundNeighbourhood(name: $name) { ...NeighbourhoodFields }
  }
`);

export const JoinMutation = graphql(`
  mutation JoinNeighbourhood($id: ID!) {
    joinNeighbourhood(id: $id) { ...NeighbourhoodFields }
  }
`);

export const LeaveMutation = graphql(`
  mutation LeaveNeighbourhood {
    leaveNeighbourhood
  }
`);

export const NameLeadMutation = graphql(`
  mutation NameLead($neighbourhoodId: ID!, $residentId: ID!) {
    nameLead(neighbourhoodId: $neighbourhoodId, residentId: $residentId)
  }
`);

export const ProposeMergeMutation = graphql(`
  mutation ProposeMerge($neighbourhoodId: ID!) {
    proposeMerge(neighbourhoodId: $neighbourhoodId) { id }
  }
`);

export const AcceptMergeMutation = graphql(`
  mutation AcceptMerge($proposalId: ID!) {
    acceptMerge(proposalId: $proposalId) { ...NeighbourhoodFields }
  }
`);

export const FeedQuery = graphql(`
  query Feed($neighbourhoodId: ID!, $first: Int, $after: String) {
    feed(neighbourhoodId: $neighbourhoodId, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...FeedItemFields } }
    }
  }
`);

export const FeedUpdatedSubscription = graphql(`
  subscription FeedUpdated($neighbourhoodId: ID!) {
    feedUpdated(neighbourhoodId: $neighbourhoodId) { ...FeedItemFields }
  }
`);

export const ListingsQuery = graphql(`
  query Listings($neighbourhoodId: ID!, $kinds: [ListingKind!], $first: Int, $after: String) {
    listings(neighbourhoodId: $neighbourhoodId, kinds: $kinds, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...ListingFields } }
    }
  }
`);

export const ListingQuery = graphql(`
  query Listing($id: ID!) {
    listing(id: $id) { ...ListingFields }
  }
`);

export const CarpoolMatchesQuery = graphql(`
  query CarpoolMatches($destinationCell: String!) {
    carpoolMatches(destinationCell: $destinationCell) { ...ListingFields }
  }
`);

export const CreateListingMutation = graphql(`
  mutation CreateListing($input: CreateListingInput!) {
    createListing(input: $input) { ...ListingFields }
  }
`);

export const CreatePostMutation = graphql(`
  mutation CreatePost($text: String!) {
    createPost(text: $text) { id text createdAt }
  }
`);

export const UpdateListingStatusMutation = graphql(`
  mutation UpdateListingStatus($id: ID!, $status: ListingStatus!, $counterpartId: ID) {
    updateListingStatus(id: $id, status: $status, counterpartId: $counterpartId) { ...ListingFields }
  }
`);

export const PledgeMutation = graphql(`
  mutation Pledge($listingId: ID!, $quantity: Int!) {
    pledge(listingId: $listingId, quantity: $quantity) { ...ListingFields }
  }
`);

export const UnpledgeMutation = graphql(`
  mutation Unpledge($listingId: ID!) {
    unpledge(listingId: $listingId) { ...ListingFields }
  }
`);

export const BookSeatMutation = graphql(`
  mutation BookSeat($listingId: ID!) {
    bookSeat(listingId: $listingId) { ...ListingFields }
  }
`);

export const CancelSeatMutation = graphql(`
  mutation CancelSeat($listingId: ID!) {
    cancelSeat(listingId: $listingId) { ...ListingFields }
  }
`);

export const RsvpMutation = graphql(`
  mutation Rsvp($listingId: ID!, $going: Boolean) {
    rsvp(listingId: $listingId, going: $going) { ...ListingFields }
  }
`);

export const RespondMutation = graphql(`
  mutation RespondToListing($listingId: ID!, $message: String) {
    respondToListing(listingId: $listingId, message: $message) { id }
  }
`);

export const ThankMutation = graphql(`
  mutation Thank($listingId: ID!, $residentId: ID!) {
    thank(listingId: $listingId, residentId: $residentId)
  }
`);

export const ReportMutation = graphql(`
  mutation Report($targetType: ReportTarget!, $targetId: ID!, $reason: String) {
    report(targetType: $targetType, targetId: $targetId, reason: $reason) { targetId reports hidden }
  }
`);

export const ModerationCaseFields = graphql(`
  fragment ModerationCaseFields on ModerationCase {
    subject { type id neighbourhoodId title createdAt author { id pseudo } }
    reports
    reasons { reason count }
    lastReportAt
    hidden
    decisions {
      id action byReports reason at appealable
      appeal { text at deadline status reason decidedAt deciders }
    }
  }
`);

export const ModerationQueueQuery = graphql(`
  query ModerationQueue($neighbourhoodId: ID!, $first: Int, $after: String) {
    moderationQueue(neighbourhoodId: $neighbourhoodId, first: $first, after: $after) {
      edges { cursor node { ...ModerationCaseFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const ModerationCaseQuery = graphql(`
  query ModerationCase($targetType: ReportTarget!, $targetId: ID!) {
    moderationCase(targetType: $targetType, targetId: $targetId) { ...ModerationCaseFields }
  }
`);

export const DecideModerationMutation = graphql(`
  mutation DecideModeration($targetType: ReportTarget!, $targetId: ID!, $decision: ModerationDecision!, $reason: String!) {
    decideModeration(targetType: $targetType, targetId: $targetId, decision: $decision, reason: $reason) { ...ModerationCaseFields }
  }
`);

export const AppealModerationMutation = graphql(`
  mutation AppealModeration($decisionId: ID!, $text: String!) {
    appealModeration(decisionId: $decisionId, text: $text) { ...ModerationCaseFields }
  }
`);

export const AppealQueueQuery = graphql(`
  query AppealQueue($first: Int, $after: String) {
    appealQueue(first: $first, after: $after) {
      edges { cursor node { decisionId deadline case { ...ModerationCaseFields } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const DecideAppealMutation = graphql(`
  mutation DecideAppeal($decisionId: ID!, $grant: Boolean!, $reason: String!) {
    decideAppeal(decisionId: $decisionId, grant: $grant, reason: $reason) { ...ModerationCaseFields }
  }
`);

export const ModerationLogQuery = graphql(`
  query ModerationLog($neighbourhoodId: ID, $residentId: ID, $first: Int, $after: String) {
    moderationLog(neighbourhoodId: $neighbourhoodId, residentId: $residentId, first: $first, after: $after) {
      edges {
        cursor
        node { id at action byReports actorDeleted actor { id pseudo } subjectType subjectId resident { id pseudo } neighbourhoodId reason decisionId }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const OperatorsQuery = graphql(`
  query Operators {
    operators { id pseudo }
  }
`);

export const GrantOperatorMutation = graphql(`
  mutation GrantOperator($residentId: ID!, $reason: String!) {
    grantOperator(residentId: $residentId, reason: $reason) { id pseudo }
  }
`);

export const RevokeOperatorMutation = graphql(`
  mutation RevokeOperator($residentId: ID!, $reason: String!) {
    revokeOperator(residentId: $residentId, reason: $reason) { id pseudo }
  }
`);

export const UsersQuery = graphql(`
  query Users($search: String, $first: Int, $after: String) {
    users(search: $search, first: $first, after: $after) {
      edges { cursor node { id pseudo verified standing isOperator } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const AlertsQuery = graphql(`
  query Alerts($neighbourhoodId: ID!, $since: Long, $first: Int) {
    alerts(neighbourhoodId: $neighbourhoodId, since: $since, first: $first) {
      lastSequence
      hasMore
      alerts { ...AlertFields }
    }
  }
`);

export const AlertRaisedSubscription = graphql(`
  subscription AlertRaised($since: Long) {
    alertRaised(since: $since) { ...AlertFields }
  }
`);

export const AlertUpdatedSubscription = graphql(`
  subscription AlertUpdated($since: Long, $neighbourhoodId: ID) {
    alertUpdated(since: $since, neighbourhoodId: $neighbourhoodId) { ...AlertFields updateSequence }
  }
`);

export const RaiseAlertMutation = graphql(`
  mutation RaiseAlert($kind: AlertKind!, $title: String!, $body: String, $radiusMeters: Int, $place: AlertPlaceInput) {
    raiseAlert(kind: $kind, title: $title, body: $body, radiusMeters: $radiusMeters, place: $place) { ...AlertFields }
  }
`);

export const ResolveAlertMutation = graphql(`
  mutation ResolveAlert($id: ID!) {
    resolveAlert(id: $id) { ...AlertFields }
  }
`);

export const ConversationsQuery = graphql(`
  query Conversations($first: Int, $after: String) {
    conversations(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          createdAt
          messageCount
          listing { id title kind }
          participants { id pseudo }
          lastMessage { ...MessageFields }
        }
      }
    }
  }
`);

export const ConversationQuery = graphql(`
  query Conversation($id: ID!, $first: Int, $after: String) {
    conversation(id: $id) {
      id
      listing { id title kind }
      participants { id pseudo }
      messages(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { ...MessageFields } }
      }
    }
  }
`);

export const SendMessageMutation = graphql(`
  mutation SendMessage($conversationId: ID!, $text: String!) {
    sendMessage(conversationId: $conversationId, text: $text) { ...MessageFields }
  }
`);

export const MessageReceivedSubscription = graphql(`
  subscription MessageReceived {
    messageReceived { ...MessageFields }
  }
`);

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    text
    url
    at
    read
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($after: String) {
    notifications(first: 20, after: $after) {
      unreadCount
      edges { cursor node { ...NotificationFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const UnreadNotificationsQuery = graphql(`
  query UnreadNotifications {
    notifications(first: 1) { unreadCount }
  }
`);

export const NotificationReceivedSubscription = graphql(`
  subscription NotificationReceived {
    notificationReceived { unreadCount notification { ...NotificationFields } }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($upTo: ID) {
    markNotificationsRead(upTo: $upTo)
  }
`);

export const ExportMutation = graphql(`
  mutation ExportMyData {
    exportMyData
  }
`);

export const DeleteAccountMutation = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);

export const PostcardOutboxQuery = graphql(`
  query PostcardOutbox {
    postcardOutbox(first: 100) { id postalAddress code requestedAt }
  }
`);

export const MarkPostcardsSentMutation = graphql(`
  mutation MarkPostcardsSent($ids: [ID!]!) {
    markPostcardsSent(ids: $ids)
  }
`);

export const PushOutboxQuery = graphql(`
  query PushOutbox {
    pushOutbox(first: 100) { id deviceId platform deviceToken alert { id title kind raisedAt } }
  }
`);

export const AckPushMutation = graphql(`
  mutation AckPushMessages($ids: [ID!]!) {
    ackPushMessages(ids: $ids)
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const LogoutEverywhereMutation = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions { id browser system createdAt lastSeenAt current }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id) { id browser system createdAt lastSeenAt current }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { expiresAt }
  }
`);

export const AppConfigQuery = graphql(`
  query AppConfig {
    appConfig {
      tileUrl
      tileAttribution
      demo
      demoAccounts { pseudo password role }
    }
  }
`);

export const PushConfigQuery = graphql(`
  query PushConfig {
    appConfig {
      vapidPublicKey
    }
  }
`);

export const RegisterWebPushMutation = graphql(`
  mutation RegisterWebPush($subscription: WebPushSubscriptionInput!) {
    registerWebPush(subscription: $subscription) {
      id
    }
  }
`);

export const UnregisterWebPushMutation = graphql(`
  mutation UnregisterWebPush($endpoint: String!) {
    unregisterWebPush(endpoint: $endpoint)
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      off { kind channel }
      quietHours { start end timeZone }
      digest
      alertRadiusMeters
    }
  }
`);

export const SetNotificationPreferencesMutation = graphql(`
  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {
    setNotificationPreferences(input: $input) {
      off { kind channel }
      quietHours { start end timeZone }
      digest
      alertRadiusMeters
    }
  }
`);

export const PartnerConsentQuery = graphql(`
  query PartnerConsent($clientId: ID!) {
    partnerConsent(clientId: $clientId) { clientId name allowedScopes rememberedScopes }
  }
`);

export const ConnectedServicesQuery = graphql(`
  query ConnectedServices {
    connectedServices { clientId name scopes since }
  }
`);

export const RevokeConnectedServiceMutation = graphql(`
  mutation RevokeConnectedService($clientId: ID!) {
    revokeConnectedService(clientId: $clientId) { clientId name scopes since }
  }
`);

export const PartnerClientsQuery = graphql(`
  query PartnerClients {
    partnerClients { clientId name redirectUris postLogoutRedirectUris scopes confidential }
  }
`);

export const RegisterPartnerClientMutation = graphql(`
  mutation RegisterPartnerClient($input: RegisterPartnerClientInput!) {
    registerPartnerClient(input: $input) { client { clientId name } clientSecret }
  }
`);

export const RemovePartnerClientMutation = graphql(`
  mutation RemovePartnerClient($clientId: ID!, $reason: String!) {
    removePartnerClient(clientId: $clientId, reason: $reason)
  }
`);

export const ConfirmEmailMutation = graphql(`
  mutation ConfirmEmail($token: String!) {
    confirmEmail(token: $token)
  }
`);

export const ResendEmailConfirmationMutation = graphql(`
  mutation ResendEmailConfirmation {
    resendEmailConfirmation
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) { expiresAt resident { ...ResidentFields } }
  }
`);
