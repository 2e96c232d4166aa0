import { describe, expect, test } from 'vitest';
import { buildListingInput } from './listingInput';

const now = new Date('2026-12-06T12:00:00Z');

describe('createListing input per kind', () => {
  test('a help request needs a title only', () => {
    expect(buildListingInput({ kind: 'HELP_REQUEST', values: { title: '' } }, now).errors).toEqual({ title: 'Donnez un titre.' });
    const r = buildListingInput({ kind: 'HELP_REQUEST', values: { title: ' Arroser ', description: 'mes plantes' } }, now);
    expect(r.input).toEqual({ kind: 'HELP_REQUEST', title: 'Arroser', description: 'mes plantes', radiusMeters: 0 });
  });

  test('a loan has dates in order', () => {
    const bad = buildListingInput({ kind: 'LOAN', values: { title: 'Perceuse', from: '2026-12-10T10:00', until: '2026-12-09T10:00' } }, now);
    expect(bad.errors.until).toMatch(/après son début/);
    const ok = buildListingInput({ kind: 'LOAN', values: { title: 'Perceuse', from: '2026-12-10T10:00', until: '2026-12-12T10:00' } }, now);
    expect(ok.input?.loan?.from).toBe(new Date('2026-12-10T10:00').toISOString());
  });

  test('a carpool needs both ends, a weekday, a time and seats', () => {
    const bad = buildListingInput({ kind: 'CARPOOL', values: { title: 'Dinan → Rennes', departureTime: '7h', seats: '0' } }, now);
    expect(Object.keys(bad.errors).sort()).toEqual(['departureTime', 'destination', 'origin', 'seats', 'weekdays']);
    const ok = buildListingInput(
      { kind: 'CARPOOL', values: { title: 'Dinan → Rennes', weekdays: 'MONDAY,FRIDAY', departureTime: '07:30', seats: '3' }, originCell: '891fb466227ffff', destinationCell: '891fb466223ffff' },
      now,
    );
    expect(ok.input?.carpool).toEqual({ originCell: '891fb466227ffff', destinationCell: '891fb466223ffff', weekdays: ['MONDAY', 'FRIDAY'], departureTime: '07:30', seats: 3 });
  });

  test('a group purchase has a target and a future deadline, and no endsAt', () => {
    const bad = buildListingInput({ kind: 'GROUP_PURCHASE', values: { title: 'Bois', product: 'Bois', unit: 'stère', targetQuantity: '10', deadline: '2020-01-01T00:00' } }, now);
    expect(bad.errors).toEqual({ deadline: "L'échéance doit être dans le futur." });
    const ok = buildListingInput({ kind: 'GROUP_PURCHASE', values: { title: 'Bois', product: 'Bois', unit: 'stère', targetQuantity: '10', deadline: '2027-01-01T00:00', endsAt: '2027-02-01T00:00' } }, now);
    expect(ok.input?.groupPurchase?.targetQuantity).toBe(10);
    expect(ok.input?.endsAt).toBeUndefined();
  });

  test('an event starts in the future with a place and a capacity', () => {
    const bad = buildListingInput({ kind: 'EVENT', values: { title: 'Apéro', startsAt: '', place: '', capacity: 'x' } }, now);
    expect(Object.keys(bad.errors).sort()).toEqual(['capacity', 'place', 'startsAt']);
  });

  test('a radius outside 0–3,000 m is refused', () => {
    expect(buildListingInput({ kind: 'SWAP', values: { title: 'Livres', radiusMeters: '5000' } }, now).errors.radiusMeters).toBeDefined();
  });
});
