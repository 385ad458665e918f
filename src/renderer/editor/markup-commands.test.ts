import { describe, expect, it } from 'vitest';
import { insertLink, insertLinkToPick, toggleBold, toggleInlineCode, toggleItalic } from './markup-commands';
import { run, runTwice } from './test-state';

describe('toggleBold', () => {
  it('makes the selected words bold and keeps them selected', () => {
    expect(run(toggleBold, 'Say {from}hello world{to} now')).toBe('Say **{from}hello world{to}** now');
  });

  it('leaves spaces at the edges of the selection outside the marks', () => {
    expect(run(toggleBold, 'Say{from} hello {to}now')).toBe('Say **{from}hello{to}** now');
  });

  it('removes bold when the cursor is inside bold text', () => {
    expect(run(toggleBold, 'Say **hel|lo** now')).toBe('Say hel|lo now');
  });

  it('removes bold when the whole bold span, marks included, is selected', () => {
    expect(run(toggleBold, 'Say {from}**hello**{to} now')).toBe('Say {from}hello{to} now');
  });

  it('toggles back to the original text', () => {
    expect(runTwice(toggleBold, 'Say {from}hello{to} now')).toBe('Say {from}hello{to} now');
  });

  it('makes the word at the cursor bold', () => {
    expect(run(toggleBold, 'Say hel|lo now')).toBe('Say **hel|lo** now');
  });

  it('inserts an empty pair in blank space, and removes it again', () => {
    expect(run(toggleBold, 'Say | now')).toBe('Say **|** now');
    expect(runTwice(toggleBold, 'Say | now')).toBe('Say | now');
  });

  it('handles several selections at once', () => {
    expect(run(toggleBold, '{from}one{to} and {from}two{to}')).toBe('**{from}one{to}** and **{from}two{to}**');
  });
});

describe('toggleItalic', () => {
  it('uses underscores, as the site does', () => {
    expect(run(toggleItalic, 'An {from}important{to} word')).toBe('An _{from}important{to}_ word');
  });

  it('removes italic written with underscores or asterisks', () => {
    expect(run(toggleItalic, 'An _impor|tant_ word')).toBe('An impor|tant word');
    expect(run(toggleItalic, 'An *impor|tant* word')).toBe('An impor|tant word');
  });

  it('adds italic inside bold without touching the bold marks', () => {
    expect(run(toggleItalic, 'A **{from}big{to}** deal')).toBe('A **_{from}big{to}_** deal');
  });

  it('removes only the italic of bold italic text', () => {
    expect(run(toggleItalic, 'A **_b|ig_** deal')).toBe('A **b|ig** deal');
  });
});

describe('toggleInlineCode', () => {
  it('wraps and unwraps code', () => {
    expect(run(toggleInlineCode, 'Run {from}npm ci{to} first')).toBe('Run `{from}npm ci{to}` first');
    expect(run(toggleInlineCode, 'Run `npm| ci` first')).toBe('Run npm| ci first');
  });
});

describe('insertLink', () => {
  it('wraps the selection as a link and selects the url placeholder', () => {
    expect(run(insertLink, 'Read {from}the guide{to} today')).toBe('Read [the guide]({from}url{to}) today');
  });

  it('uses the word at the cursor as the link text', () => {
    expect(run(insertLink, 'Read the gu|ide today')).toBe('Read the [guide]({from}url{to}) today');
  });

  it('inserts a link template in blank space, with the text selected', () => {
    expect(run(insertLink, 'See | here')).toBe('See [{from}link text{to}](url) here');
  });

  it('turns a selected URL into the target and puts the cursor in the text', () => {
    expect(run(insertLink, 'See {from}https://mage-os.org/{to}')).toBe('See [|](https://mage-os.org/)');
    expect(run(insertLink, 'See {from}/events/meetup{to}')).toBe('See [|](/events/meetup)');
  });

  it('selects the target of an existing link instead of nesting links', () => {
    expect(run(insertLink, 'See [the gu|ide](/guide) now')).toBe('See [the guide]({from}/guide{to}) now');
  });
});

describe('insertLinkToPick (Mod-k where the site\'s posts can be picked)', () => {
  it('wraps the selection and leaves the cursor where the address goes', () => {
    expect(run(insertLinkToPick, 'See {from}the update{to} here')).toBe('See [the update](|) here');
  });

  it('with no text, writes a lone [ for the picker to complete into a whole link', () => {
    expect(run(insertLinkToPick, 'See | here')).toBe('See [| here');
  });

  it('inside a link, selects its address as Mod-k does', () => {
    expect(run(insertLinkToPick, 'See [the update](/x|y) here')).toBe('See [the update]({from}/xy{to}) here');
  });
});
