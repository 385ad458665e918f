import { entryText, type FieldEntries, type FieldEntry, type ListItem } from './field-entries';

export type FieldPiece = { kind: 'text'; text: string } | { kind: 'conflict'; key: string; base: string | null; mine: string | null; theirs: string | null };

export interface FieldMerge {
  pieces: FieldPiece[];
  fromMine: string[];
  fromTheirs: string[];
  listsJoined: string[];
}

type Pick = 'mine' | 'theirs' | 'conflict';

/** The classic three-way rule on one value: a side that left it as it was yields to the other. */
export function pick3<T>(base: T, mine: T, theirs: T, equal: (a: T, b: T) => boolean = Object.is): Pick {
  if (equal(mine, theirs)) return 'mine';
  if (equal(base, mine)) return 'theirs';
  if (equal(base, theirs)) return 'mine';
  return 'conflict';
}

/**
 * Mine's order, with what only theirs has placed after the item it follows there (and after
 * the items mine added at that same place, so both additions keep their own order).
 */
export function mergeOrder<T>(mine: T[], theirs: T[], base: T[], present: (item: T) => boolean = () => true): T[] {
  const order = [...mine];
  const inBase = new Set(base);
  const inTheirs = new Set(theirs);
  const mineOnly = (item: T) => !inBase.has(item) && !inTheirs.has(item);
  theirs.forEach((item, index) => {
    if (order.includes(item) || !present(item)) return;
    let at = 0;
    for (let j = index - 1; j >= 0; j--) {
      const found = order.indexOf(theirs[j]!);
      if (found !== -1) {
        at = found + 1;
        break;
      }
    }
    while (at < order.length && mineOnly(order[at]!)) at++;
    order.splice(at, 0, item);
  });
  return order;
}

const keysOf = (e: FieldEntries) => e.entries.map((entry) => entry.key);

/**
 * The order of the merged fields: mine's, unless only theirs moved fields around (then
 * theirs'); null when both moved the fields they share differently, which a field-by-field
 * merge cannot show.
 */
function fieldOrder(base: string[], mine: string[], theirs: string[]): string[] | null {
  const shared = (keys: string[]) => keys.filter((k) => base.includes(k) && mine.includes(k) && theirs.includes(k)).join('\n');
  const [b, m, t] = [shared(base), shared(mine), shared(theirs)];
  if (m === t || t === b) return mergeOrder(mine, theirs, base);
  if (m === b) return mergeOrder(theirs, mine, base);
  return null;
}

/**
 * Merges frontmatter field by field against the common ancestor: fields changed on one side
 * take that side's lines; fields changed on both sides to the same value are kept once; list
 * fields both sides added items to keep every item; anything else is a conflict for the writer.
 * Null when both sides reordered the fields differently (the caller merges the lines instead).
 */
export function mergeFields(base: FieldEntries, mine: FieldEntries, theirs: FieldEntries): FieldMerge | null {
  const order = fieldOrder(keysOf(base), keysOf(mine), keysOf(theirs));
  if (!order) return null;
  const byKey = (e: FieldEntries) => new Map(e.entries.map((entry) => [entry.key, entry]));
  const [b, m, t] = [byKey(base), byKey(mine), byKey(theirs)];
  const merge: FieldMerge = { pieces: [], fromMine: [], fromTheirs: [], listsJoined: [] };
  const text = (value: string) => {
    const last = merge.pieces[merge.pieces.length - 1];
    if (last?.kind === 'text') last.text += value;
    else if (value) merge.pieces.push({ kind: 'text', text: value });
  };

  for (const key of order) {
    const decided = decideField(b.get(key), m.get(key), t.get(key));
    if (decided.kind === 'conflict') {
      const side = (e: FieldEntry | undefined) => (e ? entryText(e) : null);
      merge.pieces.push({ kind: 'conflict', key, base: side(b.get(key)), mine: side(m.get(key)), theirs: side(t.get(key)) });
      continue;
    }
    text(decided.text);
    if (decided.from === 'mine') merge.fromMine.push(key);
    if (decided.from === 'theirs') merge.fromTheirs.push(key);
    if (decided.from === 'both') merge.listsJoined.push(key);
  }

  const tail = pick3(base.tail, mine.tail, theirs.tail);
  if (tail === 'conflict') merge.pieces.push({ kind: 'conflict', key: '', base: base.tail, mine: mine.tail, theirs: theirs.tail });
  else text(tail === 'mine' ? mine.tail : theirs.tail);
  return merge;
}

