import { Fragment, useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { Notice } from '../ui/forms';

/**
 * An operators' section of items to act on (organisations to verify, orphaned organisations, campaigns to approve):
 * « Réservé aux opérateurs. » when the API refuses, what was just done, the empty text once loaded, then each item,
 * which reports what it did through onDone (the list is then read again).
 */
export function OperatorQueueSection<T extends { id: string }>(props: {
  id: string;
  title: string;
  empty: string;
  loaded: boolean;
  error?: CombinedError;
  items: readonly T[];
  refetch: () => void;
  renderItem: (item: T, onDone: (text: string) => void) => ReactNode;
}) {
  const { id, title, empty, loaded, error, items, refetch, renderItem } = props;
  const [done, setDone] = useState<string | null>(null);
  const forbidden = error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');
  const onDone = (text: string) => {
    setDone(text);
    refetch();
  };
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {forbidden && <p role="alert">Réservé aux opérateurs.</p>}
      {done && <Notice>{done}</Notice>}
      {loaded && items.length === 0 && <p>{empty}</p>}
      {items.map((item) => (
        <Fragment key={item.id}>{renderItem(item, onDone)}</Fragment>
      ))}
    </section>
  );
}
