import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index';
import { words } from './tokenize';

const files = (index: SearchIndex, query: string) => index.search(query).hits.map((h) => h.file);

function sample(): SearchIndex {
  const index = new SearchIndex();
  index.add('hackathon.md', 'Hackathon: Mage-OS magic in action', 'Forty developers met in Berlin for two days of code.');
  index.add('update.md', 'September 2023 update', 'News of the month. The hackathon was a success, and the next hackathon is planned.');
  index.add('release.md', 'Mage-OS 2.1 is out now!', 'The release brings a new admin theme. Thanks to the community.');
  index.add('café.md', 'Café meetup', 'We met at the café near the station.');
  return index;
}

describe('search ranking', () => {
  it('ranks a post with the word in its title above posts that only mention it', () => {
    expect(files(sample(), 'hackathon')).toEqual(['hackathon.md', 'update.md']);
  });

  it('ranks the post that uses a word more often first, when neither title has it', () => {
    const index = new SearchIndex();
    index.add('once.md', 'One', 'A note on release planning, and other things of similar length here.');
    index.add('thrice.md', 'Two', 'Release notes: the release date and the release manager were chosen.');
    expect(files(index, 'release')).toEqual(['thrice.md', 'once.md']);
  });

  it('needs every word of the query, and reads the last one as the start of a word', () => {
    const index = sample();
    expect(files(index, 'mage magic')).toEqual(['hackathon.md']);
    expect(files(index, 'mage commun')).toEqual(['release.md']);
    expect(files(index, 'hackathon berlin')).toEqual(['hackathon.md']);
    expect(files(index, 'nothing-like-this')).toEqual([]);
  });

  it('prefers a whole word to a word that merely starts with what was typed', () => {
    const index = new SearchIndex();
    index.add('themes.md', 'Themes', 'Admin themes gallery, with theming notes and more words here.');
    index.add('theme.md', 'Theme', 'The admin theme, a short text of about the same length too.');
    expect(files(index, 'theme')).toEqual(['theme.md', 'themes.md']);
  });

  it('ignores case and accents, and tells which words matched for highlighting', () => {
    const index = sample();
    expect(files(index, 'CAFE')).toEqual(['café.md']);
    const result = index.search('hack');
    expect(result.terms).toContain('hackathon');
    expect(result.prefix).toBe('hack');
  });

  it('follows changes: a replaced post is found by its new words only, a removed one not at all', () => {
    const index = sample();
    index.add('release.md', 'Mage-OS 2.2 is out now!', 'This release brings faster checkout.');
    expect(files(index, 'checkout')).toEqual(['release.md']);
    expect(files(index, 'community')).toEqual([]);
    index.remove('hackathon.md');
    expect(files(index, 'hackathon')).toEqual(['update.md']);
    expect(index.size).toBe(3);
  });

  it('gives the same answers after compaction, from a snapshot, and when merged from parts', () => {
    const index = sample();
    index.remove('update.md');
    const before = index.search('the');
    index.compact();
    expect(index.search('the')).toEqual(before);
    const copy = SearchIndex.fromSnapshot(index.snapshot());
    expect(copy.search('the')).toEqual(before);

    const part = new SearchIndex();
    part.add('extra.md', 'Extra', 'The extra post about the hackathon.');
    copy.absorb(part.snapshot());
    expect(files(copy, 'hackathon')).toEqual(['hackathon.md', 'extra.md']);
  });

  it('refuses a snapshot whose parts do not fit together', () => {
    const snapshot = sample().snapshot();
    expect(() => SearchIndex.fromSnapshot({ ...snapshot, files: snapshot.files.slice(1) })).toThrow(/do not match/);
    const postings = snapshot.text.postings.slice();
    postings[0] = 4000 * 256;
    expect(() => SearchIndex.fromSnapshot({ ...snapshot, text: { ...snapshot.text, postings } })).toThrow(/names no post/);
  });
});

describe('words', () => {
  it('splits on anything but letters and digits, folds case and accents, and skips runs too long to be words', () => {
    expect(words('Mage-OS 2.1: Café, naïve — “quoted”')).toEqual(['mage', 'os', '2', '1', 'cafe', 'naive', 'quoted']);
    expect(words(`a ${'x'.repeat(60)} b`)).toEqual(['a', 'b']);
  });
});
