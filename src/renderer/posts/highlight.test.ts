import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight';

describe('search highlighting in titles', () => {
  it('marks the words the search matched, ignoring case and accents, and words starting with the last one typed', () => {
    const parts = highlightParts('Café meetup: the Hackathon', { terms: new Set(['cafe']), prefix: 'hack' });
    expect(parts).toEqual([
      { text: 'Café', match: true },
      { text: ' meetup: the ', match: false },
      { text: 'Hackathon', match: true },
    ]);
  });

  it('leaves a title alone when nothing is searched or nothing in it matched', () => {
    expect(highlightParts('September update', undefined)).toEqual([{ text: 'September update', match: false }]);
    expect(highlightParts('September update', { terms: new Set(['release']), prefix: null })).toEqual([{ text: 'September update', match: false }]);
  });
});
