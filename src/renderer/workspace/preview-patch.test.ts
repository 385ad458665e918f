import { describe, expect, it } from 'vitest';
import { composePreviewDocument, diffPreviewBlocks } from './preview-patch';

const p = (line: number, text: string) => `<p data-line="${line}">${text}</p>`;

describe('patching the preview in place', () => {
  it('a word typed in one paragraph replaces that block only', () => {
    const shown = [p(1, 'One'), p(3, 'Two'), p(5, 'Three')];
    const next = [p(1, 'One'), p(3, 'Two and more'), p(5, 'Three')];
    expect(diffPreviewBlocks(shown, next)).toEqual({ from: 1, removed: 1, inserted: [p(3, 'Two and more')], relined: [] });
  });

  it('a line added above keeps the blocks below and moves their data-line', () => {
    const shown = [p(1, 'One'), p(3, 'Two'), p(5, 'Three')];
    const next = [p(1, 'One'), p(3, 'New'), p(5, 'Two'), p(7, 'Three')];
    expect(diffPreviewBlocks(shown, next)).toEqual({
      from: 1,
      removed: 0,
      inserted: [p(3, 'New')],
      relined: [
        { index: 2, line: 7 },
        { index: 1, line: 5 },
      ],
    });
  });

  it('a block removed, and nothing in common', () => {
    expect(diffPreviewBlocks([p(1, 'A'), p(3, 'B'), p(5, 'C')], [p(1, 'A'), p(3, 'C')])).toEqual({ from: 1, removed: 1, inserted: [], relined: [{ index: 2, line: 3 }] });
    expect(diffPreviewBlocks([p(1, 'A')], [p(1, 'B'), p(3, 'C')])).toEqual({ from: 0, removed: 1, inserted: [p(1, 'B'), p(3, 'C')], relined: [] });
  });

  it('the same text on another line is the same block; other text of the same length is not', () => {
    expect(diffPreviewBlocks([p(9, 'Same')], [p(10, 'Same')])).toEqual({ from: 1, removed: 0, inserted: [], relined: [{ index: 0, line: 10 }] });
    expect(diffPreviewBlocks([p(9, 'Same')], [p(9, 'Sane')]).inserted).toEqual([p(9, 'Sane')]);
  });

  it('the whole document puts the header and every block, each after its mark, in the shell', () => {
    const doc = composePreviewDocument({
      shell: '<body><div id="pd-header"><!--pd:header--></div><div id="pd-body"><!--pd:body--></div></body>',
      header: '<h1>Title $& kept</h1>',
      blocks: [p(1, 'A'), p(3, 'B')],
    });
    expect(doc).toBe(
      '<body><div id="pd-header"><h1>Title $& kept</h1></div><div id="pd-body"><!--pd:block--><p data-line="1">A</p>\n<!--pd:block--><p data-line="3">B</p>\n</div></body>',
    );
  });
});
