import type { FeedItemFieldsFragment } from '../gql/graphql';

export type FeedItem = FeedItemFieldsFragment;

/**
 * Splits a page into the timeline's own entries and the sponsored ones, each of which stays after the entry it followed
 * (keyed by that entry's id): sponsored entries are placed by the server, never sorted by date with the rest.
 */
export function splitSponsored(nodes: FeedItem[]): { items: FeedItem[]; sponsoredAfter: Map<string, FeedItem> } {
  const items: FeedItem[] = [];
  const sponsoredAfter = new Map<string, FeedItem>();
  for (const n of nodes) {
    const before = items.at(-1);
    if (n.type !== 'SPONSORED') items.push(n);
    else if (before) sponsoredAfter.set(before.id, n);
  }
  return { items, sponsoredAfter };
}

/** Adds pages and live entries to the timeline: one entry per id (the newest state wins), newest first, hidden dropped. */
export function mergeFeed(current: FeedItem[], incoming: FeedItem[]): FeedItem[] {
  const byId = new Map(current.map((i) => [i.id, i]));
  for (const i of incoming) byId.set(i.id, i);
  return [...byId.values()]
    .filter((i) => !i.hidden)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
