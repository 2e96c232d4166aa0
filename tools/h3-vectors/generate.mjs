// Generates H3 test vectors for Voisinage.Geo from h3-js (the reference C library compiled to JS).
// Deterministic: a seeded PRNG drives every random choice. Output: gzip-compressed text/JSON files
// in tests/Geo.Tests/vectors/. Run: npm ci && node generate.mjs
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const h3 = require('h3-js');
const h3Version = JSON.parse(readFileSync(require.resolve('h3-js/package.json'), 'utf8')).version;

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', 'tests', 'Geo.Tests', 'vectors');
mkdirSync(outDir, { recursive: true });

// mulberry32
let seed = 0x5eed1234;
function rand() {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const randInt = (n) => Math.floor(rand() * n);
const pick = (arr) => arr[randInt(arr.length)];
const rad = (d) => (d * Math.PI) / 180;
const deg = (r) => (r * 180) / Math.PI;

function write(name, lines) {
  const isText = Array.isArray(lines) && typeof lines[0] === 'string';
  const text = isText ? lines.join('\n') + '\n' : JSON.stringify(lines);
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  writeFileSync(join(outDir, name), gz);
  console.log(`${name}: ${isText ? lines.length + ' lines' : 'json'}, ${gz.length} bytes`);
}

function tryCall(fn) {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    return { ok: false, error: e };
  }
}

// ---------- points ----------
const points = [];
// uniform on the sphere
for (let i = 0; i < 20000; i++) {
  const lat = deg(Math.asin(2 * rand() - 1));
  const lng = rand() * 360 - 180;
  points.push([lat, lng]);
}
// near the poles
for (let i = 0; i < 600; i++) {
  const s = i % 2 === 0 ? 1 : -1;
  const d = Math.pow(10, -rand() * 8) * (i % 5 === 0 ? 1 : 2);
  points.push([s * (90 - d), rand() * 360 - 180]);
}
points.push([90, 0], [-90, 0], [90, 123.4], [-90, -45]);
// near and on the antimeridian
for (let i = 0; i < 600; i++) {
  const d = Math.pow(10, -rand() * 10);
  const lng = i % 2 === 0 ? 180 - d : -180 + d;
  points.push([deg(Math.asin(2 * rand() - 1)), lng]);
}
for (let i = 0; i < 40; i++) {
  const lat = rand() * 170 - 85;
  points.push([lat, 180], [lat, -180]);
}
// pentagon centres and their neighbourhood (12 pentagons x several resolutions)
const pentCentres = h3.getPentagons(0).map((p) => h3.cellToLatLng(p));
for (const [plat, plng] of pentCentres) {
  points.push([plat, plng]);
  for (let i = 0; i < 60; i++) {
    const d = Math.pow(10, -rand() * 7);
    const a = rand() * 2 * Math.PI;
    points.push([plat + d * Math.cos(a), plng + d * Math.sin(a)]);
  }
}
// icosahedron face edges: great-circle arcs between adjacent icosahedron vertices (= pentagon centres)
function toVec([lat, lng]) {
  const la = rad(lat);
  const lo = rad(lng);
  return [Math.cos(la) * Math.cos(lo), Math.cos(la) * Math.sin(lo), Math.sin(la)];
}
function fromVec([x, y, z]) {
  const n = Math.hypot(x, y, z);
  return [deg(Math.asin(z / n)), deg(Math.atan2(y, x))];
}
const pv = pentCentres.map(toVec);
for (let a = 0; a < 12; a++) {
  for (let b = a + 1; b < 12; b++) {
    const dot = pv[a][0] * pv[b][0] + pv[a][1] * pv[b][1] + pv[a][2] * pv[b][2];
    if (Math.abs(Math.acos(dot) - 1.1071487) > 0.01) continue; // adjacent vertices only
    for (let i = 0; i < 25; i++) {
      const t = rand();
      const v = [0, 1, 2].map((c) => pv[a][c] * (1 - t) + pv[b][c] * t);
      const [lat, lng] = fromVec(v);
      const j = Math.pow(10, -rand() * 9) * (rand() < 0.5 ? -1 : 1);
      points.push([lat + j, lng - j]);
    }
  }
}

// ---------- latLngToCell (all 16 resolutions) ----------
const lltc = [];
const cellPool = [];
for (const [lat, lng] of points) {
  const cells = [];
  for (let r = 0; r <= 15; r++) cells.push(h3.latLngToCell(lat, lng, r));
  lltc.push(`${lat} ${lng} ${cells.join(' ')}`);
  cellPool.push(cells);
}
write('latLngToCell.txt.gz', lltc);

