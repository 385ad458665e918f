/**
 * Test and bench support: files a hostile site folder may hold, as a cloned site, a pulled
 * commit or a pasted file would bring them. Not used by the app.
 */

/** The frontmatter of a post that satisfies the reference site's schema, for wrapping hostile parts. */
export const VALID_FIELDS = 'title: Hostile\npublishDate: 2024-05-05T00:00:00.000Z\nexcerpt: x\ncategory: Updates\nauthor: mage-os-team';

/**
 * A YAML alias bomb: `levels` levels of nine aliases each (nine levels: 431 bytes that
 * expand to 387 million strings).
 */
export function aliasBomb(levels: number): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]`);
  return lines.join('\n');
}

export function postWithAliasBomb(levels: number): string {
  return `---\n${VALID_FIELDS}\n${aliasBomb(levels)}\n---\n\nBody.\n`;
}

/** One string of `kib` KiB repeated through aliases `times` times. */
export function postWithRepeatedString(kib: number, times: number): string {
  return `---\n${VALID_FIELDS}\nbig: &big "${'x'.repeat(kib * 1024)}"\nlist: [${Array(times).fill('*big').join(', ')}]\n---\n\nBody.\n`;
}

/** Merge keys (`<<: *a`) that js-yaml bounds by count. */
export function postWithMergeBomb(keys: number): string {
  const lines = ['base: &base {a: 1, b: 2, c: 3}'];
  for (let i = 0; i < keys; i++) lines.push(`m${i}: {<<: *base, x: ${i}}`);
  return `---\n${VALID_FIELDS}\n${lines.join('\n')}\n---\n\nBody.\n`;
}

export function postWithDeepNesting(depth: number): string {
  return `---\n${VALID_FIELDS}\ndeep: ${'['.repeat(depth)}${']'.repeat(depth)}\n---\n\nBody.\n`;
}

/**
 * Frontmatter in a language fence that gray-matter's default engines evaluate (`eval`):
 * running it creates `marker`. Nothing may ever create it.
 */
export function postWithCodeFence(language: string, marker: string): string {
  const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;
  const object = `{ title: (function () { ${code}; return 'x'; })() }`;
  return `---${language}\n${language === 'json' ? '{"title": "x"}' : object}\n---\n\nBody.\n`;
}

/** js-yaml 3's unsafe tags, which js-yaml 4 does not know: they must stay data. */
export function postWithJsTags(marker: string): string {
  const code = `function () { require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); }`;
  return `---\n${VALID_FIELDS}\nrun: !!js/function "${code}"\nnothing: !!js/undefined ''\n---\n\nBody.\n`;
}

/** A post with `links` links to different pages that do not exist. */
export function postWithManyLinks(links: number): string {
  return `---\n${VALID_FIELDS}\n---\n\n${Array.from({ length: links }, (_, i) => `[page ${i}](/nowhere-${i})`).join('\n')}\n`;
}

/**
 * A list field of `count` tags that each hold an HTML entity and mis-decoded text: every one
 * is located and reported, which costs more than the list grows (20,000 take many seconds).
 */
export function postWithSuspiciousTags(count: number): string {
  const tags = Array.from({ length: count }, (_, i) => `  - "tag ${i} &amp; Ã©"`).join('\n');
  return `---\n${VALID_FIELDS}\ntags:\n${tags}\n---\n\nBody.\n`;
}
