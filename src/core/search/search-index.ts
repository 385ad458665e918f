import { appendFrozen, countOf, docOf, emptyFrozen, freeze, pack, PendingPairs, type FrozenPostings } from './postings';
import { forEachWord, words } from './tokenize';
import { Vocabulary } from './vocabulary';

export interface SearchHit {
  file: string;
  score: number;
}

export interface SearchResult {
  /** Indexed words the query matched (for highlighting), and the prefix its last word was read as. */
  terms: string[];
  prefix: string | null;
  /** Best first. */
  hits: SearchHit[];
}

/** What a snapshot holds: enough to rebuild the index without reading a single post. */
export interface SearchSnapshot {
  files: string[];
  words: string[];
  titleLength: Uint32Array;
  textLength: Uint32Array;
  title: FrozenPostings;
  text: FrozenPostings;
}

const TITLE_WEIGHT = 3;
const PREFIX_WEIGHT = 0.7;
const MAX_EXPANSIONS = 64;
/** Pending pairs merged into the frozen postings past this many. */
const FREEZE_AT = 250_000;
const K1 = 1.2;
const B = 0.75;

class Field {
  frozen: FrozenPostings = emptyFrozen();
  readonly pending = new PendingPairs();
  lengths: Uint32Array = new Uint32Array(1024);
  total = 0;
}