// ---------- cell sets for per-cell functions ----------
const cellSet = new Set();
for (let i = 0; i < cellPool.length; i += 13) {
  for (let r = 0; r <= 15; r++) cellSet.add(cellPool[i][r]);
}
for (let i = 0; i < cellPool.length; i++) cellSet.add(cellPool[i][randInt(16)]);
for (const c of h3.getRes0Cells()) cellSet.add(c);
for (let r = 0; r <= 15; r++) for (const p of h3.getPentagons(r)) cellSet.add(p);
for (const c of h3.getRes0Cells()) for (const ch of h3.cellToChildren(c, 1)) cellSet.add(ch);
for (const p of h3.getPentagons(1)) for (const ch of h3.cellToChildren(p, 3)) cellSet.add(ch);
const cells = [...cellSet];

const c2ll = [];
const c2b = [];
const area = [];
for (const c of cells) {
  const [lat, lng] = h3.cellToLatLng(c);
  c2ll.push(`${c} ${lat} ${lng}`);
  const b = h3.cellToBoundary(c);
  c2b.push(`${c} ${b.length} ${b.map(([a, o]) => `${a} ${o}`).join(' ')}`);
  area.push(`${c} ${h3.cellArea(c, 'km2')} ${h3.cellArea(c, 'rads2')}`);
}
write('cellToLatLng.txt.gz', c2ll);
write('cellToBoundary.txt.gz', c2b);
write('cellArea.txt.gz', area);

// ---------- cellToParent ----------
const parents = [];
for (let i = 0; i < cells.length; i += 3) {
  const c = cells[i];
  const r = h3.getResolution(c);
  const ps = [];
  for (let p = 0; p <= r; p++) ps.push(h3.cellToParent(c, p));
  parents.push(`${c} ${ps.join(' ')}`);
}
write('cellToParent.txt.gz', parents);

// ---------- cellToChildren (small steps) ----------
const children = [];
for (let i = 0; i < 400; i++) {
  const c = pick(cells);
  const r = h3.getResolution(c);
  if (r > 14) continue;
  const step = r === 14 ? 1 : 1 + randInt(2);
  children.push(`${c} ${r + step} ${h3.cellToChildren(c, r + step).join(' ')}`);
}
for (let r = 0; r <= 13; r += 1) {
  const p = h3.getPentagons(r)[r % 12];
  children.push(`${p} ${r + 2} ${h3.cellToChildren(p, r + 2).join(' ')}`);
}
write('cellToChildren.txt.gz', children);

// ---------- gridDisk ----------
const disks = [];
const diskOrigins = [];
for (let i = 0; i < 1500; i++) diskOrigins.push(pick(cells));
for (let r = 0; r <= 15; r++) {
  for (const p of h3.getPentagons(r)) {
    diskOrigins.push(p);
    // cells near pentagons (distortion area)
    const ring = h3.gridDisk(p, 2);
    diskOrigins.push(pick(ring), pick(ring));
  }
}
for (const o of diskOrigins) {
  const k = randInt(4);
  disks.push(`${o} ${k} ${h3.gridDisk(o, k).join(' ')}`);
}
write('gridDisk.txt.gz', disks);

// ---------- gridDistance & areNeighborCells ----------
const dists = [];
const neigh = [];
let throwsCount = 0;
function addDistance(a, b) {
  const d = tryCall(() => h3.gridDistance(a, b));
  if (!d.ok) throwsCount++;
  dists.push(`${a} ${b} ${d.ok ? d.value : 'X'}`);
}
for (let i = 0; i < 3000; i++) {
  const a = pick(cells);
  const r = h3.getResolution(a);
  const k = 1 + randInt(r >= 2 ? 6 : 2);
  const disk = h3.gridDisk(a, k);
  addDistance(a, pick(disk));
}
for (let r = 1; r <= 15; r++) {
  for (const p of h3.getPentagons(r)) {
    const disk = h3.gridDisk(p, 4);
    for (let i = 0; i < 6; i++) addDistance(pick(disk), pick(disk));
    addDistance(p, pick(disk));
  }
}
// far apart (different, non-neighbouring base cells) -> h3-js throws
for (let i = 0; i < 200; i++) {
  const r = randInt(10);
  const a = h3.latLngToCell(...pick(points), r);
  const b = h3.latLngToCell(...pick(points), r);
  addDistance(a, b);
}
for (let i = 0; i < 2000; i++) {
  const a = pick(cells);
  const b = pick(h3.gridDisk(a, 2));
  const n = tryCall(() => h3.areNeighborCells(a, b));
  neigh.push(`${a} ${b} ${n.ok ? (n.value ? 1 : 0) : 'X'}`);
}
for (let i = 0; i < 100; i++) {
  const a = pick(cells);
  const b = pick(cells);
  const n = tryCall(() => h3.areNeighborCells(a, b));
  neigh.push(`${a} ${b} ${n.ok ? (n.value ? 1 : 0) : 'X'}`);
}
write('gridDistance.txt.gz', dists);
write('areNeighborCells.txt.gz', neigh);
console.log(`gridDistance pairs where h3-js throws: ${throwsCount}`);

