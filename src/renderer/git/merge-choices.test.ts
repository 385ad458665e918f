import { describe, expect, it } from 'vitest';
import type { ConflictPieceData, FileConflictData } from '../../api/contract/merge-schemas';
import { editStart, optionsFor, sideText, undecided } from './merge-choices';

const piece = (over: Partial<ConflictPieceData>): ConflictPieceData => ({
  kind: 'conflict',
  id: 'field:title',
  section: 'fields',
  label: 'title',
  base: 'title: A\n',
  mine: 'title: B\n',
  theirs: 'title: C\n',
  canJoin: false,
  mineRows: [],
  theirsRows: [],
  ...over,
});

describe('conflict choices', () => {
  it('offers "both" only for blocks', () => {
    expect(optionsFor(piece({}))).toEqual(['mine', 'theirs', 'edit']);
    expect(optionsFor(piece({ section: 'text', canJoin: true }))).toEqual(['mine', 'theirs', 'both', 'edit']);
  });

  it('starts an edit from what was picked', () => {
    const p = piece({});
    expect(editStart(p, undefined)).toBe('title: C\n');
    expect(editStart(p, { pick: 'mine' })).toBe('title: B\n');
    expect(editStart(p, { pick: 'edit', text: 'title: D' })).toBe('title: D');
    expect(editStart(piece({ theirs: null }), undefined)).toBe('title: B\n');
  });

  it('says a removed field or block is removed, and lists the conflicts still open', () => {
    expect(sideText(null, 'fields')).toBe('(field removed)');
    expect(sideText('', 'text')).toBe('(block removed)');
    const file = { conflicts: [piece({}), piece({ id: 'text:0' })] } as FileConflictData;
    expect(undecided(file, { 'field:title': { pick: 'mine' } })).toEqual(['text:0']);
  });
});
