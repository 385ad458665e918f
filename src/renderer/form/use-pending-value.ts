import { useState } from 'react';

const defaultKey = (value: unknown) => String(JSON.stringify(value));

/**
 * A control's shown value that follows the writer at once, even when the parent applies
 * edits asynchronously (a round trip through the core). Echoes of our own edits arriving
 * late are recognised and skipped, so quick successive edits (arrow keys through a select,
 * several tags) build on each other; any other change from outside replaces the value.
 */
export function usePendingValue<T>(external: T, key: (value: T) => string = defaultKey): [T, (next: T) => void] {
  const externalKey = key(external);
  const [shown, setShown] = useState(external);
  const [seenKey, setSeenKey] = useState(externalKey);
  const [pending, setPending] = useState<string[]>([]);
  if (seenKey !== externalKey) {
    setSeenKey(externalKey);
    const echo = pending.indexOf(externalKey);
    if (echo === -1) {
      setShown(external);
      setPending([]);
    } else {
      setPending(pending.slice(echo + 1));
    }
  }
  const set = (next: T) => {
    setShown(next);
    setPending((keys) => [...keys, key(next)]);
  };
  return [shown, set];
}
