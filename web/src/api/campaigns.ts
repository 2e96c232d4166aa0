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
