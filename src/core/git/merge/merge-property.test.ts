import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflictsOf, renderPlan, type MergePlan, type PieceChoice } from './merge-plan';
import { planPostMerge } from './post-merge';

/**
 * Properties of the structured merge on random edits by both sides, every line a unique word so
 * each change can be traced: whatever either side added is in the result or in a conflict, what
 * a side deleted is never kept silently, and nothing appears that no side wrote.
 */

type Op = { kind: 'replace' | 'delete' | 'insert'; at: number };

const opsArb = fc.array(fc.record({ kind: fc.constantFrom<Op['kind']>('replace', 'delete', 'insert'), at: fc.nat(40) }), { maxLength: 5 });

function applyOps(base: string[], ops: Op[], prefix: string): string[] {
  const out = base.map((line) => ({ line, fresh: false }));
  let n = 0;
  for (const op of ops) {
    if (out.length === 0 && op.kind !== 'insert') continue;
    const at = out.length === 0 ? 0 : op.at % out.length;
    if (op.kind === 'replace' && !out[at]!.fresh) out[at] = { line: `${prefix}${n++}`, fresh: true };
    else if (op.kind === 'delete' && !out[at]!.fresh) out.splice(at, 1);
    else if (op.kind === 'insert') out.splice(at, 0, { line: `${prefix}${n++}`, fresh: true });
  }
  return out.map((o) => o.line);
}

const words = (text: string) => new Set(text.split(/\s+/).filter((w) => /^[a-z]\d+$/.test(w)));
const textPieces = (plan: MergePlan) => plan.pieces.filter((p) => p.kind === 'text').map((p) => (p.kind === 'text' ? p.text : '')).join('');
const allBoth = (plan: MergePlan) => Object.fromEntries(conflictsOf(plan).map((c) => [c.id, { pick: c.canJoin ? 'both' : 'mine' } as PieceChoice]));

function check(plan: MergePlan, base: Set<string>, mine: Set<string>, theirs: Set<string>) {
  const clean = words(textPieces(plan));
  const shown = new Set(conflictsOf(plan).flatMap((c) => [...words(`${c.mine ?? ''} ${c.theirs ?? ''}`)]));
  for (const w of [...mine, ...theirs]) if (!base.has(w)) expect(clean.has(w) || shown.has(w), `added ${w} is lost`).toBe(true);
  for (const w of base) {
    const deleted = !mine.has(w) || !theirs.has(w);
    if (deleted) expect(clean.has(w), `deleted ${w} kept without asking`).toBe(false);
    else expect(clean.has(w) || shown.has(w), `kept ${w} is lost`).toBe(true);
  }
  const result = words(renderPlan(plan, allBoth(plan)).text);
  for (const w of result) expect(base.has(w) || mine.has(w) || theirs.has(w), `${w} came from nowhere`).toBe(true);
}

describe('structured merge properties', () => {
  it('body: every change of both sides is in the result or shown', async () => {
    const bodyArb = fc.array(fc.constantFrom('line', 'line', 'line', 'blank'), { minLength: 1, maxLength: 14 });
    await fc.assert(
      fc.asyncProperty(bodyArb, opsArb, opsArb, async (shape, mineOps, theirsOps) => {
        const base = shape.map((s, i) => (s === 'blank' ? '' : `b${i}`));
        const mine = applyOps(base, mineOps, 'm');
        const theirs = applyOps(base, theirsOps, 't');
        const body = (lines: string[]) => `---\ntitle: x\n---\n${lines.map((l) => `${l}\n`).join('')}`;
        const plan = await planPostMerge(body(base), body(mine), body(theirs));
        check(plan, words(base.join(' ')), words(mine.join(' ')), words(theirs.join(' ')));
      }),
      { numRuns: 60 },
    );
  });

  it('fields: every field either side changed, added or removed is in the result or shown', async () => {
    type FieldOp = { kind: 'set' | 'delete' | 'add'; at: number };
    const fieldOpsArb = fc.array(fc.record({ kind: fc.constantFrom<FieldOp['kind']>('set', 'delete', 'add'), at: fc.nat(20) }), { maxLength: 4 });
    const sideFields = (base: [string, string][], ops: FieldOp[], prefix: string): [string, string][] => {
      const out = base.map(([k, v]) => [k, v] as [string, string]);
      ops.forEach((op, n) => {
        if (op.kind === 'add') out.splice(out.length ? op.at % (out.length + 1) : 0, 0, [`k${prefix}${n}`, `${prefix}${n}`]);
        else if (out.length === 0) return;
        else if (op.kind === 'set') out[op.at % out.length]![1] = `${prefix}${n}`;
        else out.splice(op.at % out.length, 1);
      });
      return out;
    };
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 8 }), fieldOpsArb, fieldOpsArb, async (count, mineOps, theirsOps) => {
        const base = Array.from({ length: count }, (_, i) => [`key${i}`, `b${i}`] as [string, string]);
        const [mine, theirs] = [sideFields(base, mineOps, 'm'), sideFields(base, theirsOps, 't')];
        const text = (fields: [string, string][]) => `---\n${fields.map(([k, v]) => `${k}: ${v}\n`).join('')}---\nBody\n`;
        const plan = await planPostMerge(text(base), text(mine), text(theirs));
        const values = (fields: [string, string][]) => new Set(fields.map(([, v]) => v));
        check(plan, values(base), values(mine), values(theirs));
      }),
      { numRuns: 80 },
    );
  });
});
