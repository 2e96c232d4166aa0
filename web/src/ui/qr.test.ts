import { describe, expect, test } from 'vitest';
import { qrPath } from './qr';

/** The set of dark modules from the path (each "M x y h1v1h-1z"). */
function dark(path: string) {
  return new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${Number(m[1]) - 4},${Number(m[2]) - 4}`));
}

describe('QR code of a vouch link', () => {
  test('has the three finder patterns and a quiet zone, and grows with the text', () => {
    const { size, path } = qrPath('https://voisinage.example/garant/res_0123456789abcdef');
    const n = size - 8;
    expect((n - 17) % 4).toBe(0); // QR sizes are 17 + 4·version
    const d = dark(path);
    for (const [ox, oy] of [[0, 0], [n - 7, 0], [0, n - 7]] as const) {
      for (let i = 0; i < 7; i++) {
        expect(d.has(`${ox + i},${oy}`)).toBe(true); // outer ring of the finder
        expect(d.has(`${ox},${oy + i}`)).toBe(true);
      }
      expect(d.has(`${ox + 1},${oy + 1}`)).toBe(false); // its light ring
      expect(d.has(`${ox + 3},${oy + 3}`)).toBe(true); // its centre
    }
    expect(qrPath('x'.repeat(200)).size).toBeGreaterThan(size);
  });
});