function grown(array: Uint32Array, size: number): Uint32Array {
  if (size <= array.length) return array;
  const next = new Uint32Array(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/**
 * Full-text search over titles and text, ranked with BM25 (a title match weighs three
 * times a text match), every query word required, the last one also read as a prefix
 * (search as you type). Replacing or removing a post marks its old number dead; dead
 * postings are dropped when pending ones are merged.
 */
export class SearchIndex {
  private files: Array<string | null> = [];
  private readonly docOfFile = new Map<string, number>();
  private readonly vocabulary = new Vocabulary();
  private readonly title = new Field();
  private readonly text = new Field();
  private dead = 0;
  /** Per word number, its count in the field being added (zeroed again after each field). */
  private counts: Uint32Array = new Uint32Array(4096);

  /** `freezeAt`: pending postings merged past this many (a bulk build merges once, at the end). */
  constructor(private readonly freezeAt = FREEZE_AT) {}

  get size(): number {
    return this.docOfFile.size;
  }

  has(file: string): boolean {
    return this.docOfFile.has(file);
  }

  /** Adds a post, or replaces what was indexed for it. */
  add(file: string, title: string, text: string): void {
    this.remove(file);
    const doc = this.files.length;
    this.files.push(file);
    this.docOfFile.set(file, doc);
    this.addField(this.title, doc, title);
    this.addField(this.text, doc, text);
    if (this.text.pending.length + this.title.pending.length > this.freezeAt) this.compact();
  }

  remove(file: string): void {
    const doc = this.docOfFile.get(file);
    if (doc === undefined) return;
    this.docOfFile.delete(file);
    this.files[doc] = null;
    this.title.total -= this.title.lengths[doc]!;
    this.text.total -= this.text.lengths[doc]!;
    this.dead++;
    if (this.dead > 1000 && this.dead > this.docOfFile.size / 4) this.compact();
  }

  private addField(field: Field, doc: number, content: string): void {
    const touched: number[] = [];
    let length = 0;
    forEachWord(content, (word) => {
      length++;
      const term = this.vocabulary.idOf(word);
      if (term >= this.counts.length) this.counts = grown(this.counts, term + 1);
      if (this.counts[term] === 0) touched.push(term);
      this.counts[term]!++;
    });
    for (const term of touched) {
      field.pending.push(term, pack(doc, this.counts[term]!));
      this.counts[term] = 0;
    }
    field.lengths = grown(field.lengths, doc + 1);
    field.lengths[doc] = length;
    field.total += length;
  }

  /** Takes in the posts of another index's snapshot (a worker's), replacing any already here. */
  absorb(snapshot: SearchSnapshot): void {
    for (const file of snapshot.files) this.remove(file);
    this.compact();
    const termMap = Uint32Array.from(snapshot.words, (word) => this.vocabulary.idOf(word));
    const docMap = new Uint32Array(snapshot.files.length);
    snapshot.files.forEach((file, d) => {
      const doc = this.files.length;
      this.files.push(file);
      this.docOfFile.set(file, doc);
      docMap[d] = doc;
    });
    for (const [field, frozen, lengths] of [
      [this.title, snapshot.title, snapshot.titleLength],
      [this.text, snapshot.text, snapshot.textLength],
    ] as const) {
      const base = this.files.length - snapshot.files.length;
      field.lengths = grown(field.lengths, this.files.length);
      field.lengths.set(lengths, base);
      field.total += lengths.reduce((sum, n) => sum + n, 0);
      field.frozen = appendFrozen(field.frozen, this.vocabulary.size, frozen, termMap, docMap);
    }
  }

  /** Merges pending postings and drops dead posts (numbers are reassigned). */
  compact(): void {
    // An index read from the cache and not changed since has nothing to merge.
    if (this.dead === 0 && this.title.pending.length === 0 && this.text.pending.length === 0) return;
    const remap = new Int32Array(this.files.length).fill(-1);
    const files: string[] = [];
    for (let doc = 0; doc < this.files.length; doc++) {
      const file = this.files[doc];
      if (file == null) continue;
      remap[doc] = files.length;
      files.push(file);
    }
    for (const field of [this.title, this.text]) {
      field.frozen = freeze(field.frozen, field.pending, this.vocabulary.size, remap);
      field.pending.clear();
      const lengths = new Uint32Array(Math.max(1024, files.length));
      for (let doc = 0; doc < remap.length; doc++) if (remap[doc]! >= 0) lengths[remap[doc]!] = field.lengths[doc]!;
      field.lengths = lengths;
    }
    this.files = files;
    files.forEach((file, doc) => this.docOfFile.set(file, doc));
    this.dead = 0;
  }

  search(query: string): SearchResult {
    const tokens = words(query);
    if (tokens.length === 0 || this.size === 0) return { terms: [], prefix: null, hits: [] };
    const last = tokens.length - 1;
    const prefix = tokens[last]!.length >= 2 ? tokens[last]! : null;
    // Each query word's indexed words, with their weight: the word itself, and for the last one its completions.
    const expansions = tokens.map((token, i) => {
      const out: Array<{ term: number; weight: number }> = [];
      const exact = this.vocabulary.find(token);
      if (exact !== undefined) out.push({ term: exact, weight: 1 });
      if (i === last && prefix) {
        const completions = this.vocabulary.withPrefix(prefix).filter((t) => t !== exact);
        completions.sort((a, b) => this.frequency(b) - this.frequency(a));
        for (const term of completions.slice(0, MAX_EXPANSIONS)) out.push({ term, weight: PREFIX_WEIGHT });
      }
      return out;
    });
    if (expansions.some((e) => e.length === 0)) return { terms: [], prefix, hits: [] };

    const docs = this.files.length;
    const total = new Float64Array(docs);
    const matched = new Uint16Array(docs);
    const best = new Float64Array(docs);
    const current = new Float64Array(docs);
    const usedTerms = new Set<number>();
    expansions.forEach((list, token) => {
      const touched: number[] = [];
      for (const { term, weight } of list) {
        const reached: number[] = [];
        this.scoreTerm(this.title, term, weight * TITLE_WEIGHT, current, reached);
        this.scoreTerm(this.text, term, weight, current, reached);
        if (reached.length) usedTerms.add(term);
        for (const doc of reached) {
          if (current[doc] === 0) continue;
          if (best[doc] === 0) touched.push(doc);
          if (current[doc]! > best[doc]!) best[doc] = current[doc]!;
          current[doc] = 0;
        }
      }
      for (const doc of touched) {
        if (matched[doc] === token) {
          matched[doc] = token + 1;
          total[doc]! += best[doc]!;
        }
        best[doc] = 0;
      }
    });
    const hits: SearchHit[] = [];
    for (let doc = 0; doc < docs; doc++) {
      const file = this.files[doc];
      if (matched[doc] === tokens.length && file != null) hits.push({ file, score: total[doc]! });
    }
    hits.sort((a, b) => b.score - a.score || (a.file < b.file ? -1 : 1));
    return { terms: [...usedTerms].map((t) => this.vocabulary.word(t)), prefix, hits };
  }

  private frequency(term: number): number {
    return (this.text.frozen.count[term] ?? 0) + this.text.pending.of(term).length;
  }

  /** Adds the BM25 score of `term` in `field` to `scores`, for every live post that has it. */
  private scoreTerm(field: Field, term: number, weight: number, scores: Float64Array, reached: number[]): void {
    const live = this.size;
    const average = field.total / live || 1;
    const { frozen } = field;
    const pending = field.pending.of(term);
    const from = frozen.start[term] ?? 0;
    const to = from + (frozen.count[term] ?? 0);
    // Counted over live posts only, so a removed post no longer weighs on the ranking.
    let df = 0;
    for (let i = from; i < to; i++) if (this.files[docOf(frozen.postings[i]!)] != null) df++;
    for (const posting of pending) if (this.files[docOf(posting)] != null) df++;
    if (df === 0) return;
    const idf = Math.log(1 + (live - df + 0.5) / (df + 0.5));
    const add = (posting: number): void => {
      const doc = docOf(posting);
      if (this.files[doc] == null) return;
      const count = countOf(posting);
      const norm = K1 * (1 - B + (B * field.lengths[doc]!) / average);
      if (scores[doc] === 0) reached.push(doc);
      scores[doc]! += weight * idf * ((count * (K1 + 1)) / (count + norm));
    };
    for (let i = from; i < to; i++) add(frozen.postings[i]!);
    for (const posting of pending) add(posting);
  }

  snapshot(): SearchSnapshot {
    this.compact();
    const size = this.files.length;
    return {
      files: this.files as string[],
      words: this.vocabulary.words(),
      titleLength: this.title.lengths.slice(0, size),
      textLength: this.text.lengths.slice(0, size),
      title: this.title.frozen,
      text: this.text.frozen,
    };
  }

  /** Rebuilds an index from a snapshot; throws when its parts do not fit together. */
  static fromSnapshot(snapshot: SearchSnapshot): SearchIndex {
    const index = new SearchIndex();
    const docs = snapshot.files.length;
    const terms = snapshot.words.length;
    for (const [name, postings, lengths] of [
      ['title', snapshot.title, snapshot.titleLength],
      ['text', snapshot.text, snapshot.textLength],
    ] as const) {
      if (postings.start.length !== terms || postings.count.length !== terms || lengths.length !== docs) {
        throw new Error(`the ${name} postings do not match the word list`);
      }
      for (let t = 0; t < terms; t++) {
        if (postings.start[t]! + postings.count[t]! > postings.postings.length) throw new Error(`the ${name} postings are cut short`);
      }
      for (const posting of postings.postings) if (docOf(posting) >= docs) throw new Error(`a ${name} posting names no post`);
    }
    snapshot.words.forEach((word) => index.vocabulary.idOf(word));
    if (index.vocabulary.size !== terms) throw new Error('the word list repeats a word');
    snapshot.files.forEach((file, doc) => {
      if (index.docOfFile.has(file)) throw new Error(`${file} is indexed twice`);
      index.docOfFile.set(file, doc);
    });
    index.files = snapshot.files.slice();
    for (const [field, postings, lengths] of [
      [index.title, snapshot.title, snapshot.titleLength],
      [index.text, snapshot.text, snapshot.textLength],
    ] as const) {
      field.frozen = postings;
      field.lengths = grown(lengths.slice(), 1024);
      field.total = lengths.reduce((sum, n) => sum + n, 0);
    }
    return index;
  }
}

/** The buffers of a snapshot, to move it to another thread without copying. */
export function snapshotTransfer(snapshot: SearchSnapshot): ArrayBuffer[] {
  const arrays = [snapshot.titleLength, snapshot.textLength, snapshot.title.start, snapshot.title.count, snapshot.title.postings, snapshot.text.start, snapshot.text.count, snapshot.text.postings];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
