// WebAuthn in the browser: the server's options arrive as JSON with binary fields in base64url; the credential goes
// back the same way (the shape of PublicKeyCredential.toJSON, done by hand for browsers without it).

export function passkeysSupported(): boolean {
  return typeof window !== 'undefined' && 'PublicKeyCredential' in window && !!navigator.credentials;
}

export function fromBase64Url(text: string): ArrayBuffer {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return bytes.buffer;
}

export function toBase64Url(buffer: ArrayBuffer | ArrayBufferView): string {
  const bytes = buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

type Json = Record<string, unknown>;

/** Drops nulls: the browser rejects a null where it expects a field to be absent. */
function compact(value: Json): Json {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));
}

function descriptors(list: unknown): PublicKeyCredentialDescriptor[] | undefined {
  if (!Array.isArray(list)) return undefined;
  return list.map((d: Json) => ({ ...(compact(d) as object), id: fromBase64Url(d.id as string) }) as PublicKeyCredentialDescriptor);
}

/** Options for navigator.credentials.create from the server's JSON. */
export function creationOptions(json: string): PublicKeyCredentialCreationOptions {
  const o = compact(JSON.parse(json) as Json);
  const user = o.user as Json;
  return {
    ...(o as object),
    challenge: fromBase64Url(o.challenge as string),
    user: { ...(user as object), id: fromBase64Url(user.id as string) },
    excludeCredentials: descriptors(o.excludeCredentials),
  } as PublicKeyCredentialCreationOptions;
}

/** Options for navigator.credentials.get from the server's JSON. */
export function requestOptions(json: string): PublicKeyCredentialRequestOptions {
  const o = compact(JSON.parse(json) as Json);
  return {
    ...(o as object),
    challenge: fromBase64Url(o.challenge as string),
    allowCredentials: descriptors(o.allowCredentials),
  } as PublicKeyCredentialRequestOptions;
}

/** A created or asserted credential as the JSON the server reads. */
export function credentialJson(credential: PublicKeyCredential): string {
  const r = credential.response;
  const response: Json = { clientDataJSON: toBase64Url(r.clientDataJSON) };
  if ('attestationObject' in r) {
    const attestation = r as AuthenticatorAttestationResponse;
    response.attestationObject = toBase64Url(attestation.attestationObject);
    response.transports = attestation.getTransports?.() ?? [];
  } else {
    const assertion = r as AuthenticatorAssertionResponse;
    response.authenticatorData = toBase64Url(assertion.authenticatorData);
    response.signature = toBase64Url(assertion.signature);
    if (assertion.userHandle) response.userHandle = toBase64Url(assertion.userHandle);
  }
  return JSON.stringify({
    id: credential.id,
    rawId: toBase64Url(credential.rawId),
    type: credential.type,
    response,
    clientExtensionResults: credential.getClientExtensionResults(),
    authenticatorAttachment: credential.authenticatorAttachment ?? undefined,
  });
}

/** Whether the person closed the browser's prompt (or it timed out): not an error to show as a failure. */
export function isCancelled(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'NotAllowedError' || e.name === 'AbortError');
}
