import { describe, expect, test } from 'vitest';
import { mergeFeed, splitSponsored, type FeedItem } from './feedState';

const item = (id: string, minute: number, extra: Partial<FeedItem> = {}): FeedItem => ({
  id,
  type: 'POST',
  neighbourhoodId: 'n1',
  author: null,
  title: id,
  snippet: null,
  createdAt: new Date(Date.UTC(2026, 11, 6, 12, minute)).toISOString(),
  listingKind: null,
  status: null,
  hidden: false,
  ...extra,
});

describe('feed timeline', () => {
  test('pages and live entries merge newest first, one per id, the newest state winning', () => {
    const page1 = [item('c', 3), item('b', 2)];
    const page2 = [item('a', 1)];
    const live = [item('d', 4), item('b', 2, { title: 'b modifié' })];
    const merged = mergeFeed(mergeFeed(page1, page2), live);
    expect(merged.map((i) => i.title)).toEqual(['d', 'c', 'b modifié', 'a']);
  });

  test('an entry that arrives hidden leaves the timeline', () => {
    expect(mergeFeed([item('a', 1), item('b', 2)], [item('a', 1, { hidden: true })]).map((i) => i.id)).toEqual(['b']);
  });
});

describe('splitSponsored', () => {
  const at = (id: string, type: FeedItem['type'], createdAt = '2026-03-02T09:00:00Z'): FeedItem => ({
    id,
    type,
    neighbourhoodId: 'n',
    author: null,
    title: id,
    snippet: null,
    createdAt,
    listingKind: null,
    status: null,
    hidden: false,
    sponsored: type === 'SPONSORED' ? { campaignId: id, organisationId: 'org_1', advertiser: 'Boulangerie', label: 'Sponsorisé', title: id, text: 't' } : null,
  });

  test('keeps each sponsored entry after the entry it followed and out of the dated timeline', () => {
    const { items, sponsoredAfter } = splitSponsored([at('p1', 'POST'), at('p2', 'POST'), at('cmp_1', 'SPONSORED', '2020-01-01T00:00:00Z'), at('p3', 'POST')]);
    expect(items.map((i) => i.id)).toEqual(['p1', 'p2', 'p3']);
    expect(sponsoredAfter.get('p2')?.id).toBe('cmp_1');
    expect(sponsoredAfter.size).toBe(1);
  });
});
