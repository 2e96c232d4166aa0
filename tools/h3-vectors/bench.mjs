// Times h3-js on the four operations benchmarked in bench/Geo.Benchmarks (resolution 9, 4096 random points
// uniform on the sphere, iterated over and over). Run: node bench.mjs
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const h3 = require('h3-js');

let seed = 42;
function rand() {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const N = 4096;
const RES = 9;
const points = [];
for (let i = 0; i < N; i++) {
  points.push([(Math.asin(2 * rand() - 1) * 180) / Math.PI, rand() * 360 - 180]);
}
const cells = points.map(([lat, lng]) => h3.latLngToCell(lat, lng, RES));

function bench(name, fn) {
  // warm-up, then the best of 5 runs of ~1 s each
  let sink = 0;
  for (let w = 0; w < 20; w++) for (let i = 0; i < N; i++) sink ^= fn(i) ? 1 : 0;
  let best = 0;
  for (let run = 0; run < 5; run++) {
    let ops = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    while (elapsed < 1e9) {
      for (let i = 0; i < N; i++) sink ^= fn(i) ? 1 : 0;
      ops += N;
      elapsed = Number(process.hrtime.bigint() - start);
    }
    best = Math.max(best, ops / (elapsed / 1e9));
  }
  console.log(`${name.padEnd(16)} ${(best / 1e6).toFixed(3)} M ops/s${sink === 42 ? ' ' : ''}`);
}

console.log(`h3-js ${require('h3-js/package.json').version}, node ${process.version}, res ${RES}, ${N} points`);
bench('latLngToCell', (i) => h3.latLngToCell(points[i][0], points[i][1], RES));
bench('cellToLatLng', (i) => h3.cellToLatLng(cells[i]));
bench('cellToBoundary', (i) => h3.cellToBoundary(cells[i]));
bench('gridDisk(k=2)', (i) => h3.gridDisk(cells[i], 2));
