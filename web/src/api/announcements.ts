// Official announcements of town halls and public agencies (issue 22): publishing, and the resident's list.
import { graphql } from '../gql';

export const PublishAnnouncementMutation = graphql(`
  mutation PublishAnnouncement($organisationId: ID!, $kind: AnnouncementKind!, $title: String!, $body: String!) {
    publishAnnouncement(organisationId: $organisationId, kind: $kind, title: $title, body: $body) { id title }
  }
`);

export const AnnouncementsQuery = graphql(`
  query Announcements($after: ID) {
    announcements(first: 20, after: $after) {
      items { id organisationId organisationName kind title body publishedAt }
      hasNextPage
    }
  }
`);

/** Operators: reported (or withdrawn) official announcements, the operators' moderation queue. */
export const OperatorsModerationQueueQuery = graphql(`
  query OperatorsModerationQueue($first: Int, $after: String) {
    operatorsModerationQueue(first: $first, after: $after) {
      edges { cursor node { ...ModerationCaseFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
