// The Leaflet map, loaded on demand. Draws on a plain background without tiles (no tile URL configured, or offline):
// hexagon outlines of block cells and neighbourhood boundaries are enough to find one's way.
import { useEffect, useRef, useState } from 'react';
import { useOnline } from '../app/online';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { boundaryRings, cellOutlines, circleRing, ringsBounds, type LatLng, type Ring } from './hex';

export interface MapShape {
  /** A neighbourhood: its GeoJSON boundary and/or its block cells. */
  boundary?: string | null;
  cells?: readonly string[];
  label?: string;
  tone: 'mine' | 'nearby' | 'other';
}

export interface MapViewProps {
  label: string;
  center: LatLng;
  zoom?: number;
  tileUrl?: string | null;
  tileAttribution?: string | null;
  shapes?: MapShape[];
  /** Points to show (a pin, a carpool's origin and destination). */
  points?: { at: LatLng; label: string; tone?: 'origin' | 'destination' | 'pin' }[];
  circle?: { at: LatLng; radiusMeters: number } | null;
  onPick?: (at: LatLng) => void;
}

const colours = { mine: '#1f5f3f', nearby: '#8a4b00', other: '#555', origin: '#1f4f9f', destination: '#9f1f4f', pin: '#1f5f3f' };

export default function MapView({ label, center, zoom = 16, tileUrl, tileAttribution, shapes = [], points = [], circle, onPick }: MapViewProps) {
  const el = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const [ready, setReady] = useState<L.Map | null>(null);
  const online = useOnline();

  // The map is made once; tiles, layers and view follow the props in the effects below.
  useEffect(() => {
    if (!el.current) return;
    // No zoom animation: a page left mid-animation would have Leaflet finish it on a removed map (and it spares motion).
    const m = L.map(el.current, { center, zoom, zoomControl: true, attributionControl: true, zoomAnimation: false, markerZoomAnimation: false, fadeAnimation: false });
    layer.current = L.layerGroup().addTo(m);
    m.on('click', (e: L.LeafletMouseEvent) => pick.current?.([e.latlng.lat, e.latlng.lng]));
    map.current = m;
    setReady(m);
    return () => {
      m.stop();
      m.remove();
      map.current = null;
      setReady(null);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Tiles when a tile server is configured and the browser is online; otherwise the plain background.
  useEffect(() => {
    if (!ready || !tileUrl || !online) return;
    const tiles = L.tileLayer(tileUrl, { attribution: tileAttribution ?? '', maxZoom: 19 }).addTo(ready);
    return () => {
      tiles.remove();
    };
  }, [ready, tileUrl, tileAttribution, online]);

  useEffect(() => {
    const m = ready;
    const g = layer.current;
    if (!m || !g) return;
    g.clearLayers();
    const all: Ring[] = [];
    for (const s of shapes) {
      const colour = colours[s.tone];
      const cells = cellOutlines(s.cells ?? []);
      for (const ring of cells) L.polygon(ring, { color: colour, weight: 1, fillOpacity: 0.08, interactive: false }).addTo(g);
      const rings = boundaryRings(s.boundary);
      for (const ring of rings) {
        const p = L.polygon(ring, { color: colour, weight: 3, fill: cells.length === 0, fillOpacity: 0.1 }).addTo(g);
        if (s.label) p.bindTooltip(s.label);
      }
      all.push(...cells, ...rings);
    }
    for (const p of points) {
      L.circleMarker(p.at, { radius: 8, color: colours[p.tone ?? 'pin'], weight: 3, fillOpacity: 0.6 }).bindTooltip(p.label).addTo(g);
      all.push([p.at]);
    }
    if (circle) {
      const ring = circleRing(circle.at, Math.max(circle.radiusMeters, 1));
      L.polygon(ring, { color: '#b00020', weight: 2, dashArray: '6 4', fillOpacity: 0.05, interactive: false }).addTo(g);
      all.push(ring);
    }
    const b = ringsBounds(all);
    if (b && (b[0][0] !== b[1][0] || b[0][1] !== b[1][1])) m.fitBounds(b, { padding: [16, 16], maxZoom: 17, animate: false });
    else m.setView(center, zoom, { animate: false });
  }, [ready, shapes, points, circle, center, zoom]);

  return <div ref={el} className="map" role="region" aria-label={label} />;
}
