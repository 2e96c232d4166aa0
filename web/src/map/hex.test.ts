import { describe, expect, test } from 'vitest';
import { latLngToCell } from 'h3-js';
import { blockCellAt, boundaryRings, cellOutline, cellOutlines, circleRing, distanceMeters, ringsBounds } from './hex';

const dinan: [number, number] = [48.4556, -2.0503];

describe('hexagon drawing', () => {
  test('a res-9 cell near Dinan has six vertices around its point, ~200 m across', () => {
    const cell = latLngToCell(dinan[0], dinan[1], 9);
    const ring = cellOutline(cell);
    expect(ring).toHaveLength(6);
    for (const v of ring) expect(distanceMeters(v, dinan)).toBeLessThan(400);
    const [sw, ne] = ringsBounds([ring])!;
    expect(sw[0]).toBeLessThan(dinan[0]);
    expect(ne[0]).toBeGreaterThan(dinan[0]);
    expect(sw[1]).toBeLessThan(dinan[1]);
    expect(ne[1]).toBeGreaterThan(dinan[1]);
  });

  test('invalid cells are skipped in lists and refused alone', () => {
    const cell = blockCellAt(dinan[0], dinan[1]);
    expect(cellOutlines([cell, 'nope', '8a1fb46622dfff0'])).toHaveLength(1);
    expect(() => cellOutline('nope')).toThrow();
  });

  test('the GeoJSON boundary ([lng, lat]) becomes [lat, lng] rings; bad input gives none', () => {
    const geo = JSON.stringify({ type: 'Polygon', coordinates: [[[-2.05, 48.45], [-2.04, 48.45], [-2.04, 48.46], [-2.05, 48.45]]] });
    expect(boundaryRings(geo)).toEqual([[[48.45, -2.05], [48.45, -2.04], [48.46, -2.04], [48.45, -2.05]]]);
    const multi = JSON.stringify({ type: 'MultiPolygon', coordinates: [[[[0, 1], [1, 1], [1, 2]]], [[[5, 6], [6, 6], [6, 7]]]] });
    expect(boundaryRings(multi)).toHaveLength(2);
    expect(boundaryRings('{')).toEqual([]);
    expect(boundaryRings('')).toEqual([]);
    expect(boundaryRings(JSON.stringify({ type: 'Point', coordinates: [1, 2] }))).toEqual([]);
    expect(ringsBounds([])).toBeNull();
  });

  test('an alert radius circle keeps its distance from the centre', () => {
    const ring = circleRing(dinan, 500, 36);
    expect(ring).toHaveLength(36);
    for (const v of ring) expect(distanceMeters(v, dinan)).toBeCloseTo(500, 0);
  });
});