// ---------- isValidCell ----------
const valid = [];
for (let i = 0; i < 3000; i++) {
  const c = pick(cells);
  valid.push(`${c} ${h3.isValidCell(c) ? 1 : 0}`);
  // single random bit flip (often invalid)
  const hi = parseInt(c.slice(0, c.length - 8), 16);
  const lo = parseInt(c.slice(-8), 16);
  const bit = randInt(64);
  const nhi = bit >= 32 ? (hi ^ (1 << (bit - 32))) >>> 0 : hi;
  const nlo = bit < 32 ? (lo ^ (1 << bit)) >>> 0 : lo;
  const m = nhi.toString(16) + nlo.toString(16).padStart(8, '0');
  valid.push(`${m} ${h3.isValidCell(m) ? 1 : 0}`);
}
for (const s of ['0', '1', 'ffffffffffffffff', '8001fffffffffff', '85283473fffffff', '85283477fffffff', '8f28308280f18f2',
  '808ffffffffffff', '80f3fffffffffff', '81083ffffffffff', '81087ffffffffff', '820807fffffffff', '88283082a3fffff']) {
  valid.push(`${s} ${h3.isValidCell(s) ? 1 : 0}`);
}
write('isValidCell.txt.gz', valid);

// ---------- great-circle distance ----------
const gcd = [];
for (let i = 0; i < 2000; i++) {
  const a = pick(points);
  const b = i % 2 === 0 ? pick(points) : [a[0] + (rand() - 0.5) * 0.1, a[1] + (rand() - 0.5) * 0.1];
  gcd.push(`${a[0]} ${a[1]} ${b[0]} ${b[1]} ${h3.greatCircleDistance(a, b, 'm')}`);
}
write('greatCircleDistance.txt.gz', gcd);

// ---------- polygonToCells ----------
const paris = [
  [48.9021, 2.3199], [48.9010, 2.3960], [48.8790, 2.4120], [48.8465, 2.4160], [48.8350, 2.4690],
  [48.8190, 2.4380], [48.8160, 2.3620], [48.8220, 2.3320], [48.8340, 2.2790], [48.8460, 2.2520],
  [48.8630, 2.2320], [48.8790, 2.2790], [48.8950, 2.2930],
];
const polygons = [
  { name: 'paris', loops: [paris], res: [7, 8, 9] },
  {
    name: 'square-with-hole',
    loops: [
      [[37.80, -122.52], [37.80, -122.35], [37.70, -122.35], [37.70, -122.52]],
      [[37.77, -122.47], [37.73, -122.47], [37.73, -122.40], [37.77, -122.40]],
    ],
    res: [6, 7, 8, 9],
  },
  {
    name: 'two-holes-closed-loops',
    loops: [
      [[10, 10], [10, 11], [11, 11], [11, 10], [10, 10]],
      [[10.2, 10.2], [10.4, 10.2], [10.4, 10.4], [10.2, 10.4], [10.2, 10.2]],
      [[10.6, 10.6], [10.8, 10.6], [10.8, 10.8], [10.6, 10.8], [10.6, 10.6]],
    ],
    res: [5, 6, 7],
  },
  {
    name: 'antimeridian',
    loops: [[[-15.5, 178.5], [-15.5, -178.8], [-17.2, -178.8], [-17.2, 178.5]]],
    res: [4, 5, 6],
  },
  {
    name: 'concave-arrow',
    loops: [[[0, 0], [2, 2], [0, 4], [1, 2]]],
    res: [4, 5, 6],
  },
  {
    name: 'around-pentagon',
    loops: [(() => {
      const [plat, plng] = pentCentres[3];
      return [[plat + 2, plng - 2], [plat + 2, plng + 2], [plat - 2, plng + 2], [plat - 2, plng - 2]];
    })()],
    res: [2, 3, 4],
  },
  {
    name: 'high-latitude',
    loops: [[[80, -30], [84, 10], [81, 60], [78, 10]]],
    res: [3, 4, 5],
  },
  {
    name: 'tiny',
    loops: [[[51.5007, -0.1246], [51.5010, -0.1240], [51.5004, -0.1238]]],
    res: [9, 10, 11, 12],
  },
];
const polyOut = [];
for (const p of polygons) {
  for (const r of p.res) {
    polyOut.push({ name: p.name, res: r, loops: p.loops, cells: h3.polygonToCells(p.loops, r) });
  }
}
write('polygonToCells.json.gz', polyOut);

