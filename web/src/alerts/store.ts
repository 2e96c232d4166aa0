// Live alerts of the resident's neighbourhood. Keeps the last sequence received per neighbourhood (localStorage: it
// is a counter, nothing personal) and, after any reconnect, subscribes again with `alertRaised(since: last)` so the
// server replays what was missed; duplicates are dropped by sequence. Changes (resolved, hidden) are numbered apart:
// after a reconnect `alertUpdated(since: last change seen, or 0)` replays each changed alert once, as it is now.
import type { Client } from '@urql/core';
import type { Client as WsClient } from 'graphql-ws';
import { documentText } from '../api/client';
import { AlertRaisedSubscription, AlertUpdatedSubscription, AlertsQuery } from '../api/documents';
import type { AlertFieldsFragment } from '../gql/graphql';

export type Alert = AlertFieldsFragment;

export interface AlertState {
  neighbourhoodId: string | null;
  alerts: Alert[];
  /** Alerts that arrived live or by replay and were not dismissed, newest first. */
  banner: Alert[];
  lastSequence: number;
  /** The time an alert was last shown, for latency measurements (performance.now()). */
  lastShownAt: number;
}

const key = (nid: string) => `voisinage.alerts.last.${nid}`;

/**
 * Where `alertUpdated` resumes: the last change number and the neighbourhood that numbered it. Numbers are per
 * neighbourhood: a change numbered by another one (the survivor of a merge) starts that numbering; after a merge the
 * server maps an absorbed neighbourhood's number onto the survivor's (docs/alerts.md).
 */
export type UpdateCursor = { since: number; neighbourhoodId: string } | null;

export function advanceUpdateCursor(cursor: UpdateCursor, change: { neighbourhoodId: string; updateSequence: number }): UpdateCursor {
  if (cursor && cursor.neighbourhoodId === change.neighbourhoodId) {
    return { since: Math.max(cursor.since, change.updateSequence), neighbourhoodId: cursor.neighbourhoodId };
  }
  return { since: change.updateSequence, neighbourhoodId: change.neighbourhoodId };
}

export function readLastSequence(storage: Pick<Storage, 'getItem'>, nid: string): number {
  const v = Number(storage.getItem(key(nid)));
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : 0;
}

/** Merges newly received alerts: returns the new state and the alerts that were new (for the banner). */
export function mergeAlerts(state: AlertState, incoming: Alert[], live: boolean): { state: AlertState; fresh: Alert[] } {
  const byId = new Map(state.alerts.map((a) => [a.id, a]));
  const fresh: Alert[] = [];
  let last = state.lastSequence;
  for (const a of incoming) {
    if (a.neighbourhoodId !== state.neighbourhoodId) continue;
    if (a.sequence > last) last = a.sequence;
    const known = byId.get(a.id);
    if (!known) fresh.push(a);
    byId.set(a.id, a);
  }
  const alerts = [...byId.values()].filter((a) => !a.hidden).sort((x, y) => y.sequence - x.sequence);
  const banner = live ? [...fresh.filter((a) => !a.resolved && !a.hidden).reverse(), ...state.banner] : state.banner;
  return { state: { ...state, alerts, banner, lastSequence: last }, fresh };
}

type Listener = () => void;

export class AlertStore {
  private state: AlertState = { neighbourhoodId: null, alerts: [], banner: [], lastSequence: 0, lastShownAt: 0 };
  private listeners = new Set<Listener>();
  private stop: (() => void) | null = null;

  constructor(
    private readonly client: Client,
    private readonly ws: WsClient,
    private readonly storage: Storage,
  ) {}

  get = () => this.state;

  subscribe = (l: Listener) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  private set(state: AlertState) {
    this.state = state;
    if (state.neighbourhoodId) this.storage.setItem(key(state.neighbourhoodId), String(state.lastSequence));
    this.listeners.forEach((l) => l());
  }

  private receive(incoming: Alert[], live: boolean) {
    const { state, fresh } = mergeAlerts(this.state, incoming, live);
    if (live && fresh.length > 0) state.lastShownAt = performance.now();
    this.set(state);
  }

  dismiss(id: string) {
    this.set({ ...this.state, banner: this.state.banner.filter((a) => a.id !== id) });
  }

  /** Updates one alert after a mutation (resolve). */
  upsert(alert: Alert) {
    this.receive([alert], false);
  }

  /** Follows a neighbourhood's alerts (null: none). */
  async follow(neighbourhoodId: string | null) {
    if (neighbourhoodId === this.state.neighbourhoodId) return;
    this.stop?.();
    this.stop = null;
    this.set({ neighbourhoodId, alerts: [], banner: [], lastSequence: 0, lastShownAt: 0 });
    if (!neighbourhoodId) return;

    // History first (the list), from the beginning of what the server keeps, page by page.
    let since = 0;
    for (let page = 0; page < 20; page++) {
      const r = await this.client.query(AlertsQuery, { neighbourhoodId, since, first: 200 }, { requestPolicy: 'network-only' }).toPromise();
      if (this.state.neighbourhoodId !== neighbourhoodId) return;
      const p = r.data?.alerts;
      if (!p) break;
      this.receive(p.alerts, false);
      since = p.lastSequence;
      if (!p.hasMore) break;
    }
    const stored = readLastSequence(this.storage, neighbourhoodId);
    // Alerts after the last one this browser had seen are news: show them in the banner.
    if (stored > 0) {
      this.set({ ...this.state, banner: this.state.alerts.filter((a) => a.sequence > stored && !a.resolved).slice(0, 3) });
    }
    this.live(neighbourhoodId);
  }

  private live(neighbourhoodId: string) {
    let disposeRaised: (() => void) | null = null;
    let disposeUpdated: (() => void) | null = null;
    let stopped = false;
    // The last change received; null until one arrives (the first subscription listens from now).
    let cursor: UpdateCursor = null;
    let started = false;
    const raisedQuery = documentText(AlertRaisedSubscription);
    const updatedQuery = documentText(AlertUpdatedSubscription);
    const start = () => {
      disposeUpdated?.();
      disposeUpdated = this.ws.subscribe<{ alertUpdated: Alert & { updateSequence: number } }>(
        { query: updatedQuery, variables: started ? { since: cursor?.since ?? 0, neighbourhoodId: cursor?.neighbourhoodId ?? neighbourhoodId } : {} },
        {
          next: (r) => {
            if (!r.data) return;
            cursor = advanceUpdateCursor(cursor, r.data.alertUpdated);
            this.receive([r.data.alertUpdated], false);
          },
          error: () => {},
          complete: () => {},
        },
      );
      started = true;
      disposeRaised?.();
      disposeRaised = this.ws.subscribe<{ alertRaised: Alert }>(
        { query: raisedQuery, variables: { since: this.state.lastSequence } },
        {
          next: (r) => r.data && this.receive([r.data.alertRaised], true),
          error: () => {},
          complete: () => {},
        },
      );
    };
    // After a drop, subscribe again from the last sequence so the server replays the gap (graphql-ws alone would
    // resend the first `since`).
    const offClosed = this.ws.on('closed', () => !stopped && setTimeout(() => !stopped && start(), 0));
    const onOffline = () => this.ws.terminate();
    const onOnline = () => {
      if (stopped) return;
      start();
      void this.client
        .query(AlertsQuery, { neighbourhoodId, since: this.state.lastSequence, first: 200 }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((r) => r.data && !stopped && this.receive(r.data.alerts.alerts, true));
    };
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    start();
    this.stop = () => {
      stopped = true;
      disposeRaised?.();
      disposeUpdated?.();
      offClosed();
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
    };
  }
}
