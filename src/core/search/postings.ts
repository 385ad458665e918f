/**
 * Postings of every word in two flat typed arrays, not one array per word: a site's
 * vocabulary runs to 100,000+ words, and a typed array per word costs more than its content.
 * A posting packs the document number and the word's count in it (capped at 255).
 */
export const MAX_COUNT = 255;
export const pack = (doc: number, count: number): number => doc * 256 + Math.min(count, MAX_COUNT);
export const docOf = (posting: number): number => Math.floor(posting / 256);
export const countOf = (posting: number): number => posting % 256;

/** Postings grouped by word: word `t` has `postings[start[t] .. start[t] + count[t])`, documents ascending. */
export interface FrozenPostings {
  start: Uint32Array;
  count: Uint32Array;
  postings: Uint32Array;
}

export const emptyFrozen = (): FrozenPostings => ({ start: new Uint32Array(0), count: new Uint32Array(0), postings: new Uint32Array(0) });

/** Word and posting pairs in arrival order, for documents added since the last freeze. */
export class PendingPairs {
  terms: Uint32Array = new Uint32Array(1024);
  postings: Uint32Array = new Uint32Array(1024);
  length = 0;
  private lookup: Map<number, number[]> | null = null;

  push(term: number, posting: number): void {
    this.lookup = null;
    if (this.length === this.terms.length) {
      const grow = (old: Uint32Array): Uint32Array => {
        const next = new Uint32Array(old.length * 2);
        next.set(old);
        return next;
      };
      this.terms = grow(this.terms);
      this.postings = grow(this.postings);
    }
    this.terms[this.length] = term;
    this.postings[this.length] = posting;
    this.length++;
  }

  clear(): void {
    this.terms = new Uint32Array(1024);
    this.postings = new Uint32Array(1024);
    this.length = 0;
    this.lookup = null;
  }

  /** The postings of one word, found through a lookup built once per batch of additions. */
  of(term: number): readonly number[] {
    if (this.length === 0) return [];
    if (!this.lookup) {
      this.lookup = new Map();
      for (let i = 0; i < this.length; i++) {
        const list = this.lookup.get(this.terms[i]!);
        if (list) list.push(this.postings[i]!);
        else this.lookup.set(this.terms[i]!, [this.postings[i]!]);
      }
    }
    return this.lookup.get(term) ?? [];
  }
}

/**
 * Merges frozen postings and pending pairs into new frozen postings (a counting sort by
 * word), leaving out postings whose document is dead and renumbering documents by `remap`
 * (old number -> new number, or -1 to drop). Pending pairs come from later documents, so
 * documents stay ascending within each word.
 */
export function freeze(base: FrozenPostings, pending: PendingPairs, termCount: number, remap: Int32Array): FrozenPostings {
  const count = new Uint32Array(termCount);
  const keep = (posting: number): boolean => remap[docOf(posting)]! >= 0;
  for (let t = 0; t < base.count.length; t++) {
    const from = base.start[t]!;
    for (let i = from; i < from + base.count[t]!; i++) if (keep(base.postings[i]!)) count[t]!++;
  }
  for (let i = 0; i < pending.length; i++) if (keep(pending.postings[i]!)) count[pending.terms[i]!]!++;
  const start = new Uint32Array(termCount);
  let total = 0;
  for (let t = 0; t < termCount; t++) {
    start[t] = total;
    total += count[t]!;
  }
  const postings = new Uint32Array(total);
  const cursor = start.slice();
  const place = (term: number, posting: number): void => {
    const doc = remap[docOf(posting)]!;
    if (doc >= 0) postings[cursor[term]!++] = pack(doc, countOf(posting));
  };
  for (let t = 0; t < base.count.length; t++) {
    const from = base.start[t]!;
    for (let i = from; i < from + base.count[t]!; i++) place(t, base.postings[i]!);
  }
  for (let i = 0; i < pending.length; i++) place(pending.terms[i]!, pending.postings[i]!);
  return { start, count, postings };
}

/**
 * Appends the postings of another index (its words renumbered by `termMap`, its documents
 * by `docMap`) to frozen postings. Every added document comes after the existing ones, so
 * documents stay ascending within each word.
 */
export function appendFrozen(base: FrozenPostings, termCount: number, added: FrozenPostings, termMap: Uint32Array, docMap: Uint32Array): FrozenPostings {
  const count = new Uint32Array(termCount);
  count.set(base.count);
  for (let t = 0; t < added.count.length; t++) count[termMap[t]!]! += added.count[t]!;
  const start = new Uint32Array(termCount);
  let total = 0;
  for (let t = 0; t < termCount; t++) {
    start[t] = total;
    total += count[t]!;
  }
  const postings = new Uint32Array(total);
  for (let t = 0; t < base.count.length; t++) {
    postings.set(base.postings.subarray(base.start[t]!, base.start[t]! + base.count[t]!), start[t]!);
  }
  for (let t = 0; t < added.count.length; t++) {
    const term = termMap[t]!;
    let at = start[term]! + (base.count[term] ?? 0);
    const from = added.start[t]!;
    for (let i = from; i < from + added.count[t]!; i++) {
      const posting = added.postings[i]!;
      postings[at++] = pack(docMap[docOf(posting)]!, countOf(posting));
    }
  }
  return { start, count, postings };
}
