/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation PublishAnnouncement($organisationId: ID!, $kind: AnnouncementKind!, $title: String!, $body: String!) {\n    publishAnnouncement(organisationId: $organisationId, kind: $kind, title: $title, body: $body) { id title }\n  }\n": typeof types.PublishAnnouncementDocument,
    "\n  query Announcements($after: ID) {\n    announcements(first: 20, after: $after) {\n      items { id organisationId organisationName kind title body publishedAt }\n      hasNextPage\n    }\n  }\n": typeof types.AnnouncementsDocument,
    "\n  query OperatorsModerationQueue($first: Int, $after: String) {\n    operatorsModerationQueue(first: $first, after: $after) {\n      edges { cursor node { ...ModerationCaseFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.OperatorsModerationQueueDocument,
    "\n  fragment CampaignFields on Campaign {\n    id\n    organisationId\n    advertiser\n    title\n    text\n    neighbourhoodIds\n    startsAt\n    endsAt\n    impressions\n    delivered\n    status\n    decision\n    createdAt\n  }\n": typeof types.CampaignFieldsFragmentDoc,
    "\n  query OrganisationCampaigns($organisationId: ID!) {\n    organisationCampaigns(organisationId: $organisationId) {\n      ...CampaignFields\n      statistics {\n        delivered\n        impressions\n        minResidents\n        neighbourhoods { neighbourhoodId name impressions }\n      }\n    }\n  }\n": typeof types.OrganisationCampaignsDocument,
    "\n  mutation CreateCampaign($organisationId: ID!, $input: CampaignInput!) {\n    createCampaign(organisationId: $organisationId, input: $input) { ...CampaignFields }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  query PendingCampaigns {\n    pendingCampaigns { ...CampaignFields }\n  }\n": typeof types.PendingCampaignsDocument,
    "\n  mutation ApproveCampaign($id: ID!, $reason: String) {\n    approveCampaign(id: $id, reason: $reason) { id status decision }\n  }\n": typeof types.ApproveCampaignDocument,
    "\n  mutation RejectCampaign($id: ID!, $reason: String!) {\n    rejectCampaign(id: $id, reason: $reason) { id status decision }\n  }\n": typeof types.RejectCampaignDocument,
    "\n  mutation EditCampaign($id: ID!, $input: CampaignChangesInput!) {\n    editCampaign(id: $id, input: $input) { ...CampaignFields }\n  }\n": typeof types.EditCampaignDocument,
    "\n  mutation PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) { id status }\n  }\n": typeof types.PauseCampaignDocument,
    "\n  mutation ResumeCampaign($id: ID!) {\n    resumeCampaign(id: $id) { id status }\n  }\n": typeof types.ResumeCampaignDocument,
    "\n  mutation CancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) { id status }\n  }\n": typeof types.CancelCampaignDocument,
    "\n  query HiddenAdvertisers {\n    hiddenAdvertiserOrganisations { id name }\n  }\n": typeof types.HiddenAdvertisersDocument,
    "\n  mutation UnhideAdvertiser($organisationId: ID!) {\n    unhideAdvertiser(organisationId: $organisationId)\n  }\n": typeof types.UnhideAdvertiserDocument,
    "\n  fragment ResidentFields on Resident {\n    id\n    pseudo\n    thanksReceived\n    verification { status method verifiedAt }\n  }\n": typeof types.ResidentFieldsFragmentDoc,
    "\n  fragment NeighbourhoodFields on Neighbourhood {\n    id\n    name\n    memberCount\n    cells\n    boundary\n  }\n": typeof types.NeighbourhoodFieldsFragmentDoc,
    "\n  fragment ListingFields on Listing {\n    id\n    organisationId\n    organisationName\n    kind\n    title\n    description\n    status\n    neighbourhoodId\n    createdAt\n    endsAt\n    radiusMeters\n    hidden\n    author { id pseudo }\n    counterpart { id pseudo }\n    loan { from until }\n    carpool { originCell destinationCell weekdays departureTime seats seatsTaken seatsLeft booked }\n    groupPurchase { product unit targetQuantity deadline pledgedQuantity pledgerCount myPledge }\n    event { startsAt place capacity going iAmGoing }\n    page { website contact openingHours }\n  }\n": typeof types.ListingFieldsFragmentDoc,
    "\n  fragment AlertFields on Alert {\n    id\n    neighbourhoodId\n    sequence\n    kind\n    title\n    body\n    radiusMeters\n    raisedAt\n    resolved\n    resolvedAt\n    hidden\n    originNeighbourhoodId\n    place { lat lng }\n    raiser { id pseudo }\n  }\n": typeof types.AlertFieldsFragmentDoc,
    "\n  fragment FeedItemFields on FeedItem {\n    id\n    type\n    neighbourhoodId\n    author { id pseudo }\n    publisher\n    title\n    snippet\n    createdAt\n    listingKind\n    status\n    hidden\n    sponsored { campaignId organisationId advertiser label title text }\n  }\n": typeof types.FeedItemFieldsFragmentDoc,
    "\n  mutation HideAdvertiser($organisationId: ID!) {\n    hideAdvertiser(organisationId: $organisationId)\n  }\n": typeof types.HideAdvertiserDocument,
    "\n  fragment MessageFields on Message {\n    id\n    conversationId\n    sender { id pseudo }\n    text\n    sentAt\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ResidentFields\n      email\n      emailConfirmed\n      homeCell\n      createdAt\n      neighbourhood { ...NeighbourhoodFields leads { id pseudo } }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) { expiresAt resident { ...ResidentFields } }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { expiresAt resident { ...ResidentFields } }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SetHome($lat: Float!, $lng: Float!) {\n    setHome(lat: $lat, lng: $lng) { ...ResidentFields homeCell neighbourhood { id } }\n  }\n": typeof types.SetHomeDocument,
    "\n  query VerificationProgress {\n    me {\n      id\n      verificationProgress {\n        fixesCounted fixesNeeded daysCounted daysNeeded fixMaxAccuracyMeters vouchesReceived vouchesNeeded postcardExpiresAt\n      }\n    }\n  }\n": typeof types.VerificationProgressDocument,
    "\n  mutation SubmitLocationFix($lat: Float!, $lng: Float!, $accuracyMeters: Float!) {\n    submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: $accuracyMeters) {\n      countingFixes\n      distinctDays\n      verification { status method verifiedAt }\n    }\n  }\n": typeof types.SubmitLocationFixDocument,
    "\n  mutation VouchFor($residentId: ID!) {\n    vouchFor(residentId: $residentId) { candidateId candidateVerified }\n  }\n": typeof types.VouchForDocument,
    "\n  mutation RequestPostcard($postalAddress: String!) {\n    requestPostcard(postalAddress: $postalAddress) { codeExpiresAt }\n  }\n": typeof types.RequestPostcardDocument,
    "\n  mutation ConfirmPostcardCode($code: String!) {\n    confirmPostcardCode(code: $code) { ...ResidentFields }\n  }\n": typeof types.ConfirmPostcardCodeDocument,
    "\n  query NeighbourhoodAt($lat: Float!, $lng: Float!, $radiusMeters: Float!) {\n    neighbourhoodAt(lat: $lat, lng: $lng) { ...NeighbourhoodFields }\n    nearbyNeighbourhoods(lat: $lat, lng: $lng, radiusMeters: $radiusMeters) { ...NeighbourhoodFields }\n  }\n": typeof types.NeighbourhoodAtDocument,
    "\n  query Neighbourhood($id: ID!) {\n    neighbourhood(id: $id) {\n      ...NeighbourhoodFields\n      leads { id pseudo }\n      mergeProposals {\n        id\n        proposedAt\n        from { id name memberCount }\n        to { id name memberCount }\n      }\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  query Members($id: ID!, $first: Int, $after: String) {\n    neighbourhood(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        edges { cursor node { id pseudo isLead } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation FoundNeighbourhood($name: String!) {\n    foundNeighbourhood(name: $name) { ...NeighbourhoodFields }\n  }\n": typeof types.FoundNeighbourhoodDocument,
    "\n  mutation JoinNeighbourhood($id: ID!) {\n    joinNeighbourhood(id: $id) { ...NeighbourhoodFields }\n  }\n": typeof types.JoinNeighbourhoodDocument,
    "\n  mutation LeaveNeighbourhood {\n    leaveNeighbourhood\n  }\n": typeof types.LeaveNeighbourhoodDocument,
    "\n  mutation NameLead($neighbourhoodId: ID!, $residentId: ID!) {\n    nameLead(neighbourhoodId: $neighbourhoodId, residentId: $residentId)\n  }\n": typeof types.NameLeadDocument,
    "\n  mutation ProposeMerge($neighbourhoodId: ID!) {\n    proposeMerge(neighbourhoodId: $neighbourhoodId) { id }\n  }\n": typeof types.ProposeMergeDocument,
    "\n  mutation AcceptMerge($proposalId: ID!) {\n    acceptMerge(proposalId: $proposalId) { ...NeighbourhoodFields }\n  }\n": typeof types.AcceptMergeDocument,
    "\n  query Feed($neighbourhoodId: ID!, $first: Int, $after: String) {\n    feed(neighbourhoodId: $neighbourhoodId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...FeedItemFields } }\n    }\n  }\n": typeof types.FeedDocument,
    "\n  subscription FeedUpdated($neighbourhoodId: ID!) {\n    feedUpdated(neighbourhoodId: $neighbourhoodId) { ...FeedItemFields }\n  }\n": typeof types.FeedUpdatedDocument,
    "\n  query Listings($neighbourhoodId: ID!, $kinds: [ListingKind!], $first: Int, $after: String) {\n    listings(neighbourhoodId: $neighbourhoodId, kinds: $kinds, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ListingFields } }\n    }\n  }\n": typeof types.ListingsDocument,
    "\n  query Listing($id: ID!) {\n    listing(id: $id) { ...ListingFields }\n  }\n": typeof types.ListingDocument,
    "\n  query CarpoolMatches($destinationCell: String!) {\n    carpoolMatches(destinationCell: $destinationCell) { ...ListingFields }\n  }\n": typeof types.CarpoolMatchesDocument,
    "\n  mutation CreateListing($input: CreateListingInput!) {\n    createListing(input: $input) { ...ListingFields }\n  }\n": typeof types.CreateListingDocument,
    "\n  mutation CreatePost($text: String!) {\n    createPost(text: $text) { id text createdAt }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation UpdateListingStatus($id: ID!, $status: ListingStatus!, $counterpartId: ID) {\n    updateListingStatus(id: $id, status: $status, counterpartId: $counterpartId) { ...ListingFields }\n  }\n": typeof types.UpdateListingStatusDocument,
    "\n  mutation Pledge($listingId: ID!, $quantity: Int!) {\n    pledge(listingId: $listingId, quantity: $quantity) { ...ListingFields }\n  }\n": typeof types.PledgeDocument,
    "\n  mutation Unpledge($listingId: ID!) {\n    unpledge(listingId: $listingId) { ...ListingFields }\n  }\n": typeof types.UnpledgeDocument,
    "\n  mutation BookSeat($listingId: ID!) {\n    bookSeat(listingId: $listingId) { ...ListingFields }\n  }\n": typeof types.BookSeatDocument,
    "\n  mutation CancelSeat($listingId: ID!) {\n    cancelSeat(listingId: $listingId) { ...ListingFields }\n  }\n": typeof types.CancelSeatDocument,
    "\n  mutation Rsvp($listingId: ID!, $going: Boolean) {\n    rsvp(listingId: $listingId, going: $going) { ...ListingFields }\n  }\n": typeof types.RsvpDocument,
    "\n  mutation RespondToListing($listingId: ID!, $message: String) {\n    respondToListing(listingId: $listingId, message: $message) { id }\n  }\n": typeof types.RespondToListingDocument,
    "\n  mutation Thank($listingId: ID!, $residentId: ID!) {\n    thank(listingId: $listingId, residentId: $residentId)\n  }\n": typeof types.ThankDocument,
    "\n  mutation Report($targetType: ReportTarget!, $targetId: ID!, $reason: String) {\n    report(targetType: $targetType, targetId: $targetId, reason: $reason) { targetId reports hidden }\n  }\n": typeof types.ReportDocument,
    "\n  fragment ModerationCaseFields on ModerationCase {\n    subject { type id neighbourhoodId title createdAt author { id pseudo } }\n    reports\n    reasons { reason count }\n    lastReportAt\n    hidden\n    decisions {\n      id action byReports reason at appealable\n      appeal { text at deadline status reason decidedAt deciders }\n    }\n  }\n": typeof types.ModerationCaseFieldsFragmentDoc,
    "\n  query ModerationQueue($neighbourhoodId: ID!, $first: Int, $after: String) {\n    moderationQueue(neighbourhoodId: $neighbourhoodId, first: $first, after: $after) {\n      edges { cursor node { ...ModerationCaseFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  query ModerationCase($targetType: ReportTarget!, $targetId: ID!) {\n    moderationCase(targetType: $targetType, targetId: $targetId) { ...ModerationCaseFields }\n  }\n": typeof types.ModerationCaseDocument,
    "\n  mutation DecideModeration($targetType: ReportTarget!, $targetId: ID!, $decision: ModerationDecision!, $reason: String!) {\n    decideModeration(targetType: $targetType, targetId: $targetId, decision: $decision, reason: $reason) { ...ModerationCaseFields }\n  }\n": typeof types.DecideModerationDocument,
    "\n  mutation AppealModeration($decisionId: ID!, $text: String!) {\n    appealModeration(decisionId: $decisionId, text: $text) { ...ModerationCaseFields }\n  }\n": typeof types.AppealModerationDocument,
    "\n  query AppealQueue($first: Int, $after: String) {\n    appealQueue(first: $first, after: $after) {\n      edges { cursor node { decisionId deadline case { ...ModerationCaseFields } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AppealQueueDocument,
    "\n  mutation DecideAppeal($decisionId: ID!, $grant: Boolean!, $reason: String!) {\n    decideAppeal(decisionId: $decisionId, grant: $grant, reason: $reason) { ...ModerationCaseFields }\n  }\n": typeof types.DecideAppealDocument,
    "\n  query ModerationLog($neighbourhoodId: ID, $residentId: ID, $first: Int, $after: String) {\n    moderationLog(neighbourhoodId: $neighbourhoodId, residentId: $residentId, first: $first, after: $after) {\n      edges {\n        cursor\n        node { id at action byReports actorDeleted actor { id pseudo } subjectType subjectId resident { id pseudo } neighbourhoodId reason decisionId }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ModerationLogDocument,
    "\n  query Operators {\n    operators { id pseudo }\n  }\n": typeof types.OperatorsDocument,
    "\n  mutation GrantOperator($residentId: ID!, $reason: String!) {\n    grantOperator(residentId: $residentId, reason: $reason) { id pseudo }\n  }\n": typeof types.GrantOperatorDocument,
    "\n  mutation RevokeOperator($residentId: ID!, $reason: String!) {\n    revokeOperator(residentId: $residentId, reason: $reason) { id pseudo }\n  }\n": typeof types.RevokeOperatorDocument,
    "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      edges { cursor node { id pseudo verified standing isOperator } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query Alerts($neighbourhoodId: ID!, $since: Long, $first: Int) {\n    alerts(neighbourhoodId: $neighbourhoodId, since: $since, first: $first) {\n      lastSequence\n      hasMore\n      alerts { ...AlertFields }\n    }\n  }\n": typeof types.AlertsDocument,
    "\n  subscription AlertRaised($since: Long) {\n    alertRaised(since: $since) { ...AlertFields }\n  }\n": typeof types.AlertRaisedDocument,
    "\n  subscription AlertUpdated($since: Long, $neighbourhoodId: ID) {\n    alertUpdated(since: $since, neighbourhoodId: $neighbourhoodId) { ...AlertFields updateSequence }\n  }\n": typeof types.AlertUpdatedDocument,
    "\n  mutation RaiseAlert($kind: AlertKind!, $title: String!, $body: String, $radiusMeters: Int, $place: AlertPlaceInput) {\n    raiseAlert(kind: $kind, title: $title, body: $body, radiusMeters: $radiusMeters, place: $place) { ...AlertFields }\n  }\n": typeof types.RaiseAlertDocument,
    "\n  mutation ResolveAlert($id: ID!) {\n    resolveAlert(id: $id) { ...AlertFields }\n  }\n": typeof types.ResolveAlertDocument,
    "\n  query Conversations($first: Int, $after: String) {\n    conversations(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          createdAt\n          messageCount\n          listing { id title kind }\n          participants { id pseudo }\n          lastMessage { ...MessageFields }\n        }\n      }\n    }\n  }\n": typeof types.ConversationsDocument,
    "\n  query Conversation($id: ID!, $first: Int, $after: String) {\n    conversation(id: $id) {\n      id\n      listing { id title kind }\n      participants { id pseudo }\n      messages(first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...MessageFields } }\n      }\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  mutation SendMessage($conversationId: ID!, $text: String!) {\n    sendMessage(conversationId: $conversationId, text: $text) { ...MessageFields }\n  }\n": typeof types.SendMessageDocument,
    "\n  subscription MessageReceived {\n    messageReceived { ...MessageFields }\n  }\n": typeof types.MessageReceivedDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    text\n    url\n    at\n    read\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      unreadCount\n      edges { cursor node { ...NotificationFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotifications {\n    notifications(first: 1) { unreadCount }\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  subscription NotificationReceived {\n    notificationReceived { unreadCount notification { ...NotificationFields } }\n  }\n": typeof types.NotificationReceivedDocument,
    "\n  mutation MarkNotificationsRead($upTo: ID) {\n    markNotificationsRead(upTo: $upTo)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query PostcardOutbox {\n    postcardOutbox(first: 100) { id postalAddress code requestedAt }\n  }\n": typeof types.PostcardOutboxDocument,
    "\n  mutation MarkPostcardsSent($ids: [ID!]!) {\n    markPostcardsSent(ids: $ids)\n  }\n": typeof types.MarkPostcardsSentDocument,
    "\n  query PushOutbox {\n    pushOutbox(first: 100) { id deviceId platform deviceToken alert { id title kind raisedAt } }\n  }\n": typeof types.PushOutboxDocument,
    "\n  mutation AckPushMessages($ids: [ID!]!) {\n    ackPushMessages(ids: $ids)\n  }\n": typeof types.AckPushMessagesDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  query MySessions {\n    mySessions { id browser system createdAt lastSeenAt current }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) { id browser system createdAt lastSeenAt current }\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { expiresAt }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query AppConfig {\n    appConfig {\n      tileUrl\n      tileAttribution\n      demo\n      demoAccounts { pseudo password role }\n    }\n  }\n": typeof types.AppConfigDocument,
    "\n  query PushConfig {\n    appConfig {\n      vapidPublicKey\n    }\n  }\n": typeof types.PushConfigDocument,
    "\n  mutation RegisterWebPush($subscription: WebPushSubscriptionInput!) {\n    registerWebPush(subscription: $subscription) {\n      id\n    }\n  }\n": typeof types.RegisterWebPushDocument,
    "\n  mutation UnregisterWebPush($endpoint: String!) {\n    unregisterWebPush(endpoint: $endpoint)\n  }\n": typeof types.UnregisterWebPushDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      off { kind channel }\n      quietHours { start end timeZone }\n      digest\n      alertRadiusMeters\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      off { kind channel }\n      quietHours { start end timeZone }\n      digest\n      alertRadiusMeters\n    }\n  }\n": typeof types.SetNotificationPreferencesDocument,
    "\n  query PartnerConsent($clientId: ID!) {\n    partnerConsent(clientId: $clientId) { clientId name allowedScopes rememberedScopes }\n  }\n": typeof types.PartnerConsentDocument,
    "\n  query ConnectedServices {\n    connectedServices { clientId name scopes since }\n  }\n": typeof types.ConnectedServicesDocument,
    "\n  mutation RevokeConnectedService($clientId: ID!) {\n    revokeConnectedService(clientId: $clientId) { clientId name scopes since }\n  }\n": typeof types.RevokeConnectedServiceDocument,
    "\n  query PartnerClients {\n    partnerClients { clientId name redirectUris postLogoutRedirectUris scopes confidential }\n  }\n": typeof types.PartnerClientsDocument,
    "\n  mutation RegisterPartnerClient($input: RegisterPartnerClientInput!) {\n    registerPartnerClient(input: $input) { client { clientId name } clientSecret }\n  }\n": typeof types.RegisterPartnerClientDocument,
    "\n  mutation RemovePartnerClient($clientId: ID!, $reason: String!) {\n    removePartnerClient(clientId: $clientId, reason: $reason)\n  }\n": typeof types.RemovePartnerClientDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n": typeof types.ConfirmEmailDocument,
    "\n  mutation ResendEmailConfirmation {\n    resendEmailConfirmation\n  }\n": typeof types.ResendEmailConfirmationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) { expiresAt resident { ...ResidentFields } }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    kind\n    name\n    identifier\n    description\n    hours\n    publicAddress\n    status\n    decision\n    createdAt\n    areaCellCount\n    myRole\n  }\n": typeof types.OrganisationFieldsFragmentDoc,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n      recommendations { total mine inMyNeighbourhood }\n      latitude\n      longitude\n      reach { neighbourhoodIds radiusMeters neighbourhoods { id name } }\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  query ReachCandidates($id: ID!) {\n    organisation(id: $id) {\n      id\n      reachCandidates { id name memberCount }\n    }\n  }\n": typeof types.ReachCandidatesDocument,
    "\n  mutation SetOrganisationReach($organisationId: ID!, $neighbourhoodIds: [ID!], $radiusMeters: Int, $latitude: Float, $longitude: Float) {\n    setOrganisationReach(organisationId: $organisationId, neighbourhoodIds: $neighbourhoodIds, radiusMeters: $radiusMeters, latitude: $latitude, longitude: $longitude) {\n      id\n      areaCellCount\n      latitude\n      longitude\n      reach { neighbourhoodIds radiusMeters }\n    }\n  }\n": typeof types.SetOrganisationReachDocument,
    "\n  query VerifiedOrganisations {\n    organisations(status: VERIFIED, first: 100) { ...OrganisationFields }\n  }\n": typeof types.VerifiedOrganisationsDocument,
    "\n  query MyOrganisations {\n    myOrganisations {\n      ...OrganisationFields\n      members { residentId role since resident { id pseudo } }\n    }\n  }\n": typeof types.MyOrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) { ...OrganisationFields }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation AddOrganisationMember($organisationId: ID!, $residentId: ID!, $role: OrganisationRole!) {\n    addOrganisationMember(organisationId: $organisationId, residentId: $residentId, role: $role) { residentId role }\n  }\n": typeof types.AddOrganisationMemberDocument,
    "\n  mutation RemoveOrganisationMember($organisationId: ID!, $residentId: ID!) {\n    removeOrganisationMember(organisationId: $organisationId, residentId: $residentId) { residentId role }\n  }\n": typeof types.RemoveOrganisationMemberDocument,
    "\n  query PendingOrganisations {\n    organisations(status: PENDING, first: 100) { ...OrganisationFields }\n  }\n": typeof types.PendingOrganisationsDocument,
    "\n  query OrphanedOrganisations {\n    orphanedOrganisations(first: 100) { ...OrganisationFields }\n  }\n": typeof types.OrphanedOrganisationsDocument,
    "\n  mutation VerifyOrganisation($id: ID!, $reason: String) {\n    verifyOrganisation(id: $id, reason: $reason) { id status }\n  }\n": typeof types.VerifyOrganisationDocument,
    "\n  mutation RejectOrganisation($id: ID!, $reason: String!) {\n    rejectOrganisation(id: $id, reason: $reason) { id status decision }\n  }\n": typeof types.RejectOrganisationDocument,
    "\n  mutation RecommendOrganisation($id: ID!) {\n    recommendOrganisation(id: $id) { total mine inMyNeighbourhood }\n  }\n": typeof types.RecommendOrganisationDocument,
    "\n  mutation UnrecommendOrganisation($id: ID!) {\n    unrecommendOrganisation(id: $id) { total mine inMyNeighbourhood }\n  }\n": typeof types.UnrecommendOrganisationDocument,
    "\n  query OrganisationsServingMe {\n    organisationsServingMe { ...OrganisationFields }\n  }\n": typeof types.OrganisationsServingMeDocument,
    "\n  mutation SetOrganisationArea($organisationId: ID!, $geoJson: String!) {\n    setOrganisationArea(organisationId: $organisationId, geoJson: $geoJson) { id areaCellCount }\n  }\n": typeof types.SetOrganisationAreaDocument,
    "\n  query OrganisationListings($id: ID!, $first: Int, $after: ID) {\n    organisation(id: $id) {\n      id\n      listings(first: $first, after: $after) {\n        hasNextPage\n        items { id kind title summary createdAt endsAt startsAt place neighbourhoods }\n      }\n    }\n  }\n": typeof types.OrganisationListingsDocument,
    "\n  mutation PublishOrganisationListing($organisationId: ID!, $neighbourhoodIds: [ID!]!, $input: CreateListingInput!) {\n    publishOrganisationListing(organisationId: $organisationId, neighbourhoodIds: $neighbourhoodIds, input: $input) { id title organisationName }\n  }\n": typeof types.PublishOrganisationListingDocument,
    "\n  query Passkeys {\n    passkeys { id name createdAt lastUsedAt }\n  }\n": typeof types.PasskeysDocument,
    "\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration\n  }\n": typeof types.BeginPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($name: String!, $response: String!) {\n    finishPasskeyRegistration(name: $name, response: $response) { id name createdAt lastUsedAt }\n  }\n": typeof types.FinishPasskeyRegistrationDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n": typeof types.RemovePasskeyDocument,
    "\n  mutation BeginPasskeySignIn {\n    beginPasskeySignIn { challengeId options }\n  }\n": typeof types.BeginPasskeySignInDocument,
    "\n  mutation FinishPasskeySignIn($challengeId: ID!, $response: String!) {\n    finishPasskeySignIn(challengeId: $challengeId, response: $response) { expiresAt }\n  }\n": typeof types.FinishPasskeySignInDocument,
};
const documents: Documents = {
    "\n  mutation PublishAnnouncement($organisationId: ID!, $kind: AnnouncementKind!, $title: String!, $body: String!) {\n    publishAnnouncement(organisationId: $organisationId, kind: $kind, title: $title, body: $body) { id title }\n  }\n": types.PublishAnnouncementDocument,
    "\n  query Announcements($after: ID) {\n    announcements(first: 20, after: $after) {\n      items { id organisationId organisationName kind title body publishedAt }\n      hasNextPage\n    }\n  }\n": types.AnnouncementsDocument,
    "\n  query OperatorsModerationQueue($first: Int, $after: String) {\n    operatorsModerationQueue(first: $first, after: $after) {\n      edges { cursor node { ...ModerationCaseFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.OperatorsModerationQueueDocument,
    "\n  fragment CampaignFields on Campaign {\n    id\n    organisationId\n    advertiser\n    title\n    text\n    neighbourhoodIds\n    startsAt\n    endsAt\n    impressions\n    delivered\n    status\n    decision\n    createdAt\n  }\n": types.CampaignFieldsFragmentDoc,
    "\n  query OrganisationCampaigns($organisationId: ID!) {\n    organisationCampaigns(organisationId: $organisationId) {\n      ...CampaignFields\n      statistics {\n        delivered\n        impressions\n        minResidents\n        neighbourhoods { neighbourhoodId name impressions }\n      }\n    }\n  }\n": types.OrganisationCampaignsDocument,
    "\n  mutation CreateCampaign($organisationId: ID!, $input: CampaignInput!) {\n    createCampaign(organisationId: $organisationId, input: $input) { ...CampaignFields }\n  }\n": types.CreateCampaignDocument,
    "\n  query PendingCampaigns {\n    pendingCampaigns { ...CampaignFields }\n  }\n": types.PendingCampaignsDocument,
    "\n  mutation ApproveCampaign($id: ID!, $reason: String) {\n    approveCampaign(id: $id, reason: $reason) { id status decision }\n  }\n": types.ApproveCampaignDocument,
    "\n  mutation RejectCampaign($id: ID!, $reason: String!) {\n    rejectCampaign(id: $id, reason: $reason) { id status decision }\n  }\n": types.RejectCampaignDocument,
    "\n  mutation EditCampaign($id: ID!, $input: CampaignChangesInput!) {\n    editCampaign(id: $id, input: $input) { ...CampaignFields }\n  }\n": types.EditCampaignDocument,
    "\n  mutation PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) { id status }\n  }\n": types.PauseCampaignDocument,
    "\n  mutation ResumeCampaign($id: ID!) {\n    resumeCampaign(id: $id) { id status }\n  }\n": types.ResumeCampaignDocument,
    "\n  mutation CancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) { id status }\n  }\n": types.CancelCampaignDocument,
    "\n  query HiddenAdvertisers {\n    hiddenAdvertiserOrganisations { id name }\n  }\n": types.HiddenAdvertisersDocument,
    "\n  mutation UnhideAdvertiser($organisationId: ID!) {\n    unhideAdvertiser(organisationId: $organisationId)\n  }\n": types.UnhideAdvertiserDocument,
    "\n  fragment ResidentFields on Resident {\n    id\n    pseudo\n    thanksReceived\n    verification { status method verifiedAt }\n  }\n": types.ResidentFieldsFragmentDoc,
    "\n  fragment NeighbourhoodFields on Neighbourhood {\n    id\n    name\n    memberCount\n    cells\n    boundary\n  }\n": types.NeighbourhoodFieldsFragmentDoc,
    "\n  fragment ListingFields on Listing {\n    id\n    organisationId\n    organisationName\n    kind\n    title\n    description\n    status\n    neighbourhoodId\n    createdAt\n    endsAt\n    radiusMeters\n    hidden\n    author { id pseudo }\n    counterpart { id pseudo }\n    loan { from until }\n    carpool { originCell destinationCell weekdays departureTime seats seatsTaken seatsLeft booked }\n    groupPurchase { product unit targetQuantity deadline pledgedQuantity pledgerCount myPledge }\n    event { startsAt place capacity going iAmGoing }\n    page { website contact openingHours }\n  }\n": types.ListingFieldsFragmentDoc,
    "\n  fragment AlertFields on Alert {\n    id\n    neighbourhoodId\n    sequence\n    kind\n    title\n    body\n    radiusMeters\n    raisedAt\n    resolved\n    resolvedAt\n    hidden\n    originNeighbourhoodId\n    place { lat lng }\n    raiser { id pseudo }\n  }\n": types.AlertFieldsFragmentDoc,
    "\n  fragment FeedItemFields on FeedItem {\n    id\n    type\n    neighbourhoodId\n    author { id pseudo }\n    publisher\n    title\n    snippet\n    createdAt\n    listingKind\n    status\n    hidden\n    sponsored { campaignId organisationId advertiser label title text }\n  }\n": types.FeedItemFieldsFragmentDoc,
    "\n  mutation HideAdvertiser($organisationId: ID!) {\n    hideAdvertiser(organisationId: $organisationId)\n  }\n": types.HideAdvertiserDocument,
    "\n  fragment MessageFields on Message {\n    id\n    conversationId\n    sender { id pseudo }\n    text\n    sentAt\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ResidentFields\n      email\n      emailConfirmed\n      homeCell\n      createdAt\n      neighbourhood { ...NeighbourhoodFields leads { id pseudo } }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) { expiresAt resident { ...ResidentFields } }\n  }\n": types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { expiresAt resident { ...ResidentFields } }\n  }\n": types.LoginDocument,
    "\n  mutation SetHome($lat: Float!, $lng: Float!) {\n    setHome(lat: $lat, lng: $lng) { ...ResidentFields homeCell neighbourhood { id } }\n  }\n": types.SetHomeDocument,
    "\n  query VerificationProgress {\n    me {\n      id\n      verificationProgress {\n        fixesCounted fixesNeeded daysCounted daysNeeded fixMaxAccuracyMeters vouchesReceived vouchesNeeded postcardExpiresAt\n      }\n    }\n  }\n": types.VerificationProgressDocument,
    "\n  mutation SubmitLocationFix($lat: Float!, $lng: Float!, $accuracyMeters: Float!) {\n    submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: $accuracyMeters) {\n      countingFixes\n      distinctDays\n      verification { status method verifiedAt }\n    }\n  }\n": types.SubmitLocationFixDocument,
    "\n  mutation VouchFor($residentId: ID!) {\n    vouchFor(residentId: $residentId) { candidateId candidateVerified }\n  }\n": types.VouchForDocument,
    "\n  mutation RequestPostcard($postalAddress: String!) {\n    requestPostcard(postalAddress: $postalAddress) { codeExpiresAt }\n  }\n": types.RequestPostcardDocument,
    "\n  mutation ConfirmPostcardCode($code: String!) {\n    confirmPostcardCode(code: $code) { ...ResidentFields }\n  }\n": types.ConfirmPostcardCodeDocument,
    "\n  query NeighbourhoodAt($lat: Float!, $lng: Float!, $radiusMeters: Float!) {\n    neighbourhoodAt(lat: $lat, lng: $lng) { ...NeighbourhoodFields }\n    nearbyNeighbourhoods(lat: $lat, lng: $lng, radiusMeters: $radiusMeters) { ...NeighbourhoodFields }\n  }\n": types.NeighbourhoodAtDocument,
    "\n  query Neighbourhood($id: ID!) {\n    neighbourhood(id: $id) {\n      ...NeighbourhoodFields\n      leads { id pseudo }\n      mergeProposals {\n        id\n        proposedAt\n        from { id name memberCount }\n        to { id name memberCount }\n      }\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  query Members($id: ID!, $first: Int, $after: String) {\n    neighbourhood(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        edges { cursor node { id pseudo isLead } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation FoundNeighbourhood($name: String!) {\n    foundNeighbourhood(name: $name) { ...NeighbourhoodFields }\n  }\n": types.FoundNeighbourhoodDocument,
    "\n  mutation JoinNeighbourhood($id: ID!) {\n    joinNeighbourhood(id: $id) { ...NeighbourhoodFields }\n  }\n": types.JoinNeighbourhoodDocument,
    "\n  mutation LeaveNeighbourhood {\n    leaveNeighbourhood\n  }\n": types.LeaveNeighbourhoodDocument,
    "\n  mutation NameLead($neighbourhoodId: ID!, $residentId: ID!) {\n    nameLead(neighbourhoodId: $neighbourhoodId, residentId: $residentId)\n  }\n": types.NameLeadDocument,
    "\n  mutation ProposeMerge($neighbourhoodId: ID!) {\n    proposeMerge(neighbourhoodId: $neighbourhoodId) { id }\n  }\n": types.ProposeMergeDocument,
    "\n  mutation AcceptMerge($proposalId: ID!) {\n    acceptMerge(proposalId: $proposalId) { ...NeighbourhoodFields }\n  }\n": types.AcceptMergeDocument,
    "\n  query Feed($neighbourhoodId: ID!, $first: Int, $after: String) {\n    feed(neighbourhoodId: $neighbourhoodId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...FeedItemFields } }\n    }\n  }\n": types.FeedDocument,
    "\n  subscription FeedUpdated($neighbourhoodId: ID!) {\n    feedUpdated(neighbourhoodId: $neighbourhoodId) { ...FeedItemFields }\n  }\n": types.FeedUpdatedDocument,
    "\n  query Listings($neighbourhoodId: ID!, $kinds: [ListingKind!], $first: Int, $after: String) {\n    listings(neighbourhoodId: $neighbourhoodId, kinds: $kinds, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ListingFields } }\n    }\n  }\n": types.ListingsDocument,
    "\n  query Listing($id: ID!) {\n    listing(id: $id) { ...ListingFields }\n  }\n": types.ListingDocument,
    "\n  query CarpoolMatches($destinationCell: String!) {\n    carpoolMatches(destinationCell: $destinationCell) { ...ListingFields }\n  }\n": types.CarpoolMatchesDocument,
    "\n  mutation CreateListing($input: CreateListingInput!) {\n    createListing(input: $input) { ...ListingFields }\n  }\n": types.CreateListingDocument,
    "\n  mutation CreatePost($text: String!) {\n    createPost(text: $text) { id text createdAt }\n  }\n": types.CreatePostDocument,
    "\n  mutation UpdateListingStatus($id: ID!, $status: ListingStatus!, $counterpartId: ID) {\n    updateListingStatus(id: $id, status: $status, counterpartId: $counterpartId) { ...ListingFields }\n  }\n": types.UpdateListingStatusDocument,
    "\n  mutation Pledge($listingId: ID!, $quantity: Int!) {\n    pledge(listingId: $listingId, quantity: $quantity) { ...ListingFields }\n  }\n": types.PledgeDocument,
    "\n  mutation Unpledge($listingId: ID!) {\n    unpledge(listingId: $listingId) { ...ListingFields }\n  }\n": types.UnpledgeDocument,
    "\n  mutation BookSeat($listingId: ID!) {\n    bookSeat(listingId: $listingId) { ...ListingFields }\n  }\n": types.BookSeatDocument,
    "\n  mutation CancelSeat($listingId: ID!) {\n    cancelSeat(listingId: $listingId) { ...ListingFields }\n  }\n": types.CancelSeatDocument,
    "\n  mutation Rsvp($listingId: ID!, $going: Boolean) {\n    rsvp(listingId: $listingId, going: $going) { ...ListingFields }\n  }\n": types.RsvpDocument,
    "\n  mutation RespondToListing($listingId: ID!, $message: String) {\n    respondToListing(listingId: $listingId, message: $message) { id }\n  }\n": types.RespondToListingDocument,
    "\n  mutation Thank($listingId: ID!, $residentId: ID!) {\n    thank(listingId: $listingId, residentId: $residentId)\n  }\n": types.ThankDocument,
    "\n  mutation Report($targetType: ReportTarget!, $targetId: ID!, $reason: String) {\n    report(targetType: $targetType, targetId: $targetId, reason: $reason) { targetId reports hidden }\n  }\n": types.ReportDocument,
    "\n  fragment ModerationCaseFields on ModerationCase {\n    subject { type id neighbourhoodId title createdAt author { id pseudo } }\n    reports\n    reasons { reason count }\n    lastReportAt\n    hidden\n    decisions {\n      id action byReports reason at appealable\n      appeal { text at deadline status reason decidedAt deciders }\n    }\n  }\n": types.ModerationCaseFieldsFragmentDoc,
    "\n  query ModerationQueue($neighbourhoodId: ID!, $first: Int, $after: String) {\n    moderationQueue(neighbourhoodId: $neighbourhoodId, first: $first, after: $after) {\n      edges { cursor node { ...ModerationCaseFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  query ModerationCase($targetType: ReportTarget!, $targetId: ID!) {\n    moderationCase(targetType: $targetType, targetId: $targetId) { ...ModerationCaseFields }\n  }\n": types.ModerationCaseDocument,
    "\n  mutation DecideModeration($targetType: ReportTarget!, $targetId: ID!, $decision: ModerationDecision!, $reason: String!) {\n    decideModeration(targetType: $targetType, targetId: $targetId, decision: $decision, reason: $reason) { ...ModerationCaseFields }\n  }\n": types.DecideModerationDocument,
    "\n  mutation AppealModeration($decisionId: ID!, $text: String!) {\n    appealModeration(decisionId: $decisionId, text: $text) { ...ModerationCaseFields }\n  }\n": types.AppealModerationDocument,
    "\n  query AppealQueue($first: Int, $after: String) {\n    appealQueue(first: $first, after: $after) {\n      edges { cursor node { decisionId deadline case { ...ModerationCaseFields } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AppealQueueDocument,
    "\n  mutation DecideAppeal($decisionId: ID!, $grant: Boolean!, $reason: String!) {\n    decideAppeal(decisionId: $decisionId, grant: $grant, reason: $reason) { ...ModerationCaseFields }\n  }\n": types.DecideAppealDocument,
    "\n  query ModerationLog($neighbourhoodId: ID, $residentId: ID, $first: Int, $after: String) {\n    moderationLog(neighbourhoodId: $neighbourhoodId, residentId: $residentId, first: $first, after: $after) {\n      edges {\n        cursor\n        node { id at action byReports actorDeleted actor { id pseudo } subjectType subjectId resident { id pseudo } neighbourhoodId reason decisionId }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ModerationLogDocument,
    "\n  query Operators {\n    operators { id pseudo }\n  }\n": types.OperatorsDocument,
    "\n  mutation GrantOperator($residentId: ID!, $reason: String!) {\n    grantOperator(residentId: $residentId, reason: $reason) { id pseudo }\n  }\n": types.GrantOperatorDocument,
    "\n  mutation RevokeOperator($residentId: ID!, $reason: String!) {\n    revokeOperator(residentId: $residentId, reason: $reason) { id pseudo }\n  }\n": types.RevokeOperatorDocument,
    "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      edges { cursor node { id pseudo verified standing isOperator } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.UsersDocument,
    "\n  query Alerts($neighbourhoodId: ID!, $since: Long, $first: Int) {\n    alerts(neighbourhoodId: $neighbourhoodId, since: $since, first: $first) {\n      lastSequence\n      hasMore\n      alerts { ...AlertFields }\n    }\n  }\n": types.AlertsDocument,
    "\n  subscription AlertRaised($since: Long) {\n    alertRaised(since: $since) { ...AlertFields }\n  }\n": types.AlertRaisedDocument,
    "\n  subscription AlertUpdated($since: Long, $neighbourhoodId: ID) {\n    alertUpdated(since: $since, neighbourhoodId: $neighbourhoodId) { ...AlertFields updateSequence }\n  }\n": types.AlertUpdatedDocument,
    "\n  mutation RaiseAlert($kind: AlertKind!, $title: String!, $body: String, $radiusMeters: Int, $place: AlertPlaceInput) {\n    raiseAlert(kind: $kind, title: $title, body: $body, radiusMeters: $radiusMeters, place: $place) { ...AlertFields }\n  }\n": types.RaiseAlertDocument,
    "\n  mutation ResolveAlert($id: ID!) {\n    resolveAlert(id: $id) { ...AlertFields }\n  }\n": types.ResolveAlertDocument,
    "\n  query Conversations($first: Int, $after: String) {\n    conversations(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          createdAt\n          messageCount\n          listing { id title kind }\n          participants { id pseudo }\n          lastMessage { ...MessageFields }\n        }\n      }\n    }\n  }\n": types.ConversationsDocument,
    "\n  query Conversation($id: ID!, $first: Int, $after: String) {\n    conversation(id: $id) {\n      id\n      listing { id title kind }\n      participants { id pseudo }\n      messages(first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...MessageFields } }\n      }\n    }\n  }\n": types.ConversationDocument,
    "\n  mutation SendMessage($conversationId: ID!, $text: String!) {\n    sendMessage(conversationId: $conversationId, text: $text) { ...MessageFields }\n  }\n": types.SendMessageDocument,
    "\n  subscription MessageReceived {\n    messageReceived { ...MessageFields }\n  }\n": types.MessageReceivedDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    text\n    url\n    at\n    read\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      unreadCount\n      edges { cursor node { ...NotificationFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotifications {\n    notifications(first: 1) { unreadCount }\n  }\n": types.UnreadNotificationsDocument,
    "\n  subscription NotificationReceived {\n    notificationReceived { unreadCount notification { ...NotificationFields } }\n  }\n": types.NotificationReceivedDocument,
    "\n  mutation MarkNotificationsRead($upTo: ID) {\n    markNotificationsRead(upTo: $upTo)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  query PostcardOutbox {\n    postcardOutbox(first: 100) { id postalAddress code requestedAt }\n  }\n": types.PostcardOutboxDocument,
    "\n  mutation MarkPostcardsSent($ids: [ID!]!) {\n    markPostcardsSent(ids: $ids)\n  }\n": types.MarkPostcardsSentDocument,
    "\n  query PushOutbox {\n    pushOutbox(first: 100) { id deviceId platform deviceToken alert { id title kind raisedAt } }\n  }\n": types.PushOutboxDocument,
    "\n  mutation AckPushMessages($ids: [ID!]!) {\n    ackPushMessages(ids: $ids)\n  }\n": types.AckPushMessagesDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  query MySessions {\n    mySessions { id browser system createdAt lastSeenAt current }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) { id browser system createdAt lastSeenAt current }\n  }\n": types.RevokeSessionDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { expiresAt }\n  }\n": types.ChangePasswordDocument,
    "\n  query AppConfig {\n    appConfig {\n      tileUrl\n      tileAttribution\n      demo\n      demoAccounts { pseudo password role }\n    }\n  }\n": types.AppConfigDocument,
    "\n  query PushConfig {\n    appConfig {\n      vapidPublicKey\n    }\n  }\n": types.PushConfigDocument,
    "\n  mutation RegisterWebPush($subscription: WebPushSubscriptionInput!) {\n    registerWebPush(subscription: $subscription) {\n      id\n    }\n  }\n": types.RegisterWebPushDocument,
    "\n  mutation UnregisterWebPush($endpoint: String!) {\n    unregisterWebPush(endpoint: $endpoint)\n  }\n": types.UnregisterWebPushDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      off { kind channel }\n      quietHours { start end timeZone }\n      digest\n      alertRadiusMeters\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      off { kind channel }\n      quietHours { start end timeZone }\n      digest\n      alertRadiusMeters\n    }\n  }\n": types.SetNotificationPreferencesDocument,
    "\n  query PartnerConsent($clientId: ID!) {\n    partnerConsent(clientId: $clientId) { clientId name allowedScopes rememberedScopes }\n  }\n": types.PartnerConsentDocument,
    "\n  query ConnectedServices {\n    connectedServices { clientId name scopes since }\n  }\n": types.ConnectedServicesDocument,
    "\n  mutation RevokeConnectedService($clientId: ID!) {\n    revokeConnectedService(clientId: $clientId) { clientId name scopes since }\n  }\n": types.RevokeConnectedServiceDocument,
    "\n  query PartnerClients {\n    partnerClients { clientId name redirectUris postLogoutRedirectUris scopes confidential }\n  }\n": types.PartnerClientsDocument,
    "\n  mutation RegisterPartnerClient($input: RegisterPartnerClientInput!) {\n    registerPartnerClient(input: $input) { client { clientId name } clientSecret }\n  }\n": types.RegisterPartnerClientDocument,
    "\n  mutation RemovePartnerClient($clientId: ID!, $reason: String!) {\n    removePartnerClient(clientId: $clientId, reason: $reason)\n  }\n": types.RemovePartnerClientDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n": types.ConfirmEmailDocument,
    "\n  mutation ResendEmailConfirmation {\n    resendEmailConfirmation\n  }\n": types.ResendEmailConfirmationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) { expiresAt resident { ...ResidentFields } }\n  }\n": types.ResetPasswordDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    kind\n    name\n    identifier\n    description\n    hours\n    publicAddress\n    status\n    decision\n    createdAt\n    areaCellCount\n    myRole\n  }\n": types.OrganisationFieldsFragmentDoc,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n      recommendations { total mine inMyNeighbourhood }\n      latitude\n      longitude\n      reach { neighbourhoodIds radiusMeters neighbourhoods { id name } }\n    }\n  }\n": types.OrganisationDocument,
    "\n  query ReachCandidates($id: ID!) {\n    organisation(id: $id) {\n      id\n      reachCandidates { id name memberCount }\n    }\n  }\n": types.ReachCandidatesDocument,
    "\n  mutation SetOrganisationReach($organisationId: ID!, $neighbourhoodIds: [ID!], $radiusMeters: Int, $latitude: Float, $longitude: Float) {\n    setOrganisationReach(organisationId: $organisationId, neighbourhoodIds: $neighbourhoodIds, radiusMeters: $radiusMeters, latitude: $latitude, longitude: $longitude) {\n      id\n      areaCellCount\n      latitude\n      longitude\n      reach { neighbourhoodIds radiusMeters }\n    }\n  }\n": types.SetOrganisationReachDocument,
    "\n  query VerifiedOrganisations {\n    organisations(status: VERIFIED, first: 100) { ...OrganisationFields }\n  }\n": types.VerifiedOrganisationsDocument,
    "\n  query MyOrganisations {\n    myOrganisations {\n      ...OrganisationFields\n      members { residentId role since resident { id pseudo } }\n    }\n  }\n": types.MyOrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) { ...OrganisationFields }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation AddOrganisationMember($organisationId: ID!, $residentId: ID!, $role: OrganisationRole!) {\n    addOrganisationMember(organisationId: $organisationId, residentId: $residentId, role: $role) { residentId role }\n  }\n": types.AddOrganisationMemberDocument,
    "\n  mutation RemoveOrganisationMember($organisationId: ID!, $residentId: ID!) {\n    removeOrganisationMember(organisationId: $organisationId, residentId: $residentId) { residentId role }\n  }\n": types.RemoveOrganisationMemberDocument,
    "\n  query PendingOrganisations {\n    organisations(status: PENDING, first: 100) { ...OrganisationFields }\n  }\n": types.PendingOrganisationsDocument,
    "\n  query OrphanedOrganisations {\n    orphanedOrganisations(first: 100) { ...OrganisationFields }\n  }\n": types.OrphanedOrganisationsDocument,
    "\n  mutation VerifyOrganisation($id: ID!, $reason: String) {\n    verifyOrganisation(id: $id, reason: $reason) { id status }\n  }\n": types.VerifyOrganisationDocument,
    "\n  mutation RejectOrganisation($id: ID!, $reason: String!) {\n    rejectOrganisation(id: $id, reason: $reason) { id status decision }\n  }\n": types.RejectOrganisationDocument,
    "\n  mutation RecommendOrganisation($id: ID!) {\n    recommendOrganisation(id: $id) { total mine inMyNeighbourhood }\n  }\n": types.RecommendOrganisationDocument,
    "\n  mutation UnrecommendOrganisation($id: ID!) {\n    unrecommendOrganisation(id: $id) { total mine inMyNeighbourhood }\n  }\n": types.UnrecommendOrganisationDocument,
    "\n  query OrganisationsServingMe {\n    organisationsServingMe { ...OrganisationFields }\n  }\n": types.OrganisationsServingMeDocument,
    "\n  mutation SetOrganisationArea($organisationId: ID!, $geoJson: String!) {\n    setOrganisationArea(organisationId: $organisationId, geoJson: $geoJson) { id areaCellCount }\n  }\n": types.SetOrganisationAreaDocument,
    "\n  query OrganisationListings($id: ID!, $first: Int, $after: ID) {\n    organisation(id: $id) {\n      id\n      listings(first: $first, after: $after) {\n        hasNextPage\n        items { id kind title summary createdAt endsAt startsAt place neighbourhoods }\n      }\n    }\n  }\n": types.OrganisationListingsDocument,
    "\n  mutation PublishOrganisationListing($organisationId: ID!, $neighbourhoodIds: [ID!]!, $input: CreateListingInput!) {\n    publishOrganisationListing(organisationId: $organisationId, neighbourhoodIds: $neighbourhoodIds, input: $input) { id title organisationName }\n  }\n": types.PublishOrganisationListingDocument,
    "\n  query Passkeys {\n    passkeys { id name createdAt lastUsedAt }\n  }\n": types.PasskeysDocument,
    "\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration\n  }\n": types.BeginPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($name: String!, $response: String!) {\n    finishPasskeyRegistration(name: $name, response: $response) { id name createdAt lastUsedAt }\n  }\n": types.FinishPasskeyRegistrationDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n": types.RemovePasskeyDocument,
    "\n  mutation BeginPasskeySignIn {\n    beginPasskeySignIn { challengeId options }\n  }\n": types.BeginPasskeySignInDocument,
    "\n  mutation FinishPasskeySignIn($challengeId: ID!, $response: String!) {\n    finishPasskeySignIn(challengeId: $challengeId, response: $response) { expiresAt }\n  }\n": types.FinishPasskeySignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAnnouncement($organisationId: ID!, $kind: AnnouncementKind!, $title: String!, $body: String!) {\n    publishAnnouncement(organisationId: $organisationId, kind: $kind, title: $title, body: $body) { id title }\n  }\n"): (typeof documents)["\n  mutation PublishAnnouncement($organisationId: ID!, $kind: AnnouncementKind!, $title: String!, $body: String!) {\n    publishAnnouncement(organisationId: $organisationId, kind: $kind, title: $title, body: $body) { id title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Announcements($after: ID) {\n    announcements(first: 20, after: $after) {\n      items { id organisationId organisationName kind title body publishedAt }\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  query Announcements($after: ID) {\n    announcements(first: 20, after: $after) {\n      items { id organisationId organisationName kind title body publishedAt }\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorsModerationQueue($first: Int, $after: String) {\n    operatorsModerationQueue(first: $first, after: $after) {\n      edges { cursor node { ...ModerationCaseFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query OperatorsModerationQueue($first: Int, $after: String) {\n    operatorsModerationQueue(first: $first, after: $after) {\n      edges { cursor node { ...ModerationCaseFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignFields on Campaign {\n    id\n    organisationId\n    advertiser\n    title\n    text\n    neighbourhoodIds\n    startsAt\n    endsAt\n    impressions\n    delivered\n    status\n    decision\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CampaignFields on Campaign {\n    id\n    organisationId\n    advertiser\n    title\n    text\n    neighbourhoodIds\n    startsAt\n    endsAt\n    impressions\n    delivered\n    status\n    decision\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationCampaigns($organisationId: ID!) {\n    organisationCampaigns(organisationId: $organisationId) {\n      ...CampaignFields\n      statistics {\n        delivered\n        impressions\n        minResidents\n        neighbourhoods { neighbourhoodId name impressions }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationCampaigns($organisationId: ID!) {\n    organisationCampaigns(organisationId: $organisationId) {\n      ...CampaignFields\n      statistics {\n        delivered\n        impressions\n        minResidents\n        neighbourhoods { neighbourhoodId name impressions }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($organisationId: ID!, $input: CampaignInput!) {\n    createCampaign(organisationId: $organisationId, input: $input) { ...CampaignFields }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($organisationId: ID!, $input: CampaignInput!) {\n    createCampaign(organisationId: $organisationId, input: $input) { ...CampaignFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingCampaigns {\n    pendingCampaigns { ...CampaignFields }\n  }\n"): (typeof documents)["\n  query PendingCampaigns {\n    pendingCampaigns { ...CampaignFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCampaign($id: ID!, $reason: String) {\n    approveCampaign(id: $id, reason: $reason) { id status decision }\n  }\n"): (typeof documents)["\n  mutation ApproveCampaign($id: ID!, $reason: String) {\n    approveCampaign(id: $id, reason: $reason) { id status decision }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectCampaign($id: ID!, $reason: String!) {\n    rejectCampaign(id: $id, reason: $reason) { id status decision }\n  }\n"): (typeof documents)["\n  mutation RejectCampaign($id: ID!, $reason: String!) {\n    rejectCampaign(id: $id, reason: $reason) { id status decision }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditCampaign($id: ID!, $input: CampaignChangesInput!) {\n    editCampaign(id: $id, input: $input) { ...CampaignFields }\n  }\n"): (typeof documents)["\n  mutation EditCampaign($id: ID!, $input: CampaignChangesInput!) {\n    editCampaign(id: $id, input: $input) { ...CampaignFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeCampaign($id: ID!) {\n    resumeCampaign(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation ResumeCampaign($id: ID!) {\n    resumeCampaign(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation CancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HiddenAdvertisers {\n    hiddenAdvertiserOrganisations { id name }\n  }\n"): (typeof documents)["\n  query HiddenAdvertisers {\n    hiddenAdvertiserOrganisations { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideAdvertiser($organisationId: ID!) {\n    unhideAdvertiser(organisationId: $organisationId)\n  }\n"): (typeof documents)["\n  mutation UnhideAdvertiser($organisationId: ID!) {\n    unhideAdvertiser(organisationId: $organisationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidentFields on Resident {\n    id\n    pseudo\n    thanksReceived\n    verification { status method verifiedAt }\n  }\n"): (typeof documents)["\n  fragment ResidentFields on Resident {\n    id\n    pseudo\n    thanksReceived\n    verification { status method verifiedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeighbourhoodFields on Neighbourhood {\n    id\n    name\n    memberCount\n    cells\n    boundary\n  }\n"): (typeof documents)["\n  fragment NeighbourhoodFields on Neighbourhood {\n    id\n    name\n    memberCount\n    cells\n    boundary\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListingFields on Listing {\n    id\n    organisationId\n    organisationName\n    kind\n    title\n    description\n    status\n    neighbourhoodId\n    createdAt\n    endsAt\n    radiusMeters\n    hidden\n    author { id pseudo }\n    counterpart { id pseudo }\n    loan { from until }\n    carpool { originCell destinationCell weekdays departureTime seats seatsTaken seatsLeft booked }\n    groupPurchase { product unit targetQuantity deadline pledgedQuantity pledgerCount myPledge }\n    event { startsAt place capacity going iAmGoing }\n    page { website contact openingHours }\n  }\n"): (typeof documents)["\n  fragment ListingFields on Listing {\n    id\n    organisationId\n    organisationName\n    kind\n    title\n    description\n    status\n    neighbourhoodId\n    createdAt\n    endsAt\n    radiusMeters\n    hidden\n    author { id pseudo }\n    counterpart { id pseudo }\n    loan { from until }\n    carpool { originCell destinationCell weekdays departureTime seats seatsTaken seatsLeft booked }\n    groupPurchase { product unit targetQuantity deadline pledgedQuantity pledgerCount myPledge }\n    event { startsAt place capacity going iAmGoing }\n    page { website contact openingHours }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertFields on Alert {\n    id\n    neighbourhoodId\n    sequence\n    kind\n    title\n    body\n    radiusMeters\n    raisedAt\n    resolved\n    resolvedAt\n    hidden\n    originNeighbourhoodId\n    place { lat lng }\n    raiser { id pseudo }\n  }\n"): (typeof documents)["\n  fragment AlertFields on Alert {\n    id\n    neighbourhoodId\n    sequence\n    kind\n    title\n    body\n    radiusMeters\n    raisedAt\n    resolved\n    resolvedAt\n    hidden\n    originNeighbourhoodId\n    place { lat lng }\n    raiser { id pseudo }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedItemFields on FeedItem {\n    id\n    type\n    neighbourhoodId\n    author { id pseudo }\n    publisher\n    title\n    snippet\n    createdAt\n    listingKind\n    status\n    hidden\n    sponsored { campaignId organisationId advertiser label title text }\n  }\n"): (typeof documents)["\n  fragment FeedItemFields on FeedItem {\n    id\n    type\n    neighbourhoodId\n    author { id pseudo }\n    publisher\n    title\n    snippet\n    createdAt\n    listingKind\n    status\n    hidden\n    sponsored { campaignId organisationId advertiser label title text }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideAdvertiser($organisationId: ID!) {\n    hideAdvertiser(organisationId: $organisationId)\n  }\n"): (typeof documents)["\n  mutation HideAdvertiser($organisationId: ID!) {\n    hideAdvertiser(organisationId: $organisationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on Message {\n    id\n    conversationId\n    sender { id pseudo }\n    text\n    sentAt\n  }\n"): (typeof documents)["\n  fragment MessageFields on Message {\n    id\n    conversationId\n    sender { id pseudo }\n    text\n    sentAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ResidentFields\n      email\n      emailConfirmed\n      homeCell\n      createdAt\n      neighbourhood { ...NeighbourhoodFields leads { id pseudo } }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ResidentFields\n      email\n      emailConfirmed\n      homeCell\n      createdAt\n      neighbourhood { ...NeighbourhoodFields leads { id pseudo } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) { expiresAt resident { ...ResidentFields } }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) { expiresAt resident { ...ResidentFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { expiresAt resident { ...ResidentFields } }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { expiresAt resident { ...ResidentFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHome($lat: Float!, $lng: Float!) {\n    setHome(lat: $lat, lng: $lng) { ...ResidentFields homeCell neighbourhood { id } }\n  }\n"): (typeof documents)["\n  mutation SetHome($lat: Float!, $lng: Float!) {\n    setHome(lat: $lat, lng: $lng) { ...ResidentFields homeCell neighbourhood { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationProgress {\n    me {\n      id\n      verificationProgress {\n        fixesCounted fixesNeeded daysCounted daysNeeded fixMaxAccuracyMeters vouchesReceived vouchesNeeded postcardExpiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerificationProgress {\n    me {\n      id\n      verificationProgress {\n        fixesCounted fixesNeeded daysCounted daysNeeded fixMaxAccuracyMeters vouchesReceived vouchesNeeded postcardExpiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitLocationFix($lat: Float!, $lng: Float!, $accuracyMeters: Float!) {\n    submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: $accuracyMeters) {\n      countingFixes\n      distinctDays\n      verification { status method verifiedAt }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitLocationFix($lat: Float!, $lng: Float!, $accuracyMeters: Float!) {\n    submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: $accuracyMeters) {\n      countingFixes\n      distinctDays\n      verification { status method verifiedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VouchFor($residentId: ID!) {\n    vouchFor(residentId: $residentId) { candidateId candidateVerified }\n  }\n"): (typeof documents)["\n  mutation VouchFor($residentId: ID!) {\n    vouchFor(residentId: $residentId) { candidateId candidateVerified }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPostcard($postalAddress: String!) {\n    requestPostcard(postalAddress: $postalAddress) { codeExpiresAt }\n  }\n"): (typeof documents)["\n  mutation RequestPostcard($postalAddress: String!) {\n    requestPostcard(postalAddress: $postalAddress) { codeExpiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPostcardCode($code: String!) {\n    confirmPostcardCode(code: $code) { ...ResidentFields }\n  }\n"): (typeof documents)["\n  mutation ConfirmPostcardCode($code: String!) {\n    confirmPostcardCode(code: $code) { ...ResidentFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeighbourhoodAt($lat: Float!, $lng: Float!, $radiusMeters: Float!) {\n    neighbourhoodAt(lat: $lat, lng: $lng) { ...NeighbourhoodFields }\n    nearbyNeighbourhoods(lat: $lat, lng: $lng, radiusMeters: $radiusMeters) { ...NeighbourhoodFields }\n  }\n"): (typeof documents)["\n  query NeighbourhoodAt($lat: Float!, $lng: Float!, $radiusMeters: Float!) {\n    neighbourhoodAt(lat: $lat, lng: $lng) { ...NeighbourhoodFields }\n    nearbyNeighbourhoods(lat: $lat, lng: $lng, radiusMeters: $radiusMeters) { ...NeighbourhoodFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($id: ID!) {\n    neighbourhood(id: $id) {\n      ...NeighbourhoodFields\n      leads { id pseudo }\n      mergeProposals {\n        id\n        proposedAt\n        from { id name memberCount }\n        to { id name memberCount }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Neighbourhood($id: ID!) {\n    neighbourhood(id: $id) {\n      ...NeighbourhoodFields\n      leads { id pseudo }\n      mergeProposals {\n        id\n        proposedAt\n        from { id name memberCount }\n        to { id name memberCount }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($id: ID!, $first: Int, $after: String) {\n    neighbourhood(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        edges { cursor node { id pseudo isLead } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($id: ID!, $first: Int, $after: String) {\n    neighbourhood(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        edges { cursor node { id pseudo isLead } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FoundNeighbourhood($name: String!) {\n    foundNeighbourhood(name: $name) { ...NeighbourhoodFields }\n  }\n"): (typeof documents)["\n  mutation FoundNeighbourhood($name: String!) {\n    foundNeighbourhood(name: $name) { ...NeighbourhoodFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinNeighbourhood($id: ID!) {\n    joinNeighbourhood(id: $id) { ...NeighbourhoodFields }\n  }\n"): (typeof documents)["\n  mutation JoinNeighbourhood($id: ID!) {\n    joinNeighbourhood(id: $id) { ...NeighbourhoodFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveNeighbourhood {\n    leaveNeighbourhood\n  }\n"): (typeof documents)["\n  mutation LeaveNeighbourhood {\n    leaveNeighbourhood\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NameLead($neighbourhoodId: ID!, $residentId: ID!) {\n    nameLead(neighbourhoodId: $neighbourhoodId, residentId: $residentId)\n  }\n"): (typeof documents)["\n  mutation NameLead($neighbourhoodId: ID!, $residentId: ID!) {\n    nameLead(neighbourhoodId: $neighbourhoodId, residentId: $residentId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeMerge($neighbourhoodId: ID!) {\n    proposeMerge(neighbourhoodId: $neighbourhoodId) { id }\n  }\n"): (typeof documents)["\n  mutation ProposeMerge($neighbourhoodId: ID!) {\n    proposeMerge(neighbourhoodId: $neighbourhoodId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptMerge($proposalId: ID!) {\n    acceptMerge(proposalId: $proposalId) { ...NeighbourhoodFields }\n  }\n"): (typeof documents)["\n  mutation AcceptMerge($proposalId: ID!) {\n    acceptMerge(proposalId: $proposalId) { ...NeighbourhoodFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feed($neighbourhoodId: ID!, $first: Int, $after: String) {\n    feed(neighbourhoodId: $neighbourhoodId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...FeedItemFields } }\n    }\n  }\n"): (typeof documents)["\n  query Feed($neighbourhoodId: ID!, $first: Int, $after: String) {\n    feed(neighbourhoodId: $neighbourhoodId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...FeedItemFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FeedUpdated($neighbourhoodId: ID!) {\n    feedUpdated(neighbourhoodId: $neighbourhoodId) { ...FeedItemFields }\n  }\n"): (typeof documents)["\n  subscription FeedUpdated($neighbourhoodId: ID!) {\n    feedUpdated(neighbourhoodId: $neighbourhoodId) { ...FeedItemFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Listings($neighbourhoodId: ID!, $kinds: [ListingKind!], $first: Int, $after: String) {\n    listings(neighbourhoodId: $neighbourhoodId, kinds: $kinds, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ListingFields } }\n    }\n  }\n"): (typeof documents)["\n  query Listings($neighbourhoodId: ID!, $kinds: [ListingKind!], $first: Int, $after: String) {\n    listings(neighbourhoodId: $neighbourhoodId, kinds: $kinds, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ListingFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Listing($id: ID!) {\n    listing(id: $id) { ...ListingFields }\n  }\n"): (typeof documents)["\n  query Listing($id: ID!) {\n    listing(id: $id) { ...ListingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarpoolMatches($destinationCell: String!) {\n    carpoolMatches(destinationCell: $destinationCell) { ...ListingFields }\n  }\n"): (typeof documents)["\n  query CarpoolMatches($destinationCell: String!) {\n    carpoolMatches(destinationCell: $destinationCell) { ...ListingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateListing($input: CreateListingInput!) {\n    createListing(input: $input) { ...ListingFields }\n  }\n"): (typeof documents)["\n  mutation CreateListing($input: CreateListingInput!) {\n    createListing(input: $input) { ...ListingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($text: String!) {\n    createPost(text: $text) { id text createdAt }\n  }\n"): (typeof documents)["\n  mutation CreatePost($text: String!) {\n    createPost(text: $text) { id text createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateListingStatus($id: ID!, $status: ListingStatus!, $counterpartId: ID) {\n    updateListingStatus(id: $id, status: $status, counterpartId: $counterpartId) { ...ListingFields }\n  }\n"): (typeof documents)["\n  mutation UpdateListingStatus($id: ID!, $status: ListingStatus!, $counterpartId: ID) {\n    updateListingStatus(id: $id, status: $status, counterpartId: $counterpartId) { ...ListingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Pledge($listingId: ID!, $quantity: Int!) {\n    pledge(listingId: $listingId, quantity: $quantity) { ...ListingFields }\n  }\n"): (typeof documents)["\n  mutation Pledge($listingId: ID!, $quantity: Int!) {\n    pledge(listingId: $listingId, quantity: $quantity) { ...ListingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unpledge($listingId: ID!) {\n    unpledge(listingId: $listingId) { ...ListingFields }\n  }\n"): (typeof documents)["\n  mutation Unpledge($listingId: ID!) {\n    unpledge(listingId: $listingId) { ...ListingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSeat($listingId: ID!) {\n    bookSeat(listingId: $listingId) { ...ListingFields }\n  }\n"): (typeof documents)["\n  mutation BookSeat($listingId: ID!) {\n    bookSeat(listingId: $listingId) { ...ListingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSeat($listingId: ID!) {\n    cancelSeat(listingId: $listingId) { ...ListingFields }\n  }\n"): (typeof documents)["\n  mutation CancelSeat($listingId: ID!) {\n    cancelSeat(listingId: $listingId) { ...ListingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Rsvp($listingId: ID!, $going: Boolean) {\n    rsvp(listingId: $listingId, going: $going) { ...ListingFields }\n  }\n"): (typeof documents)["\n  mutation Rsvp($listingId: ID!, $going: Boolean) {\n    rsvp(listingId: $listingId, going: $going) { ...ListingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToListing($listingId: ID!, $message: String) {\n    respondToListing(listingId: $listingId, message: $message) { id }\n  }\n"): (typeof documents)["\n  mutation RespondToListing($listingId: ID!, $message: String) {\n    respondToListing(listingId: $listingId, message: $message) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Thank($listingId: ID!, $residentId: ID!) {\n    thank(listingId: $listingId, residentId: $residentId)\n  }\n"): (typeof documents)["\n  mutation Thank($listingId: ID!, $residentId: ID!) {\n    thank(listingId: $listingId, residentId: $residentId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Report($targetType: ReportTarget!, $targetId: ID!, $reason: String) {\n    report(targetType: $targetType, targetId: $targetId, reason: $reason) { targetId reports hidden }\n  }\n"): (typeof documents)["\n  mutation Report($targetType: ReportTarget!, $targetId: ID!, $reason: String) {\n    report(targetType: $targetType, targetId: $targetId, reason: $reason) { targetId reports hidden }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationCaseFields on ModerationCase {\n    subject { type id neighbourhoodId title createdAt author { id pseudo } }\n    reports\n    reasons { reason count }\n    lastReportAt\n    hidden\n    decisions {\n      id action byReports reason at appealable\n      appeal { text at deadline status reason decidedAt deciders }\n    }\n  }\n"): (typeof documents)["\n  fragment ModerationCaseFields on ModerationCase {\n    subject { type id neighbourhoodId title createdAt author { id pseudo } }\n    reports\n    reasons { reason count }\n    lastReportAt\n    hidden\n    decisions {\n      id action byReports reason at appealable\n      appeal { text at deadline status reason decidedAt deciders }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($neighbourhoodId: ID!, $first: Int, $after: String) {\n    moderationQueue(neighbourhoodId: $neighbourhoodId, first: $first, after: $after) {\n      edges { cursor node { ...ModerationCaseFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($neighbourhoodId: ID!, $first: Int, $after: String) {\n    moderationQueue(neighbourhoodId: $neighbourhoodId, first: $first, after: $after) {\n      edges { cursor node { ...ModerationCaseFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationCase($targetType: ReportTarget!, $targetId: ID!) {\n    moderationCase(targetType: $targetType, targetId: $targetId) { ...ModerationCaseFields }\n  }\n"): (typeof documents)["\n  query ModerationCase($targetType: ReportTarget!, $targetId: ID!) {\n    moderationCase(targetType: $targetType, targetId: $targetId) { ...ModerationCaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideModeration($targetType: ReportTarget!, $targetId: ID!, $decision: ModerationDecision!, $reason: String!) {\n    decideModeration(targetType: $targetType, targetId: $targetId, decision: $decision, reason: $reason) { ...ModerationCaseFields }\n  }\n"): (typeof documents)["\n  mutation DecideModeration($targetType: ReportTarget!, $targetId: ID!, $decision: ModerationDecision!, $reason: String!) {\n    decideModeration(targetType: $targetType, targetId: $targetId, decision: $decision, reason: $reason) { ...ModerationCaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppealModeration($decisionId: ID!, $text: String!) {\n    appealModeration(decisionId: $decisionId, text: $text) { ...ModerationCaseFields }\n  }\n"): (typeof documents)["\n  mutation AppealModeration($decisionId: ID!, $text: String!) {\n    appealModeration(decisionId: $decisionId, text: $text) { ...ModerationCaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppealQueue($first: Int, $after: String) {\n    appealQueue(first: $first, after: $after) {\n      edges { cursor node { decisionId deadline case { ...ModerationCaseFields } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AppealQueue($first: Int, $after: String) {\n    appealQueue(first: $first, after: $after) {\n      edges { cursor node { decisionId deadline case { ...ModerationCaseFields } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideAppeal($decisionId: ID!, $grant: Boolean!, $reason: String!) {\n    decideAppeal(decisionId: $decisionId, grant: $grant, reason: $reason) { ...ModerationCaseFields }\n  }\n"): (typeof documents)["\n  mutation DecideAppeal($decisionId: ID!, $grant: Boolean!, $reason: String!) {\n    decideAppeal(decisionId: $decisionId, grant: $grant, reason: $reason) { ...ModerationCaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationLog($neighbourhoodId: ID, $residentId: ID, $first: Int, $after: String) {\n    moderationLog(neighbourhoodId: $neighbourhoodId, residentId: $residentId, first: $first, after: $after) {\n      edges {\n        cursor\n        node { id at action byReports actorDeleted actor { id pseudo } subjectType subjectId resident { id pseudo } neighbourhoodId reason decisionId }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ModerationLog($neighbourhoodId: ID, $residentId: ID, $first: Int, $after: String) {\n    moderationLog(neighbourhoodId: $neighbourhoodId, residentId: $residentId, first: $first, after: $after) {\n      edges {\n        cursor\n        node { id at action byReports actorDeleted actor { id pseudo } subjectType subjectId resident { id pseudo } neighbourhoodId reason decisionId }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Operators {\n    operators { id pseudo }\n  }\n"): (typeof documents)["\n  query Operators {\n    operators { id pseudo }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantOperator($residentId: ID!, $reason: String!) {\n    grantOperator(residentId: $residentId, reason: $reason) { id pseudo }\n  }\n"): (typeof documents)["\n  mutation GrantOperator($residentId: ID!, $reason: String!) {\n    grantOperator(residentId: $residentId, reason: $reason) { id pseudo }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOperator($residentId: ID!, $reason: String!) {\n    revokeOperator(residentId: $residentId, reason: $reason) { id pseudo }\n  }\n"): (typeof documents)["\n  mutation RevokeOperator($residentId: ID!, $reason: String!) {\n    revokeOperator(residentId: $residentId, reason: $reason) { id pseudo }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      edges { cursor node { id pseudo verified standing isOperator } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      edges { cursor node { id pseudo verified standing isOperator } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Alerts($neighbourhoodId: ID!, $since: Long, $first: Int) {\n    alerts(neighbourhoodId: $neighbourhoodId, since: $since, first: $first) {\n      lastSequence\n      hasMore\n      alerts { ...AlertFields }\n    }\n  }\n"): (typeof documents)["\n  query Alerts($neighbourhoodId: ID!, $since: Long, $first: Int) {\n    alerts(neighbourhoodId: $neighbourhoodId, since: $since, first: $first) {\n      lastSequence\n      hasMore\n      alerts { ...AlertFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AlertRaised($since: Long) {\n    alertRaised(since: $since) { ...AlertFields }\n  }\n"): (typeof documents)["\n  subscription AlertRaised($since: Long) {\n    alertRaised(since: $since) { ...AlertFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AlertUpdated($since: Long, $neighbourhoodId: ID) {\n    alertUpdated(since: $since, neighbourhoodId: $neighbourhoodId) { ...AlertFields updateSequence }\n  }\n"): (typeof documents)["\n  subscription AlertUpdated($since: Long, $neighbourhoodId: ID) {\n    alertUpdated(since: $since, neighbourhoodId: $neighbourhoodId) { ...AlertFields updateSequence }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseAlert($kind: AlertKind!, $title: String!, $body: String, $radiusMeters: Int, $place: AlertPlaceInput) {\n    raiseAlert(kind: $kind, title: $title, body: $body, radiusMeters: $radiusMeters, place: $place) { ...AlertFields }\n  }\n"): (typeof documents)["\n  mutation RaiseAlert($kind: AlertKind!, $title: String!, $body: String, $radiusMeters: Int, $place: AlertPlaceInput) {\n    raiseAlert(kind: $kind, title: $title, body: $body, radiusMeters: $radiusMeters, place: $place) { ...AlertFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveAlert($id: ID!) {\n    resolveAlert(id: $id) { ...AlertFields }\n  }\n"): (typeof documents)["\n  mutation ResolveAlert($id: ID!) {\n    resolveAlert(id: $id) { ...AlertFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversations($first: Int, $after: String) {\n    conversations(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          createdAt\n          messageCount\n          listing { id title kind }\n          participants { id pseudo }\n          lastMessage { ...MessageFields }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversations($first: Int, $after: String) {\n    conversations(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          createdAt\n          messageCount\n          listing { id title kind }\n          participants { id pseudo }\n          lastMessage { ...MessageFields }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: ID!, $first: Int, $after: String) {\n    conversation(id: $id) {\n      id\n      listing { id title kind }\n      participants { id pseudo }\n      messages(first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...MessageFields } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversation($id: ID!, $first: Int, $after: String) {\n    conversation(id: $id) {\n      id\n      listing { id title kind }\n      participants { id pseudo }\n      messages(first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...MessageFields } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($conversationId: ID!, $text: String!) {\n    sendMessage(conversationId: $conversationId, text: $text) { ...MessageFields }\n  }\n"): (typeof documents)["\n  mutation SendMessage($conversationId: ID!, $text: String!) {\n    sendMessage(conversationId: $conversationId, text: $text) { ...MessageFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageReceived {\n    messageReceived { ...MessageFields }\n  }\n"): (typeof documents)["\n  subscription MessageReceived {\n    messageReceived { ...MessageFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    text\n    url\n    at\n    read\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    text\n    url\n    at\n    read\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      unreadCount\n      edges { cursor node { ...NotificationFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      unreadCount\n      edges { cursor node { ...NotificationFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications {\n    notifications(first: 1) { unreadCount }\n  }\n"): (typeof documents)["\n  query UnreadNotifications {\n    notifications(first: 1) { unreadCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationReceived {\n    notificationReceived { unreadCount notification { ...NotificationFields } }\n  }\n"): (typeof documents)["\n  subscription NotificationReceived {\n    notificationReceived { unreadCount notification { ...NotificationFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($upTo: ID) {\n    markNotificationsRead(upTo: $upTo)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($upTo: ID) {\n    markNotificationsRead(upTo: $upTo)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  mutation ExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostcardOutbox {\n    postcardOutbox(first: 100) { id postalAddress code requestedAt }\n  }\n"): (typeof documents)["\n  query PostcardOutbox {\n    postcardOutbox(first: 100) { id postalAddress code requestedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkPostcardsSent($ids: [ID!]!) {\n    markPostcardsSent(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkPostcardsSent($ids: [ID!]!) {\n    markPostcardsSent(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PushOutbox {\n    pushOutbox(first: 100) { id deviceId platform deviceToken alert { id title kind raisedAt } }\n  }\n"): (typeof documents)["\n  query PushOutbox {\n    pushOutbox(first: 100) { id deviceId platform deviceToken alert { id title kind raisedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckPushMessages($ids: [ID!]!) {\n    ackPushMessages(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation AckPushMessages($ids: [ID!]!) {\n    ackPushMessages(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions { id browser system createdAt lastSeenAt current }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions { id browser system createdAt lastSeenAt current }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) { id browser system createdAt lastSeenAt current }\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) { id browser system createdAt lastSeenAt current }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { expiresAt }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppConfig {\n    appConfig {\n      tileUrl\n      tileAttribution\n      demo\n      demoAccounts { pseudo password role }\n    }\n  }\n"): (typeof documents)["\n  query AppConfig {\n    appConfig {\n      tileUrl\n      tileAttribution\n      demo\n      demoAccounts { pseudo password role }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PushConfig {\n    appConfig {\n      vapidPublicKey\n    }\n  }\n"): (typeof documents)["\n  query PushConfig {\n    appConfig {\n      vapidPublicKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterWebPush($subscription: WebPushSubscriptionInput!) {\n    registerWebPush(subscription: $subscription) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterWebPush($subscription: WebPushSubscriptionInput!) {\n    registerWebPush(subscription: $subscription) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnregisterWebPush($endpoint: String!) {\n    unregisterWebPush(endpoint: $endpoint)\n  }\n"): (typeof documents)["\n  mutation UnregisterWebPush($endpoint: String!) {\n    unregisterWebPush(endpoint: $endpoint)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      off { kind channel }\n      quietHours { start end timeZone }\n      digest\n      alertRadiusMeters\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      off { kind channel }\n      quietHours { start end timeZone }\n      digest\n      alertRadiusMeters\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      off { kind channel }\n      quietHours { start end timeZone }\n      digest\n      alertRadiusMeters\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      off { kind channel }\n      quietHours { start end timeZone }\n      digest\n      alertRadiusMeters\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerConsent($clientId: ID!) {\n    partnerConsent(clientId: $clientId) { clientId name allowedScopes rememberedScopes }\n  }\n"): (typeof documents)["\n  query PartnerConsent($clientId: ID!) {\n    partnerConsent(clientId: $clientId) { clientId name allowedScopes rememberedScopes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectedServices {\n    connectedServices { clientId name scopes since }\n  }\n"): (typeof documents)["\n  query ConnectedServices {\n    connectedServices { clientId name scopes since }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeConnectedService($clientId: ID!) {\n    revokeConnectedService(clientId: $clientId) { clientId name scopes since }\n  }\n"): (typeof documents)["\n  mutation RevokeConnectedService($clientId: ID!) {\n    revokeConnectedService(clientId: $clientId) { clientId name scopes since }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerClients {\n    partnerClients { clientId name redirectUris postLogoutRedirectUris scopes confidential }\n  }\n"): (typeof documents)["\n  query PartnerClients {\n    partnerClients { clientId name redirectUris postLogoutRedirectUris scopes confidential }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPartnerClient($input: RegisterPartnerClientInput!) {\n    registerPartnerClient(input: $input) { client { clientId name } clientSecret }\n  }\n"): (typeof documents)["\n  mutation RegisterPartnerClient($input: RegisterPartnerClientInput!) {\n    registerPartnerClient(input: $input) { client { clientId name } clientSecret }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePartnerClient($clientId: ID!, $reason: String!) {\n    removePartnerClient(clientId: $clientId, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation RemovePartnerClient($clientId: ID!, $reason: String!) {\n    removePartnerClient(clientId: $clientId, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n"): (typeof documents)["\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendEmailConfirmation {\n    resendEmailConfirmation\n  }\n"): (typeof documents)["\n  mutation ResendEmailConfirmation {\n    resendEmailConfirmation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) { expiresAt resident { ...ResidentFields } }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) { expiresAt resident { ...ResidentFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationFields on Organisation {\n    id\n    kind\n    name\n    identifier\n    description\n    hours\n    publicAddress\n    status\n    decision\n    createdAt\n    areaCellCount\n    myRole\n  }\n"): (typeof documents)["\n  fragment OrganisationFields on Organisation {\n    id\n    kind\n    name\n    identifier\n    description\n    hours\n    publicAddress\n    status\n    decision\n    createdAt\n    areaCellCount\n    myRole\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n      recommendations { total mine inMyNeighbourhood }\n      latitude\n      longitude\n      reach { neighbourhoodIds radiusMeters neighbourhoods { id name } }\n    }\n  }\n"): (typeof documents)["\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n      recommendations { total mine inMyNeighbourhood }\n      latitude\n      longitude\n      reach { neighbourhoodIds radiusMeters neighbourhoods { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReachCandidates($id: ID!) {\n    organisation(id: $id) {\n      id\n      reachCandidates { id name memberCount }\n    }\n  }\n"): (typeof documents)["\n  query ReachCandidates($id: ID!) {\n    organisation(id: $id) {\n      id\n      reachCandidates { id name memberCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationReach($organisationId: ID!, $neighbourhoodIds: [ID!], $radiusMeters: Int, $latitude: Float, $longitude: Float) {\n    setOrganisationReach(organisationId: $organisationId, neighbourhoodIds: $neighbourhoodIds, radiusMeters: $radiusMeters, latitude: $latitude, longitude: $longitude) {\n      id\n      areaCellCount\n      latitude\n      longitude\n      reach { neighbourhoodIds radiusMeters }\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganisationReach($organisationId: ID!, $neighbourhoodIds: [ID!], $radiusMeters: Int, $latitude: Float, $longitude: Float) {\n    setOrganisationReach(organisationId: $organisationId, neighbourhoodIds: $neighbourhoodIds, radiusMeters: $radiusMeters, latitude: $latitude, longitude: $longitude) {\n      id\n      areaCellCount\n      latitude\n      longitude\n      reach { neighbourhoodIds radiusMeters }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifiedOrganisations {\n    organisations(status: VERIFIED, first: 100) { ...OrganisationFields }\n  }\n"): (typeof documents)["\n  query VerifiedOrganisations {\n    organisations(status: VERIFIED, first: 100) { ...OrganisationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisations {\n    myOrganisations {\n      ...OrganisationFields\n      members { residentId role since resident { id pseudo } }\n    }\n  }\n"): (typeof documents)["\n  query MyOrganisations {\n    myOrganisations {\n      ...OrganisationFields\n      members { residentId role since resident { id pseudo } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) { ...OrganisationFields }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) { ...OrganisationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOrganisationMember($organisationId: ID!, $residentId: ID!, $role: OrganisationRole!) {\n    addOrganisationMember(organisationId: $organisationId, residentId: $residentId, role: $role) { residentId role }\n  }\n"): (typeof documents)["\n  mutation AddOrganisationMember($organisationId: ID!, $residentId: ID!, $role: OrganisationRole!) {\n    addOrganisationMember(organisationId: $organisationId, residentId: $residentId, role: $role) { residentId role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOrganisationMember($organisationId: ID!, $residentId: ID!) {\n    removeOrganisationMember(organisationId: $organisationId, residentId: $residentId) { residentId role }\n  }\n"): (typeof documents)["\n  mutation RemoveOrganisationMember($organisationId: ID!, $residentId: ID!) {\n    removeOrganisationMember(organisationId: $organisationId, residentId: $residentId) { residentId role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingOrganisations {\n    organisations(status: PENDING, first: 100) { ...OrganisationFields }\n  }\n"): (typeof documents)["\n  query PendingOrganisations {\n    organisations(status: PENDING, first: 100) { ...OrganisationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrphanedOrganisations {\n    orphanedOrganisations(first: 100) { ...OrganisationFields }\n  }\n"): (typeof documents)["\n  query OrphanedOrganisations {\n    orphanedOrganisations(first: 100) { ...OrganisationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOrganisation($id: ID!, $reason: String) {\n    verifyOrganisation(id: $id, reason: $reason) { id status }\n  }\n"): (typeof documents)["\n  mutation VerifyOrganisation($id: ID!, $reason: String) {\n    verifyOrganisation(id: $id, reason: $reason) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectOrganisation($id: ID!, $reason: String!) {\n    rejectOrganisation(id: $id, reason: $reason) { id status decision }\n  }\n"): (typeof documents)["\n  mutation RejectOrganisation($id: ID!, $reason: String!) {\n    rejectOrganisation(id: $id, reason: $reason) { id status decision }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecommendOrganisation($id: ID!) {\n    recommendOrganisation(id: $id) { total mine inMyNeighbourhood }\n  }\n"): (typeof documents)["\n  mutation RecommendOrganisation($id: ID!) {\n    recommendOrganisation(id: $id) { total mine inMyNeighbourhood }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnrecommendOrganisation($id: ID!) {\n    unrecommendOrganisation(id: $id) { total mine inMyNeighbourhood }\n  }\n"): (typeof documents)["\n  mutation UnrecommendOrganisation($id: ID!) {\n    unrecommendOrganisation(id: $id) { total mine inMyNeighbourhood }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsServingMe {\n    organisationsServingMe { ...OrganisationFields }\n  }\n"): (typeof documents)["\n  query OrganisationsServingMe {\n    organisationsServingMe { ...OrganisationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationArea($organisationId: ID!, $geoJson: String!) {\n    setOrganisationArea(organisationId: $organisationId, geoJson: $geoJson) { id areaCellCount }\n  }\n"): (typeof documents)["\n  mutation SetOrganisationArea($organisationId: ID!, $geoJson: String!) {\n    setOrganisationArea(organisationId: $organisationId, geoJson: $geoJson) { id areaCellCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationListings($id: ID!, $first: Int, $after: ID) {\n    organisation(id: $id) {\n      id\n      listings(first: $first, after: $after) {\n        hasNextPage\n        items { id kind title summary createdAt endsAt startsAt place neighbourhoods }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationListings($id: ID!, $first: Int, $after: ID) {\n    organisation(id: $id) {\n      id\n      listings(first: $first, after: $after) {\n        hasNextPage\n        items { id kind title summary createdAt endsAt startsAt place neighbourhoods }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishOrganisationListing($organisationId: ID!, $neighbourhoodIds: [ID!]!, $input: CreateListingInput!) {\n    publishOrganisationListing(organisationId: $organisationId, neighbourhoodIds: $neighbourhoodIds, input: $input) { id title organisationName }\n  }\n"): (typeof documents)["\n  mutation PublishOrganisationListing($organisationId: ID!, $neighbourhoodIds: [ID!]!, $input: CreateListingInput!) {\n    publishOrganisationListing(organisationId: $organisationId, neighbourhoodIds: $neighbourhoodIds, input: $input) { id title organisationName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Passkeys {\n    passkeys { id name createdAt lastUsedAt }\n  }\n"): (typeof documents)["\n  query Passkeys {\n    passkeys { id name createdAt lastUsedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration\n  }\n"): (typeof documents)["\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeyRegistration($name: String!, $response: String!) {\n    finishPasskeyRegistration(name: $name, response: $response) { id name createdAt lastUsedAt }\n  }\n"): (typeof documents)["\n  mutation FinishPasskeyRegistration($name: String!, $response: String!) {\n    finishPasskeyRegistration(name: $name, response: $response) { id name createdAt lastUsedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginPasskeySignIn {\n    beginPasskeySignIn { challengeId options }\n  }\n"): (typeof documents)["\n  mutation BeginPasskeySignIn {\n    beginPasskeySignIn { challengeId options }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeySignIn($challengeId: ID!, $response: String!) {\n    finishPasskeySignIn(challengeId: $challengeId, response: $response) { expiresAt }\n  }\n"): (typeof documents)["\n  mutation FinishPasskeySignIn($challengeId: ID!, $response: String!) {\n    finishPasskeySignIn(challengeId: $challengeId, response: $response) { expiresAt }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;