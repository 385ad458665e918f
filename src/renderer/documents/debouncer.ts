/**
 * Per-key trailing debounce: the last call within `delay` wins. With `maxWait`, a key whose
 * calls keep coming runs at least that often anyway (a writer who never pauses).
 */
export function createDebouncer(delay: number, maxWait = Number.POSITIVE_INFINITY) {
  const timers = new Map<string, { timer: ReturnType<typeof setTimeout>; since: number }>();
  const set = (key: string, run: () => void, wait: (since: number) => number): void => {
    const existing = timers.get(key);
    if (existing) clearTimeout(existing.timer);
    const since = existing?.since ?? Date.now();
    timers.set(key, {
      since,
      timer: setTimeout(
        () => {
          timers.delete(key);
          run();
        },
        Math.max(0, wait(since)),
      ),
    });
  };
  return {
    schedule(key: string, run: () => void): void {
      set(key, run, (since) => Math.min(delay, since + maxWait - Date.now()));
    },
    /**
     * Like schedule, for a key whose calls are known to keep coming for a while (a burst of
     * typing not reported yet): waits out the longest wait instead of `delay`.
     */
    defer(key: string, run: () => void): void {
      set(key, run, (since) => since + maxWait - Date.now());
    },
    cancel(key: string): void {
      const existing = timers.get(key);
      if (existing) clearTimeout(existing.timer);
      timers.delete(key);
    },
    dispose(): void {
      for (const { timer } of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