// ---------- compact / uncompact ----------
const compactOut = [];
for (const [name, loops, r] of [['paris9', [paris], 9], ['sf8', polygons[1].loops, 8], ['pent4', polygons[5].loops, 4]]) {
  const set = h3.polygonToCells(loops, r);
  const compacted = h3.compactCells(set);
  compactOut.push({ name, res: r, cells: set, compacted, uncompacted: h3.uncompactCells(compacted, r) });
}
{
  const p = h3.getPentagons(2)[5];
  const set = h3.cellToChildren(p, 5);
  const compacted = h3.compactCells(set);
  compactOut.push({ name: 'pentagon-children', res: 5, cells: set, compacted, uncompacted: h3.uncompactCells(compacted, 5) });
}
{
  const set = h3.getRes0Cells().flatMap((c) => h3.cellToChildren(c, 2));
  const compacted = h3.compactCells(set);
  compactOut.push({ name: 'whole-world-res2', res: 2, cells: set, compacted, uncompacted: h3.uncompactCells(compacted, 2) });
}
// Duplicates: h3-js does not reliably reject them (it echoes a duplicated pair, and returns [] for seven
// siblings plus a duplicate). Voisinage.Geo always throws; the h3-js answer is recorded for the record.
for (const cellsWithDupes of [
  ['89283082803ffff', '89283082803ffff'],
  [...h3.cellToChildren(h3.cellToParent('89283082803ffff', 8), 9), '89283082803ffff'],
]) {
  const r = tryCall(() => h3.compactCells(cellsWithDupes));
  compactOut.push({ name: 'duplicates', res: 9, cells: cellsWithDupes, duplicates: true, h3js: r.ok ? r.value : 'throws' });
}
write('compact.json.gz', compactOut);

// ---------- cellsToMultiPolygon (outline) ----------
const outlineOut = [];
function addOutline(name, set) {
  outlineOut.push({ name, cells: set, multiPolygon: h3.cellsToMultiPolygon(set, true) });
}
const parisBlock = h3.latLngToCell(48.8566, 2.3522, 9);
addOutline('single-hex', [parisBlock]);
addOutline('disk2', h3.gridDisk(parisBlock, 2));
addOutline('ring-with-hole', h3.gridDisk(parisBlock, 3).filter((c) => h3.gridDistance(parisBlock, c) >= 2));
addOutline('two-islands', [...h3.gridDisk(parisBlock, 1), ...h3.gridDisk(h3.gridDisk(parisBlock, 6).find((c) => h3.gridDistance(parisBlock, c) === 6), 1)]);
addOutline('paris9', h3.polygonToCells([paris], 9));
addOutline('random-blob', (() => {
  const s = new Set([parisBlock]);
  let frontier = [parisBlock];
  for (let i = 0; i < 150; i++) {
    const c = pick(frontier);
    const n = pick(h3.gridDisk(c, 1));
    if (!s.has(n)) { s.add(n); frontier.push(n); }
  }
  return [...s];
})());
addOutline('pentagon-disk', h3.gridDisk(h3.getPentagons(5)[2], 1));
addOutline('class3-face-edge', h3.gridDisk(h3.latLngToCell(...fromVec([0, 1, 2].map((c) => (pv[0][c] + pv[1][c]) / 2)), 7), 2));
addOutline('antimeridian', h3.gridDisk(h3.latLngToCell(-16.5, 179.99, 6), 2));
write('cellsToMultiPolygon.json.gz', outlineOut);

write('meta.json.gz', { h3js: h3Version, points: points.length, generated: 'tools/h3-vectors/generate.mjs' });
console.log(`h3-js ${h3Version}, ${points.length} points, ${cells.length} cells`);
