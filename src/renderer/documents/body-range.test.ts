import { describe, expect, it } from 'vitest';
import { bodyOpensFrontmatter, editorStart } from './body-range';

describe('the part of a post the editor shows', () => {
  const text = '---\ntitle: A\n---\n\nBody line\n';

  it('is the body in the Fields view and the whole file in the Source view', () => {
    expect(text.slice(editorStart(text, false))).toBe('\nBody line\n');
    expect(text.slice(editorStart(text, true))).toBe(text);
  });

  it('keeps CRLF line endings and leaves the byte order mark out', () => {
    const crlf = '\uFEFF---\r\ntitle: A\r\n---  \r\nBody\r\n';
    expect(crlf.slice(editorStart(crlf, false))).toBe('Body\r\n');
    expect(crlf.slice(editorStart(crlf, true))).toBe(crlf.slice(1));
  });

  it('is everything without frontmatter, and everything when the frontmatter is not closed', () => {
    expect(editorStart('Just text', false)).toBe(0);
    expect(editorStart('---\ntitle: A\n\nBody', false)).toBe(0);
    expect(editorStart('---\na: 1\n---', false)).toBe('---\na: 1\n---'.length);
  });
});

describe('a body that starts a frontmatter', () => {
  it('is one whose first line is --- in a post that had none', () => {
    expect(bodyOpensFrontmatter('', '---\ntitle: x\n')).toBe(true);
    expect(bodyOpensFrontmatter('\uFEFF', '---\ntitle: x\n---\n')).toBe(true);
    expect(bodyOpensFrontmatter('', '----\nA thematic break above')).toBe(false);
    expect(bodyOpensFrontmatter('---\na: 1\n---\n', '---\nA rule in the body')).toBe(false);
  });
});
