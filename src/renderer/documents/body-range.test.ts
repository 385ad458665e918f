import { describe, expect, it } from 'vitest';
import { bodyStartLineOf, splitAtBody } from './body-range';

describe('splitting a post into the form part and the editor part', () => {
  const text = '---\ntitle: A\n---\n\nBody line\n';

  it('gives the editor everything from the body line on, untouched', () => {
    expect(splitAtBody(text, 4)).toEqual({ head: '---\ntitle: A\n---\n', body: '\nBody line\n' });
  });

  it('keeps CRLF line endings inside both parts', () => {
    const crlf = '---\r\ntitle: A\r\n---\r\nBody\r\n';
    const { head, body } = splitAtBody(crlf, 4);
    expect(head + body).toBe(crlf);
    expect(body).toBe('Body\r\n');
  });

  it('handles a file without frontmatter and a body line past the end', () => {
    expect(splitAtBody('Just text', 1)).toEqual({ head: '', body: 'Just text' });
    expect(splitAtBody('---\na: 1\n---', 4)).toEqual({ head: '---\na: 1\n---', body: '' });
  });
});

describe('finding where the body starts', () => {
  it('is the line after the closing fence, with a BOM, CRLF or trailing spaces', () => {
    expect(bodyStartLineOf('---\ntitle: A\n---\nBody')).toBe(4);
    expect(bodyStartLineOf('\uFEFF---\r\ntitle: A\r\n---  \r\nBody')).toBe(4);
  });
  it('is line 1 without frontmatter and past the end for an unclosed block', () => {
    expect(bodyStartLineOf('# Just a heading')).toBe(1);
    expect(bodyStartLineOf('---\ntitle: A\n')).toBe(4);
  });
});
