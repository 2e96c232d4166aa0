import type { FeedItemFieldsFragment } from '../gql/graphql';

export type FeedItem = FeedItemFieldsFragment;

/** Adds pages and live entries to the timeline: one entry per id (the newest state wins), newest first, hidden dropped. */
export function mergeFeed(current: FeedItem[], incoming: FeedItem[]): FeedItem[] {
  const byId = new Map(current.map((i) => [i.id, i]));
  for (const i of incoming) byId.set(i.id, i);
  return [...byId.values()]
    .filter((i) => !i.hidden)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
