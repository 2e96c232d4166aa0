import { lazy, Suspense } from 'react';
import { useQuery } from 'urql';
import { AppConfigQuery } from '../api/documents';
import type { MapViewProps } from './MapView';

const MapView = lazy(() => import('./MapView'));

/** The map with the tile server from appConfig (none: outlines on a plain background), loaded on demand. */
export function Map(props: Omit<MapViewProps, 'tileUrl' | 'tileAttribution'>) {
  const [{ data }] = useQuery({ query: AppConfigQuery, requestPolicy: 'cache-first' });
  return (
    <Suspense fallback={<div className="map map-loading" role="status">Chargement de la carte…</div>}>
      <MapView {...props} tileUrl={data?.appConfig.tileUrl} tileAttribution={data?.appConfig.tileAttribution} />
    </Suspense>
  );
}
