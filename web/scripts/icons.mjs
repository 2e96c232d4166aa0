// Draws the app icons (a hexagon, for the H3 cells neighbourhoods are made of, with a house in it) as SVG and as
// PNG at 192 and 512 px, plus a maskable 512 px version with the safe-zone padding. Run: node scripts/icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
const GREEN = [0x1f, 0x5f, 0x3f];
const CREAM = [0xfb, 0xfa, 0xf7];

/** Shapes in a 0–100 box: the hexagon (pointy top) and the house (roof + body + door). */
function shapes(scale) {
  const c = 50, r = 46 * scale;
  const hex = Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI / 3) * i - Math.PI / 2;
    return [c + r * Math.cos(a), c + r * Math.sin(a)];
  });
  const s = (p) => p.map(([x, y]) => [c + (x - c) * scale, c + (y - c) * scale]);
  const roof = s([[50, 24], [76, 48], [24, 48]]);
  const body = s([[31, 47], [69, 47], [69, 74], [31, 74]]);
  const door = s([[45, 58], [55, 58], [55, 74], [45, 74]]);
  return { hex, roof, body, door };
}

function inside(poly, x, y) {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i], [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function colourAt(sh, x, y, maskable) {
  if (inside(sh.door, x, y)) return GREEN;
  if (inside(sh.roof, x, y) || inside(sh.body, x, y)) return CREAM;
  if (maskable || inside(sh.hex, x, y)) return GREEN;
  return null; // transparent
}

function png(size, maskable) {
  const sh = shapes(maskable ? 0.8 : 1);
  const ss = 4; // 4×4 supersampling for smooth edges
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const col = colourAt(sh, ((px + (sx + 0.5) / ss) * 100) / size, ((py + (sy + 0.5) / ss) * 100) / size, maskable);
          if (col) { r += col[0]; g += col[1]; b += col[2]; a += 255; }
        }
      const n = ss * ss, o = py * (size * 4 + 1) + 1 + px * 4;
      const cov = a / 255;
      raw[o] = cov ? Math.round(r / cov) : 0;
      raw[o + 1] = cov ? Math.round(g / cov) : 0;
      raw[o + 2] = cov ? Math.round(b / cov) : 0;
      raw[o + 3] = Math.round(a / n);
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const table = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
function crc32(buf) { let c = 0xffffffff; for (const byte of buf) c = table[(c ^ byte) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }

function svg() {
  const { hex, roof, body, door } = shapes(1);
  const pts = (p) => p.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><polygon points="${pts(hex)}" fill="#1f5f3f"/><polygon points="${pts(roof)}" fill="#fbfaf7"/><polygon points="${pts(body)}" fill="#fbfaf7"/><polygon points="${pts(door)}" fill="#1f5f3f"/></svg>\n`;
}

writeFileSync(join(out, 'icon.svg'), svg());
writeFileSync(join(out, 'icon-192.png'), png(192, false));
writeFileSync(join(out, 'icon-512.png'), png(512, false));
writeFileSync(join(out, 'icon-maskable-512.png'), png(512, true));
console.log('icons written to', out);
