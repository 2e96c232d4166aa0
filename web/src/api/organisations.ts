// The organisations' operations (issue 22): public page, my organisations, creation, members, the operators' queue.
import { graphql } from '../gql';

export const OrganisationFields = graphql(`
  fragment OrganisationFields on Organisation {
    id
    kind
    name
    identifier
    description
    hours
    publicAddress
    status
    decision
    createdAt
    areaCellCount
    myRole
  }
`);

export const OrganisationQuery = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      ...OrganisationFields
      recommendations { total mine inMyNeighbourhood }
      latitude
      longitude
      reach { neighbourhoodIds radiusMeters neighbourhoods { id name } }
    }
  }
`);

export const ReachCandidatesQuery = graphql(`
  query ReachCandidates($id: ID!) {
    organisation(id: $id) {
      id
      reachCandidates { id name memberCount }
    }
  }
`);

export const SetOrganisationReachMutation = graphql(`
  mutation SetOrganisationReach($organisationId: ID!, $neighbourhoodIds: [ID!], $radiusMeters: Int, $latitude: Float, $longitude: Float) {
    setOrganisationReach(organisationId: $organisationId, neighbourhoodIds: $neighbourhoodIds, radiusMeters: $radiusMeters, latitude: $latitude, longitude: $longitude) {
      id
      areaCellCount
      latitude
      longitude
      reach { neighbourhoodIds radiusMeters }
    }
  }
`);

export const VerifiedOrganisationsQuery = graphql(`
  query VerifiedOrganisations {
    organisations(status: VERIFIED, first: 100) { ...OrganisationFields }
  }
`);

export const MyOrganisationsQuery = graphql(`
  query MyOrganisations {
    myOrganisations {
      ...OrganisationFields
      members { residentId role since resident { id pseudo } }
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) { ...OrganisationFields }
  }
`);

export const AddOrganisationMemberMutation = graphql(`
  mutation AddOrganisationMember($organisationId: ID!, $residentId: ID!, $role: OrganisationRole!) {
    addOrganisationMember(organisationId: $organisationId, residentId: $residentId, role: $role) { residentId role }
  }
`);

export const RemoveOrganisationMemberMutation = graphql(`
  mutation RemoveOrganisationMember($organisationId: ID!, $residentId: ID!) {
    removeOrganisationMember(organisationId: $organisationId, residentId: $residentId) { residentId role }
  }
`);

export const PendingOrganisationsQuery = graphql(`
  query PendingOrganisations {
    organisations(status: PENDING, first: 100) { ...OrganisationFields }
  }
`);

export const OrphanedOrganisationsQuery = graphql(`
  query OrphanedOrganisations {
    orphanedOrganisations(first: 100) { ...OrganisationFields }
  }
`);

export const VerifyOrganisationMutation = graphql(`
  mutation VerifyOrganisation($id: ID!, $reason: String) {
    verifyOrganisation(id: $id, reason: $reason) { id status }
  }
`);

export const RejectOrganisationMutation = graphql(`
  mutation RejectOrganisation($id: ID!, $reason: String!) {
    rejectOrganisation(id: $id, reason: $reason) { id status decision }
  }
`);

export const RecommendOrganisationMutation = graphql(`
  mutation RecommendOrganisation($id: ID!) {
    recommendOrganisation(id: $id) { total mine inMyNeighbourhood }
  }
`);

export const UnrecommendOrganisationMutation = graphql(`
  mutation UnrecommendOrganisation($id: ID!) {
    unrecommendOrganisation(id: $id) { total mine inMyNeighbourhood }
  }
`);

export const OrganisationsServingMeQuery = graphql(`
  query OrganisationsServingMe {
    organisationsServingMe { ...OrganisationFields }
  }
`);

export const SetOrganisationAreaMutation = graphql(`
  mutation SetOrganisationArea($organisationId: ID!, $geoJson: String!) {
    setOrganisationArea(organisationId: $organisationId, geoJson: $geoJson) { id areaCellCount }
  }
`);

export const OrganisationListingsQuery = graphql(`
  query OrganisationListings($id: ID!, $first: Int, $after: ID) {
    organisation(id: $id) {
      id
      listings(first: $first, after: $after) {
        hasNextPage
        items { id kind title summary createdAt endsAt startsAt place neighbourhoods }
      }
    }
  }
`);

export const PublishOrganisationListingMutation = graphql(`
  mutation PublishOrganisationListing($organisationId: ID!, $neighbourhoodIds: [ID!]!, $input: CreateListingInput!) {
    publishOrganisationListing(organisationId: $organisationId, neighbourhoodIds: $neighbourhoodIds, input: $input) { id title organisationName }
  }
`);
