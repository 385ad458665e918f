import { describe, expect, it } from 'vitest';
import type { FieldInfo } from '../../shared/site-model';
import { FieldLocator } from './field-locator';
import { bodyMojibakeDiagnostics, findMojibake, frontmatterTextDiagnostics } from './text-rules';

const field = (name: string, kind: FieldInfo['kind'], label = name): FieldInfo => ({ name, label, kind, required: false, cmsRequired: false });

describe('mis-decoded text (UTF-8 read as Windows-1252)', () => {
  it('finds and repairs the usual sequences', () => {
    expect(findMojibake('And Moreâ€¦')).toMatchObject({ found: 'â€¦', repaired: '…' });
    expect(findMojibake('Itâ€™s here')).toMatchObject({ found: 'â€™', repaired: '’' });
    expect(findMojibake('cafÃ©')).toMatchObject({ found: 'Ã©', repaired: 'é' });
  });

  it('leaves genuine accented text alone', () => {
    for (const text of ['Würzburg', 'São Paulo', 'Âge d’or', 'naïve café', 'Gruß”', 'â la carte']) {
      expect(findMojibake(text), text).toBeUndefined();
    }
  });

  it('reports body lines once each, at the right line and column', () => {
    const body = 'Fine line\nAnd Moreâ€¦ and â€œquotesâ€\n';
    expect(bodyMojibakeDiagnostics('a.md', body, 10)).toMatchObject([{ line: 11, column: 9, rule: 'mojibake', severity: 'warning' }]);
  });
});

describe('HTML entities in plain-text fields', () => {
  const matter = "\ntitle: 'A &amp; B'\nexcerpt: 'x&#8217;s'\nbody: '&amp;'\n";
  const fields = [field('title', 'string', 'Title'), field('excerpt', 'text', 'Excerpt'), field('body', 'markdown', 'Body')];
  const data = { title: 'A &amp; B', excerpt: 'x&#8217;s', body: '&amp;' };

  it('warns for string and text fields, not markdown ones, and names the character to write', () => {
    const found = frontmatterTextDiagnostics('a.md', fields, data, new FieldLocator(matter, fields));
    expect(found.map((d) => [d.field, d.line, d.column, d.message])).toEqual([
      ['title', 2, 11, 'Title: the HTML entity "&amp;" is shown literally on the site; write "&" instead'],
      ['excerpt', 3, 12, 'Excerpt: the HTML entity "&#8217;" is shown literally on the site; write "’" instead'],
    ]);
  });

  it('does not take an ampersand in plain words for an entity', () => {
    const plain = { title: 'Fish & chips; R&D' };
    expect(frontmatterTextDiagnostics('a.md', fields, plain, new FieldLocator('\ntitle: x\n', fields))).toEqual([]);
  });
});
