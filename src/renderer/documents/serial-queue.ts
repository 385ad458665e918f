/**
 * One order of events per document: each operation on a key starts after every operation
 * queued before it has finished (succeeded or failed), so a save never overtakes the form
 * edit the writer made just before it.
 */
export class SerialQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, op: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(op);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Resolves once everything queued for `key` so far has finished. */
  settled(key: string): Promise<void> {
    return this.tails.get(key) ?? Promise.resolve();
  }
}
