import { describe, expect, it } from 'vitest';
import { statusLabel } from './labels';

describe('statusLabel', () => {
  it('gives the French label whatever the case of the status', () => {
    expect(statusLabel('Open')).toBe('Ouverte');
    expect(statusLabel('OPEN')).toBe('Ouverte');
    expect(statusLabel('Cancelled')).toBe('Annulée');
  });

  it('keeps a status it does not know', () => {
    expect(statusLabel('Resolved')).toBe('Resolved');
  });
});
