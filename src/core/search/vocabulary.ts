/** The indexed words, numbered in order of arrival, with a sorted view for prefix lookups. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];
  /** Word numbers in alphabetical order; rebuilt on demand after words were added. */
  private sorted: number[] = [];
  private sortedUpTo = 0;

  get size(): number {
    return this.list.length;
  }

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(word, id);
      this.list.push(word);
    }
    return id;
  }

  find(word: string): number | undefined {
    return this.ids.get(word);
  }

  word(id: number): string {
    return this.list[id]!;
  }

  words(): string[] {
    return this.list.slice();
  }

  private lowerBound(word: string): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.list[this.sorted[mid]!]! < word) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private sortedView(): number[] {
    const added = this.list.length - this.sortedUpTo;
    if (added === 0) return this.sorted;
    if (added > 256) {
      this.sorted = this.list.map((_, id) => id).sort((a, b) => (this.list[a]! < this.list[b]! ? -1 : 1));
    } else {
      // A few new words after an edit: insert them rather than sort the whole vocabulary again.
      for (let id = this.sortedUpTo; id < this.list.length; id++) this.sorted.splice(this.lowerBound(this.list[id]!), 0, id);
    }
    this.sortedUpTo = this.list.length;
    return this.sorted;
  }

  /** Numbers of the words that start with `prefix`. */
  withPrefix(prefix: string): number[] {
    const sorted = this.sortedView();
    const out: number[] = [];
    for (let i = this.lowerBound(prefix); i < sorted.length; i++) {
      const id = sorted[i]!;
      if (!this.list[id]!.startsWith(prefix)) break;
      out.push(id);
    }
    return out;
  }
}
