import { lazy, Suspense } from 'react';
import type { MapViewProps } from './MapView';

const MapView = lazy(() => import('./MapView'));

/**
 * The map, loaded on demand. Tiles: none until the API's public appConfig (tile URL and attribution) exists; the map
 * draws hexagon outlines and boundaries on a plain background meanwhile.
 */
export function Map(props: Omit<MapViewProps, 'tileUrl' | 'tileAttribution'>) {
  return (
    <Suspense fallback={<div className="map map-loading" role="status">Chargement de la carte…</div>}>
      <MapView {...props} />
    </Suspense>
  );
}
