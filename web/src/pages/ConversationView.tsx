import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useClient, useMutation, useSubscription } from 'urql';
import { ConversationQuery, MessageReceivedSubscription, SendMessageMutation } from '../api/documents';
import { formatDateTime } from '../app/labels';
import { Link, useParams } from '../app/router';
import type { Me } from '../app/session';
import type { MessageFieldsFragment } from '../gql/graphql';
import { FormError, TextArea, formValues, useFormErrors } from '../ui/forms';
import { Page } from '../ui/Page';
import { RequireSession } from '../ui/RequireSession';

type Message = MessageFieldsFragment;

/** Oldest first, one per id. */
export function mergeMessages(current: Message[], incoming: Message[]): Message[] {
  const byId = new Map(current.map((m) => [m.id, m]));
  for (const m of incoming) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => (a.sentAt < b.sentAt ? -1 : a.sentAt > b.sentAt ? 1 : 0));
}

export default function ConversationView() {
  const { id = '' } = useParams();
  return <RequireSession title="Conversation">{(me) => <Conversation id={id} me={me} />}</RequireSession>;
}

function Conversation({ id, me }: { id: string; me: Me }) {
  const client = useClient();
  const [messages, setMessages] = useState<Message[]>([]);
  const [meta, setMeta] = useState<{ others: string; listing?: { id: string; title: string } | null } | null>(null);
  const [older, setOlder] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const load = async (after: string | null) => {
    const r = await client.query(ConversationQuery, { id, first: 30, after }, { requestPolicy: 'network-only' }).toPromise();
    const c = r.data?.conversation;
    if (!c) return setError('Cette conversation est introuvable ou réservée à ses participants.');
    setMeta({ others: c.participants.filter((p) => p.id !== me.id).map((p) => p.pseudo).join(', ') || 'Ancien membre', listing: c.listing });
    setMessages((cur) => mergeMessages(cur, c.messages.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []));
    setOlder(c.messages.pageInfo.hasNextPage ? (c.messages.pageInfo.endCursor ?? null) : null);
  };
  useEffect(() => {
    void load(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  useSubscription({ query: MessageReceivedSubscription }, (_p, data) => {
    if (data.messageReceived.conversationId === id) setMessages((cur) => mergeMessages(cur, [data.messageReceived]));
    return data;
  });
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'nearest' });
  }, [messages.length]);

  const [{ fetching }, send] = useMutation(SendMessageMutation);
  const form = useFormErrors();
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const el = e.currentTarget;
    const text = (formValues(el).text ?? '').trim();
    if (!text) return form.set({ text: 'Écrivez un message.' });
    const r = await send({ conversationId: id, text });
    if (form.take(r.error) || !r.data) return;
    setMessages((cur) => mergeMessages(cur, [r.data!.sendMessage]));
    el.reset();
  };
  if (error)
    return (
      <Page title="Conversation">
        <p role="alert">{error}</p>
      </Page>
    );
  return (
    <Page title={meta ? `Conversation avec ${meta.others}` : 'Conversation'}>
      {meta?.listing && (
        <p>
          À propos de <Link to={`/annonces/${encodeURIComponent(meta.listing.id)}`}>{meta.listing.title}</Link>
        </p>
      )}
      {older && (
        <button type="button" className="secondary" onClick={() => load(older)}>
          Messages plus anciens
        </button>
      )}
      <ol className="messages" aria-label="Messages" aria-live="polite">
        {messages.map((m) => (
          <li key={m.id} className={m.sender?.id === me.id ? 'message mine' : 'message'}>
            <p className="meta">
              {m.sender?.id === me.id ? 'Vous' : (m.sender?.pseudo ?? 'Ancien membre')} · <time dateTime={m.sentAt}>{formatDateTime(m.sentAt)}</time>
            </p>
            <p>{m.text}</p>
          </li>
        ))}
      </ol>
      <div ref={end} />
      <form onSubmit={onSubmit} noValidate>
        <TextArea label="Votre message" name="text" rows={2} error={form.errors.text ?? form.errors.body} />
        <FormError error={form.errors['']} />
        <button type="submit" disabled={fetching}>Envoyer</button>
      </form>
    </Page>
  );
}