type Decision = { kind: 'text'; text: string; from: 'mine' | 'theirs' | 'both' | null } | { kind: 'conflict' };

function decideField(base: FieldEntry | undefined, mine: FieldEntry | undefined, theirs: FieldEntry | undefined): Decision {
  const whole = (e: FieldEntry | undefined) => (e ? entryText(e) : undefined);
  const take = (e: FieldEntry | undefined, from: 'mine' | 'theirs' | null): Decision => ({ kind: 'text', text: whole(e) ?? '', from });
  if (!mine || !theirs) {
    // Added or removed on one side: the whole field is the unit.
    const pick = pick3(whole(base), whole(mine), whole(theirs));
    if (pick === 'conflict') return { kind: 'conflict' };
    const changed = pick === 'mine' ? whole(mine) !== whole(base) : whole(theirs) !== whole(base);
    return take(pick === 'mine' ? mine : theirs, changed ? pick : null);
  }
  // Both have it: the comment lines above it and the field's own lines are merged apart.
  const trivia = pick3(base?.trivia, mine.trivia, theirs.trivia);
  let lines = pick3(base?.lines, mine.lines, theirs.lines);
  // Both changed it to the same value, written differently (quotes): one is enough.
  if (lines === 'conflict' && mine.value === theirs.value) lines = 'mine';
  if (trivia === 'conflict') return { kind: 'conflict' };
  const triviaText = trivia === 'mine' ? mine.trivia : theirs.trivia;
  if (lines !== 'conflict') {
    const chosen = lines === 'mine' ? mine : theirs;
    return { kind: 'text', text: triviaText + chosen.lines, from: chosen.lines !== base?.lines ? lines : null };
  }
  const joined = joinLists(base, mine, theirs);
  return joined === null ? { kind: 'conflict' } : { kind: 'text', text: triviaText + joined, from: 'both' };
}

/**
 * Both sides changed a block list (tags): keep the base items neither removed, every item either
 * added (each line as its side wrote it, indented like mine), in mine's order with theirs' new
 * items after the item they follow there.
 */
function joinLists(base: FieldEntry | undefined, mine: FieldEntry, theirs: FieldEntry): string | null {
  if (!mine.list || !theirs.list) return null;
  const header = (e: FieldEntry) => e.lines.slice(0, e.lines.indexOf('\n') + 1);
  if (header(mine) !== header(theirs)) return null;
  let baseValues: string[] = [];
  if (base) {
    if (base.list) baseValues = base.list.map((i) => i.value);
    else if (base.value !== 'null' && base.value !== '[]') return null;
  }
  const values = (items: ListItem[]) => items.map((i) => i.value);
  for (const list of [baseValues, values(mine.list), values(theirs.list)]) if (new Set(list).size !== list.length) return null;
  const theirValues = new Set(values(theirs.list));
  const inBase = new Set(baseValues);
  const indent = /^\s*/.exec(mine.list[0]!.line)![0];
  const lines = new Map<string, string>();
  for (const item of theirs.list) lines.set(item.value, item.line.replace(/^\s*/, indent));
  for (const item of mine.list) lines.set(item.value, item.line);
  // Items a side removed from the base stay removed; every added item is kept.
  const keep = (value: string) => !inBase.has(value) || theirValues.has(value);
  const result = mergeOrder(values(mine.list), values(theirs.list), baseValues, (v) => !inBase.has(v))
    .filter(keep)
    .map((value) => ({ value, line: lines.get(value)! }));
  if (result.length === 0) return null;
  return header(mine) + result.map((i) => i.line).join('');
}
