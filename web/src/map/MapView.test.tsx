import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { latLngToCell } from 'h3-js';
import MapView from './MapView';

afterEach(cleanup);

const origin = latLngToCell(48.4556, -2.0503, 9);
const destination = latLngToCell(48.1173, -1.6778, 9);

describe('map', () => {
  test('draws hexagons and points without tiles, and keeps them when the tile server arrives later', () => {
    const centre: [number, number] = [48.4556, -2.0503];
    const shapes = [{ cells: [origin, destination], tone: 'mine' as const }];
    const points = [
      { at: [48.4556, -2.0503] as [number, number], label: 'Départ', tone: 'origin' as const },
      { at: [48.1173, -1.6778] as [number, number], label: 'Arrivée', tone: 'destination' as const },
    ];
    const { container, rerender } = render(<MapView label="Trajet" center={centre} shapes={shapes} points={points} />);
    const drawn = () => container.querySelectorAll('.leaflet-overlay-pane path').length;
    expect(container.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('Trajet');
    expect(drawn()).toBe(4); // two hexagons, two points
    expect(container.querySelectorAll('img.leaflet-tile').length).toBe(0);
    rerender(<MapView label="Trajet" center={centre} shapes={shapes} points={points} tileUrl="https://tiles.example/{z}/{x}/{y}.png" tileAttribution="© test" />);
    expect(drawn()).toBe(4);
    expect(container.textContent).toContain('© test');
  });
});
