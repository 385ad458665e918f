import fc from 'fast-check';
import { load } from 'js-yaml';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { frontmatterText, getBody, removeField, setBody, setField } from './index';

/** One generated `key: value` entry: its source lines (without line breaks). */
interface Entry {
  key: string;
  lines: string[];
}

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
const textChars = fc.constantFrom(...'abc XYZ 019 :#\'"-,.[]{}&*!|>%@`\\/?é—“”ü漢😀\t'.split(''));
const anyText = fc.oneof(fc.string({ unit: textChars, maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 12 }));
const comment = fc.oneof(fc.constant(''), word.map((w) => ` # ${w}`));
const separator = fc.constantFrom(': ', ': ', ':  ', ':\t');

const plainEntry = fc.tuple(separator, word, word, comment).map(([sep, a, b, c]) => [`${sep}v${a} ${b}${c}`]);
const singleQuoted = fc.tuple(separator, anyText, comment).map(([sep, s, c]) => [`${sep}'${s.replace(/'/g, "''").replace(/\s+$/, '')}'${c}`]);
const doubleQuoted = fc.tuple(separator, anyText, comment).map(([sep, s, c]) => [`${sep}${JSON.stringify(s)}${c}`]);
const numberOrBool = fc.tuple(fc.oneof(fc.integer().map(String), fc.constantFrom('true', 'false', '1.5', '-0.25')), comment).map(([v, c]) => [`: ${v}${c}`]);
const date = fc
  .tuple(fc.constantFrom('2024-01-02', '2023-09-30T00:00:00.000Z', '2026-01-19T20:55:00'), fc.constantFrom('', "'", '"'))
  .map(([d, q]) => [`: ${q}${d}${q}`]);
const blockScalar = fc
  .tuple(fc.constantFrom('|', '|-', '>', '>-'), fc.array(word.map((w) => `${w} : # x`), { minLength: 1, maxLength: 3 }))
  .map(([header, content]) => [`: ${header}`, ...content.map((l) => `  ${l}`)]);
const flowList = fc.array(fc.oneof(word.map((w) => `w${w}`), word.map((w) => `'${w} x'`), word.map((w) => `"${w}"`)), { maxLength: 3 }).map((items) => [`: [${items.join(', ')}]`]);
const blockList = fc
  .tuple(fc.constantFrom('', '  '), fc.array(fc.oneof(word.map((w) => `w${w}`), word.map((w) => `"${w}: x"`)), { minLength: 1, maxLength: 3 }))
  .map(([indent, items]) => [':', ...items.map((i) => `${indent}- ${i}`)]);
const nested = fc
  .uniqueArray(word, { minLength: 1, maxLength: 3 })
  .chain((keys) => fc.tuple(fc.constant(keys), fc.array(fc.oneof(plainEntry, doubleQuoted), { minLength: keys.length, maxLength: keys.length })))
  .map(([keys, values]) => [':', ...keys.map((k, i) => `  n${k}${values[i]![0]}`)]);
const emptyValue = fc.constant([':']);

const entryValue = fc.oneof(plainEntry, singleQuoted, doubleQuoted, numberOrBool, date, blockScalar, flowList, blockList, nested, emptyValue);
const gap = fc.array(fc.oneof(fc.constant(''), word.map((w) => `# note ${w}`)), { maxLength: 2 });

const document = fc
  .record({
    keys: fc.uniqueArray(word, { minLength: 1, maxLength: 6 }),
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
    openTrailing: fc.constantFrom('', '  ', '\t'),
    body: fc.oneof(fc.constant(''), fc.string({ maxLength: 40 }), fc.constant('\n# Heading\n\ntext without final newline')),
  })
  .chain((d) =>
    fc.record({
      doc: fc.constant(d),
      entries: fc.tuple(...d.keys.map((k) => fc.tuple(gap, entryValue).map(([g, v]) => ({ gap: g, entry: { key: `k${k}`, lines: [`k${k}${v[0]}`, ...v.slice(1)] } as Entry })))),
    }),
  )
  .map(({ doc, entries }) => {
    const { eol } = doc;
    let text = `${doc.bom ? '\uFEFF' : ''}---${doc.openTrailing}${eol}`;
    const ranges: { key: string; start: number; end: number }[] = [];
    for (const { gap: g, entry } of entries) {
      text += g.map((l) => l + eol).join('');
      const start = text.length;
      text += entry.lines.map((l) => l + eol).join('');
      ranges.push({ key: entry.key, start, end: text.length });
    }
    text += `---${eol}${doc.body}`;
    return { text, ranges };
  })
  .filter(({ text }) => {
    try {
      const data = load(frontmatterText(text));
      return typeof data === 'object' && data !== null;
    } catch {
      return false;
    }
  });

const fields = (text: string) => (load(frontmatterText(text)) ?? {}) as Record<string, unknown>;
const without = (data: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(data).filter(([k]) => k !== key));
const newValue = fc.oneof(anyText, fc.integer(), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

describe('round-trip property over generated frontmatter (comments, quotes, block scalars, CRLF, BOM)', () => {
  it('an unchanged round-trip is byte-identical', () => {
    fc.assert(
      fc.property(document, ({ text }) => {
        let saved = setBody(text, getBody(text));
        for (const [key, value] of Object.entries(fields(text))) saved = setField(saved, key, value as never);
        expect(saved).toBe(text);
      }),
      RUNS,
    );
  });

  it('setting one key changes only that key’s lines and reads back as the new value', () => {
    fc.assert(
      fc.property(document, fc.nat(), newValue, ({ text, ranges }, pick, value) => {
        const { key, start, end } = ranges[pick % ranges.length]!;
        const after = setField(text, key, value);
        expect(after.startsWith(text.slice(0, start))).toBe(true);
        expect(after.endsWith(text.slice(end))).toBe(true);
        const before = fields(text);
        const data = fields(after);
        // '' clears the field (the key goes), unless the file already holds '' (no change at all).
        if (value === '' && before[key] !== '') expect(key in data).toBe(false);
        else if (value === '') expect(after).toBe(text);
        else expect(data[key] === value || Object.is(data[key], value) || (value === 0 && data[key] === 0)).toBe(true);
        expect(isDeepStrictEqual(without(data, key), without(before, key))).toBe(true);
      }),
      RUNS,
    );
  });

  it('removing a key removes exactly its lines', () => {
    fc.assert(
      fc.property(document, fc.nat(), ({ text, ranges }, pick) => {
        const { key, start, end } = ranges[pick % ranges.length]!;
        expect(removeField(text, key)).toBe(text.slice(0, start) + text.slice(end));
      }),
      RUNS,
    );
  });

  it('a new key is inserted whole between existing lines, in the given order', () => {
    fc.assert(
      fc.property(document, fc.nat(), newValue, ({ text, ranges }, pick, value) => {
        fc.pre(value !== '');
        const keys = ranges.map((r) => r.key);
        const at = pick % (keys.length + 1);
        const order = [...keys.slice(0, at), 'added', ...keys.slice(at)];
        const after = setField(text, 'added', value, { order });
        const data = fields(after);
        expect(data.added === value || Object.is(data.added, value)).toBe(true);
        expect(Object.keys(data)).toEqual(Object.keys(fields(text)).length === keys.length ? order : expect.any(Array));
        // Every original byte is still there, in one piece before and one piece after the insertion.
        let prefix = 0;
        while (prefix < text.length && text[prefix] === after[prefix]) prefix += 1;
        expect(after.endsWith(text.slice(prefix))).toBe(true);
      }),
      RUNS,
    );
  });
});
