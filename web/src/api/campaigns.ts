// Sponsored campaigns (issue 22): a business's campaigns and statistics, the operators' queue.
import { graphql } from '../gql';

export const CampaignFields = graphql(`
  fragment CampaignFields on Campaign {
    id
    organisationId
    advertiser
    title
    text
    neighbourhoodIds
    startsAt
    endsAt
    impressions
    delivered
    status
    decision
    createdAt
  }
`);

export const OrganisationCampaignsQuery = graphql(`
  query OrganisationCampaigns($organisationId: ID!) {
    organisationCampaigns(organisationId: $organisationId) {
      ...CampaignFields
      statistics {
        delivered
        impressions
        minResidents
        neighbourhoods { neighbourhoodId name impressions }
      }
    }
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($organisationId: ID!, $input: CampaignInput!) {
    createCampaign(organisationId: $organisationId, input: $input) { ...CampaignFields }
  }
`);

export const PendingCampaignsQuery = graphql(`
  query PendingCampaigns {
    pendingCampaigns { ...CampaignFields }
  }
`);

export const ApproveCampaignMutation = graphql(`
  mutation ApproveCampaign($id: ID!, $reason: String) {
    approveCampaign(id: $id, reason: $reason) { id status decision }
  }
`);

export const RejectCampaignMutation = graphql(`
  mutation RejectCampaign($id: ID!, $reason: String!) {
    rejectCampaign(id: $id, reason: $reason) { id status decision }
  }
`);

export const EditCampaignMutation = graphql(`
  mutation EditCampaign($id: ID!, $input: CampaignChangesInput!) {
    editCampaign(id: $id, input: $input) { ...CampaignFields }
  }
`);

export const PauseCampaignMutation = graphql(`
  mutation PauseCampaign($id: ID!) {
    pauseCampaign(id: $id) { id status }
  }
`);

export const ResumeCampaignMutation = graphql(`
  mutation ResumeCampaign($id: ID!) {
    resumeCampaign(id: $id) { id status }
  }
`);

export const CancelCampaignMutation = graphql(`
  mutation CancelCampaign($id: ID!) {
    cancelCampaign(id: $id) { id status }
  }
`);

export const HiddenAdvertisersQuery = graphql(`
  query HiddenAdvertisers {
    hiddenAdvertiserOrganisations { id name }
  }
`);

export const UnhideAdvertiserMutation = graphql(`
  mutation UnhideAdvertiser($organisationId: ID!) {
    unhideAdvertiser(organisationId: $organisationId)
  }
`);
