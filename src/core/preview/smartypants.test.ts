import fc from 'fast-check';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkSmartypantsFast } from './smartypants';

/** The faster SmartyPants must change text exactly as remark-smartypants (Astro's) does. */
function run(plugin: typeof remarkSmartypantsFast, markdown: string): string {
  const processor = unified().use(remarkParse).use(plugin as never).use(remarkStringify);
  return String(processor.processSync(markdown));
}

const pieces = ['"', "'", '--', '---', '...', '. . .', '``', "''", ' ', '\n', '\n\n', 'word', 'it\'s', '80s', '*em*', '`code`', '(', ')', '.', ',', '# ', '- ', '|', '[link](/x)'];

describe('fast SmartyPants', () => {
  it('matches remark-smartypants on typographic soup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const markdown = parts.join('');
        expect(run(remarkSmartypantsFast, markdown)).toBe(run(remarkSmartypants as never, markdown));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
