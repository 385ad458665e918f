import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { FrontmatterSyntaxError, UneditableFrontmatterError, frontmatterText, getBody, locateField, parseSource, readFields, removeField, setBody, setField } from './index';

const read = (text: string) => load(frontmatterText(text)) as Record<string, unknown>;

describe('file shapes are kept on save', () => {
  const crlf = "\uFEFF---  \r\ntitle: 'Hello'\r\n# the date\r\npublishDate: \"2024-01-02T00:00:00.000Z\"\r\n\r\ntags: [a, 'b c']\r\n---\t\r\nBody\r\nno final newline";

  it('CRLF, BOM, `---` with trailing blanks and a body without final newline survive an edit', () => {
    const after = setField(crlf, 'title', 'Bye');
    expect(after).toBe(crlf.replace("title: 'Hello'", "title: 'Bye'"));
  });

  it('a new key in a CRLF file uses CRLF', () => {
    const after = setField(crlf, 'draft', true, { order: ['title', 'draft', 'publishDate'] });
    expect(after).toContain("title: 'Hello'\r\ndraft: true\r\n# the date\r\n");
  });

  it('a tab after the colon stays', () => {
    expect(setField('---\na:\tx # c\nb: 1\n---\n', 'a', 'y')).toBe('---\na:\ty # c\nb: 1\n---\n');
  });

  it('the body is replaced as a range, never re-serialised', () => {
    expect(setBody(crlf, 'New *body*\n')).toBe(crlf.slice(0, crlf.indexOf('Body')) + 'New *body*\n');
    expect(getBody(crlf)).toBe('Body\r\nno final newline');
    const parts = parseSource(crlf);
    expect(parts.bom).toBe('\uFEFF');
    expect(parts.eol).toBe('\r\n');
  });

  it('a file without frontmatter gets one in its own line ending', () => {
    expect(setField('Body\r\n', 'title', 'T')).toBe('---\r\ntitle: T\r\n---\r\nBody\r\n');
    expect(setBody('plain text', 'other')).toBe('other');
  });
});

describe('changed values keep the quote style', () => {
  const text = "---\nplain: hello\nsingle: 'hello'\ndouble: \"hello\"\nblock: |\n  one\n  two\n---\n";

  it('plain stays plain unless the value needs quotes', () => {
    expect(setField(text, 'plain', 'world')).toContain('\nplain: world\n');
    expect(setField(text, 'plain', 'a: b')).toContain('\nplain: "a: b"\n');
    expect(setField(text, 'plain', '#tag')).toContain('\nplain: "#tag"\n');
    expect(setField(text, 'plain', '2024-01-01')).toContain('\nplain: "2024-01-01"\n');
  });

  it('single stays single, double stays double, block stays block', () => {
    expect(setField(text, 'single', "it's: #1")).toContain("\nsingle: 'it''s: #1'\n");
    expect(setField(text, 'double', 'say "hi"')).toContain('\ndouble: "say \\"hi\\""\n');
    expect(setField(text, 'block', 'three\nfour\n')).toContain('\nblock: |\n  three\n  four\n---');
    expect(read(setField(text, 'block', 'three\nfour\n')).block).toBe('three\nfour\n');
  });

  it('a value with a line break in a one-line style stays on one line', () => {
    const after = setField(text, 'single', 'a\nb');
    expect(after).toContain('\nsingle: "a\\nb"\n');
    expect(read(after).single).toBe('a\nb');
  });
});

describe('nested fields and lists', () => {
  const text = '---\ntitle: x\nmetadata:\n  title: SEO # keep\n  robots:\n    index: true\ntags:\n- a\n- b\nflow: [ a, b ]\n---\n';

  it('edits a nested key in place', () => {
    expect(setField(text, 'metadata.robots.index', false)).toBe(text.replace('index: true', 'index: false'));
  });

  it('adds a nested key with the group’s indentation', () => {
    expect(setField(text, 'metadata.description', 'D')).toContain('  title: SEO # keep\n  robots:\n    index: true\n  description: D\n');
  });

  it('removing the last key of a group removes the group', () => {
    expect(removeField(text, 'metadata.robots.index')).not.toContain('robots');
    expect(read(removeField(text, 'metadata.robots.index')).metadata).toEqual({ title: 'SEO' });
  });

  it('block lists keep their item indentation; flow lists keep brackets and padding', () => {
    expect(setField(text, 'tags', ['a', 'c', 'b'])).toContain('\ntags:\n- a\n- c\n- b\nflow');
    expect(setField(text, 'flow', ['b', 'c d'])).toContain('\nflow: [ b, c d ]\n');
  });

  it('a new list follows the file’s quote style', () => {
    const quoted = '---\ntitle: "x"\n---\n';
    expect(setField(quoted, 'tags', ['Updates'])).toBe('---\ntitle: "x"\ntags:\n  - "Updates"\n---\n');
  });

  it('edits inside a flow map go through the yaml Document API for that entry only', () => {
    const after = setField('---\na: 1 # one\nm: {x: 1}\n---\n', 'm.y', 'z');
    expect(after).toBe('---\na: 1 # one\nm: {x: 1, y: z}\n---\n');
  });
});

describe('reading fields', () => {
  it('reads values as Astro does and points at a field', () => {
    const text = '---\ntitle: T\nmetadata:\n  description: D\n---\n';
    expect(readFields(text).data).toEqual({ title: 'T', metadata: { description: 'D' } });
    expect(locateField(text, 'metadata.description')).toEqual({ line: 4, column: 3 });
  });

  it.each([
    ['no closing line', '---\ntitle: T\n\nBody\n', 1],
    ['a ---js fence', '---js\n{ title: "T" }\n---\nBody\n', 1],
    ['a !!js/function tag', '---\ntitle: T\nrun: !!js/function "function () {}"\n---\n', 3],
    ['a BOM and a duplicate key', '\uFEFF---\ntitle: T\ntitle: U\n---\n', 3],
  ])('refuses to change or remove a field of frontmatter it cannot read: %s', (_, text, line) => {
    for (const edit of [() => setField(text, 'title', 'New'), () => removeField(text, 'title')]) {
      let thrown: unknown;
      try {
        edit();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(UneditableFrontmatterError);
      expect((thrown as UneditableFrontmatterError).line).toBe(line);
      expect((thrown as Error).message).toMatch(/nothing was changed/);
    }
  });

  it('reads a file with a byte order mark like any other', () => {
    const text = '\uFEFF---\ntitle: T\n---\nBody\n';
    expect(readFields(text).data).toEqual({ title: 'T' });
    expect(setField(text, 'title', 'U')).toBe('\uFEFF---\ntitle: U\n---\nBody\n');
  });

  it('reports a YAML error with its line in the file and refuses to edit', () => {
    const text = '---\ntitle: T\nbad: [x\n---\n';
    expect(readFields(text).error?.line).toBeGreaterThanOrEqual(3);
    expect(() => setField(text, 'title', 'U')).toThrow(FrontmatterSyntaxError);
  });
});
