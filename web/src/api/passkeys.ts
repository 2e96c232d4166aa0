// Passkeys (issue 23): the profile's list, adding and removing one, and signing in with one.
import { graphql } from '../gql';

export const PasskeysQuery = graphql(`
  query Passkeys {
    passkeys { id name createdAt lastUsedAt }
  }
`);

export const BeginPasskeyRegistrationMutation = graphql(`
  mutation BeginPasskeyRegistration {
    beginPasskeyRegistration
  }
`);

export const FinishPasskeyRegistrationMutation = graphql(`
  mutation FinishPasskeyRegistration($name: String!, $response: String!) {
    finishPasskeyRegistration(name: $name, response: $response) { id name createdAt lastUsedAt }
  }
`);

export const RemovePasskeyMutation = graphql(`
  mutation RemovePasskey($id: ID!) {
    removePasskey(id: $id)
  }
`);

export const BeginPasskeySignInMutation = graphql(`
  mutation BeginPasskeySignIn {
    beginPasskeySignIn { challengeId options }
  }
`);

export const FinishPasskeySignInMutation = graphql(`
  mutation FinishPasskeySignIn($challengeId: ID!, $response: String!) {
    finishPasskeySignIn(challengeId: $challengeId, response: $response) { expiresAt }
  }
`);
