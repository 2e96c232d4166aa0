// Who is signed in, read from `me` (the session cookie is invisible to scripts). null: signed out.
import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { MeQuery } from '../api/documents';
import type { MeQuery as MeData } from '../gql/graphql';

export type Me = MeData['me'];

interface Session {
  me: Me | null;
  loading: boolean;
  refresh: () => void;
}

const SessionContext = createContext<Session>({ me: null, loading: true, refresh: () => {} });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [result, reexecute] = useQuery({ query: MeQuery, requestPolicy: 'network-only' });
  const me = result.data?.me ?? null;
  const loading = result.fetching && !result.data && !result.error;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return <SessionContext.Provider value={{ me, loading, refresh }}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);

export const isVerified = (me: Me | null) => me?.verification.status === 'VERIFIED';
