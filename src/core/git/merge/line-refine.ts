import { diffSequences } from '../myers';

/** Lines base[start, end) replaced by `lines` (an insertion when start === end). */
interface Region {
  start: number;
  end: number;
  lines: string[];
}

function regionsOf(base: readonly string[], side: readonly string[]): Region[] {
  const regions: Region[] = [];
  let open: Region | null = null;
  for (const edit of diffSequences(base, side)) {
    if (edit.kind === 'equal') {
      if (open) regions.push(open);
      open = null;
      continue;
    }
    open ??= { start: edit.aStart, end: edit.aStart, lines: [] };
    if (edit.kind === 'delete') open.end = edit.aStart + edit.length;
    else open.lines.push(...side.slice(edit.bStart, edit.bStart + edit.length));
  }
  if (open) regions.push(open);
  return regions;
}

const same = (a: Region, b: Region) => a.start === b.start && a.end === b.end && a.lines.length === b.lines.length && a.lines.every((l, i) => l === b.lines[i]);

/** Two edits collide when they change a common base line, or insert at the same place. */
function collide(a: Region, b: Region): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/**
 * Git stops when two edits touch neighbouring lines, even when they change different lines.
 * This applies both sides' edits when no base line is changed by both (and they do not insert
 * at the same place); otherwise it returns null and the place stays a conflict.
 */
export function mergeSeparateEdits(base: readonly string[], mine: readonly string[], theirs: readonly string[]): string[] | null {
  const fromMine = regionsOf(base, mine);
  const fromTheirs = regionsOf(base, theirs).filter((t) => !fromMine.some((m) => same(m, t)));
  for (const m of fromMine) for (const t of fromTheirs) if (collide(m, t)) return null;
  // Insertions before replacements at the same line, so an insertion lands above the line it precedes.
  const all = [...fromMine, ...fromTheirs].sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start));
  const out: string[] = [];
  let pos = 0;
  for (const region of all) {
    out.push(...base.slice(pos, region.start), ...region.lines);
    pos = region.end;
  }
  out.push(...base.slice(pos));
  return out;
}
