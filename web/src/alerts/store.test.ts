import { describe, expect, test } from 'vitest';
import { advanceUpdateCursor, mergeAlerts, readLastSequence, type Alert, type AlertState } from './store';

const alert = (sequence: number, extra: Partial<Alert> = {}): Alert => ({
  id: `alr_${sequence}`,
  neighbourhoodId: 'n1',
  sequence,
  kind: 'VIGILANCE',
  title: `Alerte ${sequence}`,
  body: '',
  radiusMeters: 0,
  raisedAt: new Date(1_700_000_000_000 + sequence * 1000).toISOString(),
  resolved: false,
  resolvedAt: null,
  hidden: false,
  originNeighbourhoodId: 'n1',
  raiser: { id: 'r1', pseudo: 'rose' },
  ...extra,
});

const empty: AlertState = { neighbourhoodId: 'n1', alerts: [], banner: [], lastSequence: 0, lastShownAt: 0 };

describe('live alerts with replay', () => {
  test('history fills the list newest first without a banner; the last sequence follows', () => {
    const { state, fresh } = mergeAlerts(empty, [alert(1), alert(2), alert(3)], false);
    expect(state.alerts.map((a) => a.sequence)).toEqual([3, 2, 1]);
    expect(state.banner).toEqual([]);
    expect(state.lastSequence).toBe(3);
    expect(fresh).toHaveLength(3);
  });

  test('a replay after a reconnect adds only what was missed, and bannered newest first', () => {
    const before = mergeAlerts(empty, [alert(1), alert(2)], false).state;
    const { state, fresh } = mergeAlerts(before, [alert(2), alert(3), alert(4)], true);
    expect(fresh.map((a) => a.sequence)).toEqual([3, 4]);
    expect(state.alerts.map((a) => a.sequence)).toEqual([4, 3, 2, 1]);
    expect(state.banner.map((a) => a.sequence)).toEqual([4, 3]);
    expect(state.lastSequence).toBe(4);
  });

  test('an update (resolved, hidden) replaces the alert; hidden ones leave the list; other neighbourhoods are ignored', () => {
    const s1 = mergeAlerts(empty, [alert(1), alert(2)], false).state;
    const s2 = mergeAlerts(s1, [alert(1, { resolved: true }), alert(2, { hidden: true }), alert(9, { neighbourhoodId: 'n2' })], false).state;
    expect(s2.alerts.map((a) => [a.sequence, a.resolved])).toEqual([[1, true]]);
    expect(s2.lastSequence).toBe(2);
  });

  test('the stored last sequence is read back, garbage as 0', () => {
    const store = new Map([['voisinage.alerts.last.n1', '17'], ['voisinage.alerts.last.n2', 'abc']]);
    const storage = { getItem: (k: string) => store.get(k) ?? null };
    expect(readLastSequence(storage, 'n1')).toBe(17);
    expect(readLastSequence(storage, 'n2')).toBe(0);
    expect(readLastSequence(storage, 'n3')).toBe(0);
  });

  test('the change cursor keeps the highest number of one neighbourhood and starts over with the survivor of a merge', () => {
    let cursor = advanceUpdateCursor(null, { neighbourhoodId: 'b', updateSequence: 4 });
    cursor = advanceUpdateCursor(cursor, { neighbourhoodId: 'b', updateSequence: 3 });
    expect(cursor).toEqual({ since: 4, neighbourhoodId: 'b' });
    // Merged into `a`: its numbering is lower, and it is the one to resume from.
    cursor = advanceUpdateCursor(cursor, { neighbourhoodId: 'a', updateSequence: 2 });
    expect(cursor).toEqual({ since: 2, neighbourhoodId: 'a' });
  });
});
