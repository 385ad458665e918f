import { describe, expect, it } from 'vitest';
import { toggleBulletList, toggleHeading, toggleOrderedList } from './block-commands';
import { run, runTwice } from './test-state';

describe('toggleHeading', () => {
  it('makes the cursor line a heading, cursor after the marker when it was at the start', () => {
    expect(run(toggleHeading(2), '|Highlights\n\nText')).toBe('## |Highlights\n\nText');
    expect(run(toggleHeading(2), 'High|lights')).toBe('## High|lights');
  });

  it('changes the level of an existing heading', () => {
    expect(run(toggleHeading(3), '## Hi|ghlights')).toBe('### Hi|ghlights');
    expect(run(toggleHeading(1), '###   Hi|ghlights')).toBe('# Hi|ghlights');
  });

  it('turns a heading of the same level back into a paragraph', () => {
    expect(run(toggleHeading(2), '## Hi|ghlights')).toBe('Hi|ghlights');
    expect(runTwice(toggleHeading(2), 'Hi|ghlights')).toBe('Hi|ghlights');
  });

  it('level 0 always makes a paragraph', () => {
    expect(run(toggleHeading(0), '#### Hi|ghlights')).toBe('Hi|ghlights');
    expect(run(toggleHeading(0), 'Hi|ghlights')).toBe('Hi|ghlights');
  });

  it('applies to every selected line but not the blank ones', () => {
    expect(run(toggleHeading(2), '{from}One\n\nTwo{to}')).toBe('## {from}One\n\n## Two{to}');
  });

  it('drops indentation, which would make the heading code or a list continuation', () => {
    expect(run(toggleHeading(2), '  Ti|tle')).toBe('## Ti|tle');
    expect(run(toggleHeading(2), '  ## Ti|tle')).toBe('Ti|tle');
  });

  it('leaves a #hashtag line alone as text, adding a real heading marker', () => {
    expect(run(toggleHeading(1), '#tag|')).toBe('# #tag|');
  });
});

describe('toggleBulletList', () => {
  it('turns several lines into bullet items', () => {
    expect(run(toggleBulletList, '{from}Apples\nPears\nPlums{to}')).toBe('- {from}Apples\n- Pears\n- Plums{to}');
  });

  it('skips blank lines inside the selection', () => {
    expect(run(toggleBulletList, '{from}Apples\n\nPears{to}')).toBe('- {from}Apples\n\n- Pears{to}');
  });

  it('removes the markers when every line is already a bullet, keeping indentation', () => {
    expect(run(toggleBulletList, '{from}- Apples\n  * Pears{to}')).toBe('{from}Apples\n  Pears{to}');
  });

  it('completes a partly bulleted selection instead of removing', () => {
    expect(run(toggleBulletList, '{from}- Apples\nPears{to}')).toBe('{from}- Apples\n- Pears{to}');
  });

  it('converts a numbered list to bullets', () => {
    expect(run(toggleBulletList, '{from}1. Apples\n2. Pears{to}')).toBe('{from}- Apples\n- Pears{to}');
  });

  it('does not include the next line when the selection ends at its start', () => {
    expect(run(toggleBulletList, '{from}Apples\n{to}Pears')).toBe('- {from}Apples\n{to}Pears');
  });

  it('toggles back to the original text', () => {
    expect(runTwice(toggleBulletList, '{from}Apples\nPears{to}')).toBe('{from}Apples\nPears{to}');
  });

  it('starts a list on an empty line, ready to type', () => {
    expect(run(toggleBulletList, 'Intro\n|')).toBe('Intro\n- |');
  });
});

describe('toggleOrderedList', () => {
  it('numbers the selected lines in order', () => {
    expect(run(toggleOrderedList, '{from}Apples\nPears\nPlums{to}')).toBe('1. {from}Apples\n2. Pears\n3. Plums{to}');
  });

  it('converts bullets and numbers nested items separately', () => {
    expect(run(toggleOrderedList, '{from}- Fruit\n  - Apples\n  - Pears\n- Nuts{to}')).toBe(
      '{from}1. Fruit\n  1. Apples\n  2. Pears\n2. Nuts{to}',
    );
  });

  it('renumbers a list with wrong numbers rather than removing it', () => {
    expect(run(toggleOrderedList, '{from}Apples\n1. Pears{to}')).toBe('1. {from}Apples\n2. Pears{to}');
  });

  it('removes the numbers when every line is numbered', () => {
    expect(run(toggleOrderedList, '{from}1. Apples\n2) Pears{to}')).toBe('{from}Apples\nPears{to}');
  });

  it('continues the numbered list right above the selection', () => {
    expect(run(toggleOrderedList, '1. Apples\n2. Pears\n{from}Plums\nFigs{to}')).toBe('1. Apples\n2. Pears\n3. {from}Plums\n4. Figs{to}');
  });

  it('toggles back to the original text', () => {
    expect(runTwice(toggleOrderedList, '{from}Apples\nPears{to}')).toBe('{from}Apples\nPears{to}');
  });
});
