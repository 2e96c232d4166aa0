// Direct GraphQL calls for test set-up and measurements: with a bearer token (Node's fetch) or with a browser
// context's cookie jar (context.request), exactly as any client of the public API.
import type { APIRequestContext } from '@playwright/test';

export async function gqlToken(baseURL: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const r = await fetch(new URL('/graphql', baseURL), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const j = (await r.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (j.errors?.length) throw new Error(`${query.slice(0, 40)}…: ${j.errors.map((e) => e.message).join('; ')}`);
  return j.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function gqlCookie(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
  const r = await request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const j = (await r.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (j.errors?.length) throw new Error(`${query.slice(0, 40)}…: ${j.errors.map((e) => e.message).join('; ')}`);
  return j.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token resident { id } } }`;
export const SET_HOME = `mutation($lat: Float!, $lng: Float!) { setHome(lat: $lat, lng: $lng) { id } }`;
export const FIX = `mutation($lat: Float!, $lng: Float!) { submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: 10) { verification { status } } }`;
export const FOUND = `mutation($name: String!) { foundNeighbourhood(name: $name) { id } }`;
export const JOIN = `mutation($id: ID!) { joinNeighbourhood(id: $id) { id } }`;
export const RAISE = `mutation($title: String!) { raiseAlert(kind: VIGILANCE, title: $title, body: "", radiusMeters: 0) { id sequence } }`;
