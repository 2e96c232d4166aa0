import { describe, expect, it } from 'vitest';
import { creationOptions, fromBase64Url, requestOptions, toBase64Url } from './webauthn';

describe('webauthn conversions', () => {
  it('round-trips every byte through base64url, without padding or URL-unsafe characters', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = toBase64Url(bytes);
    expect(text).not.toMatch(/[+/=]/);
    expect(new Uint8Array(fromBase64Url(text))).toEqual(bytes);
    for (const length of [0, 1, 2, 3]) {
      const part = bytes.slice(0, length);
      expect(new Uint8Array(fromBase64Url(toBase64Url(part)))).toEqual(part);
    }
  });

  it("turns the server's creation options into binary challenge, user id and excluded ids, and drops nulls", () => {
    const options = creationOptions(JSON.stringify({
      rp: { id: 'localhost', name: 'Voisinage' },
      user: { id: toBase64Url(new TextEncoder().encode('abc')), name: 'lou', displayName: 'lou' },
      challenge: toBase64Url(Uint8Array.of(1, 2, 3)),
      pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
      excludeCredentials: [{ type: 'public-key', id: toBase64Url(Uint8Array.of(9)) }],
      extensions: null,
    }));
    expect(new Uint8Array(options.challenge as ArrayBuffer)).toEqual(Uint8Array.of(1, 2, 3));
    expect(new TextDecoder().decode(options.user.id as ArrayBuffer)).toBe('abc');
    expect(new Uint8Array(options.excludeCredentials![0]!.id as ArrayBuffer)).toEqual(Uint8Array.of(9));
    expect('extensions' in options).toBe(false);
    expect(options.rp.id).toBe('localhost');
  });

  it('leaves allowCredentials out when the server names none (any discoverable passkey may answer)', () => {
    const options = requestOptions(JSON.stringify({ challenge: toBase64Url(Uint8Array.of(7)), rpId: 'localhost', userVerification: 'required' }));
    expect(options.allowCredentials).toBeUndefined();
    expect(options.userVerification).toBe('required');
    expect(new Uint8Array(options.challenge as ArrayBuffer)).toEqual(Uint8Array.of(7));
  });
});
