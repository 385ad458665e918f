import { describe, expect, it } from 'vitest';
import { getAtPath, joinPath } from './value-path';

describe('value paths', () => {
  const values = { title: 'T', metadata: { description: 'D', robots: { index: false } }, tags: ['a', 'b'] };

  it('reads nested values by dotted path', () => {
    expect(getAtPath(values, 'title')).toBe('T');
    expect(getAtPath(values, 'metadata.description')).toBe('D');
    expect(getAtPath(values, 'metadata.robots.index')).toBe(false);
    expect(getAtPath(values, 'tags.1')).toBe('b');
  });

  it('returns undefined for missing steps', () => {
    expect(getAtPath(values, 'metadata.canonical')).toBeUndefined();
    expect(getAtPath(values, 'title.length')).toBeUndefined();
    expect(getAtPath(values, 'nope.x')).toBeUndefined();
  });

  it('joins paths', () => {
    expect(joinPath('', 'title')).toBe('title');
    expect(joinPath('metadata', 'description')).toBe('metadata.description');
  });
});
