import { useEffect, useState } from 'react';

/**
 * A record filled by `load` (key and value pairs), `{}` until the first load ends. A load
 * that ends after `load` changed is dropped; a failed one keeps what was there (these are
 * suggestions and pickers, not data the writer edits). `load` returning null loads nothing.
 * Pass a memoised `load`: each new one loads again.
 */
export function useLoadedRecord<T>(load: () => Promise<(readonly [string, T])[]> | null): Record<string, T> {
  const [record, setRecord] = useState<Record<string, T>>({});
  useEffect(() => {
    const pending = load();
    if (!pending) return;
    let cancelled = false;
    pending.then(
      (pairs) => !cancelled && setRecord(Object.fromEntries(pairs)),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [load]);
  return record;
}
