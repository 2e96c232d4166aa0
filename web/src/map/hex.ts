// Geometry for the maps: H3 cells → hexagon outlines, the API's GeoJSON boundary → Leaflet rings, bounds, and the
// circle of an alert radius. Pure functions (tested without a browser).
import { cellToBoundary, cellToLatLng, cellToParent, isValidCell, latLngToCell } from 'h3-js';

export type LatLng = [number, number];
export type Ring = LatLng[];

/** The outline of one H3 cell as [lat, lng] vertices (6 for a hexagon, 5 for a pentagon). */
export function cellOutline(cell: string): Ring {
  if (!isValidCell(cell)) throw new Error(`not an H3 cell: ${cell}`);
  return cellToBoundary(cell) as Ring;
}

/** The outlines of many cells, skipping invalid ones. */
export function cellOutlines(cells: readonly string[]): Ring[] {
  return cells.filter((c) => isValidCell(c)).map((c) => cellToBoundary(c) as Ring);
}

/** The block cell (H3 res 9) of a point: what carpools are made of. */
export const blockCellAt = (lat: number, lng: number) => latLngToCell(lat, lng, 9);

/** The centre of a cell, [lat, lng]. */
export const cellCentre = (cell: string): LatLng => cellToLatLng(cell) as LatLng;

/**
 * The API's boundary (a GeoJSON Polygon or MultiPolygon, coordinates [lng, lat]) as rings of [lat, lng]. An empty or
 * unreadable boundary gives no ring.
 */
export function boundaryRings(geojson: string | null | undefined): Ring[] {
  if (!geojson) return [];
  let g: { type?: string; coordinates?: unknown };
  try {
    g = JSON.parse(geojson);
  } catch {
    return [];
  }
  const toRing = (r: unknown): Ring => (Array.isArray(r) ? r.filter(isPosition).map(([lng, lat]) => [lat, lng] as LatLng) : []);
  if (g.type === 'Polygon' && Array.isArray(g.coordinates)) return g.coordinates.map(toRing).filter((r) => r.length >= 3);
  if (g.type === 'MultiPolygon' && Array.isArray(g.coordinates))
    return (g.coordinates as unknown[]).flatMap((p) => (Array.isArray(p) ? p.map(toRing) : [])).filter((r) => r.length >= 3);
  return [];
}

function isPosition(p: unknown): p is [number, number] {
  return Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

/** The [south-west, north-east] corners around rings, or null when there is nothing. */
export function ringsBounds(rings: readonly Ring[]): [LatLng, LatLng] | null {
  let s = Infinity, w = Infinity, n = -Infinity, e = -Infinity;
  for (const ring of rings)
    for (const [lat, lng] of ring) {
      s = Math.min(s, lat);
      n = Math.max(n, lat);
      w = Math.min(w, lng);
      e = Math.max(e, lng);
    }
  return Number.isFinite(s) ? [[s, w], [n, e]] : null;
}

const EARTH_RADIUS_M = 6_371_008.8;

/** A circle of radiusMeters around a centre as a polygon of `steps` vertices (for drawing an alert's reach). */
export function circleRing(centre: LatLng, radiusMeters: number, steps = 48): Ring {
  const [lat, lng] = centre;
  const d = radiusMeters / EARTH_RADIUS_M;
  const φ1 = (lat * Math.PI) / 180;
  const λ1 = (lng * Math.PI) / 180;
  const ring: Ring = [];
  for (let i = 0; i < steps; i++) {
    const θ = (2 * Math.PI * i) / steps;
    const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(θ));
    const λ2 = λ1 + Math.atan2(Math.sin(θ) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
    ring.push([(φ2 * 180) / Math.PI, (((λ2 * 180) / Math.PI + 540) % 360) - 180]);
  }
  return ring;
}

/** Great-circle distance in metres. */
export function distanceMeters(a: LatLng, b: LatLng): number {
  const φ1 = (a[0] * Math.PI) / 180, φ2 = (b[0] * Math.PI) / 180;
  const dφ = φ2 - φ1, dλ = ((b[1] - a[1]) * Math.PI) / 180;
  const h = Math.sin(dφ / 2) ** 2 + Math.cos(φ1) * Math.cos(φ2) * Math.sin(dλ / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

/** The centre of the block (res-9 parent) of one's own home cell: where one's neighbourhood is looked up. */
export function blockCentreOfHome(homeCell: string): LatLng {
  return cellToLatLng(cellToParent(homeCell, 9)) as LatLng;
}
