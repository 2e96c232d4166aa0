import { describe, expect, it } from 'vitest';
import { applicationServerKey } from './push';

describe('applicationServerKey', () => {
  it('decodes base64url without padding into the raw key bytes', () => {
    // 65 bytes: 0x04 then 64 bytes, as a VAPID public key is.
    const bytes = Uint8Array.from({ length: 65 }, (_, i) => (i === 0 ? 4 : (i * 37) % 256));
    const base64url = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(base64url).not.toContain('=');
    expect(Array.from(applicationServerKey(base64url))).toEqual(Array.from(bytes));
  });
});
