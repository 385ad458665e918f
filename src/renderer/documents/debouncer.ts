/**
 * Per-key trailing debounce: the last call within `delay` wins. With `maxWait`, a key whose
 * calls keep coming runs at least that often anyway (a writer who never pauses).
 */
export function createDebouncer(delay: number, maxWait = Number.POSITIVE_INFINITY) {
  const timers = new Map<string, { timer: ReturnType<typeof setTimeout>; since: number }>();
  return {
    schedule(key: string, run: () => void): void {
      const existing = timers.get(key);
      if (existing) clearTimeout(existing.timer);
      const since = existing?.since ?? Date.now();
      const wait = Math.max(0, Math.min(delay, since + maxWait - Date.now()));
      timers.set(key, {
        since,
        timer: setTimeout(() => {
          timers.delete(key);
          run();
        }, wait),
      });
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
