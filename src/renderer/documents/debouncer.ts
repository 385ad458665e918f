/** Per-key trailing debounce: the last call within `delay` wins. */
export function createDebouncer(delay: number) {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  return {
    schedule(key: string, run: () => void): void {
      const existing = timers.get(key);
      if (existing) clearTimeout(existing);
      timers.set(
        key,
        setTimeout(() => {
          timers.delete(key);
          run();
        }, delay),
      );
    },
    cancel(key: string): void {
      const existing = timers.get(key);
      if (existing) clearTimeout(existing);
      timers.delete(key);
    },
    dispose(): void {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
