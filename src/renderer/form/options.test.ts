import { describe, expect, it } from 'vitest';
import { findRelation, guessRelation, isOutsideOptions } from './options';

const authors = [
  { value: 'mage-os-team', label: 'Mage-OS Team' },
  { value: 'jane-doe', label: 'Jane Doe' },
];

describe('select options', () => {
  it('flags a stored value that is not an option', () => {
    expect(isOutsideOptions('News', ['Updates', 'Events'])).toBe(true);
    expect(isOutsideOptions('Updates', ['Updates', 'Events'])).toBe(false);
  });

  it('does not flag an empty value or a field without options', () => {
    expect(isOutsideOptions(undefined, ['Updates'])).toBe(false);
    expect(isOutsideOptions('', ['Updates'])).toBe(false);
    expect(isOutsideOptions('x', [])).toBe(false);
  });

  it('compares non-string values as text', () => {
    expect(isOutsideOptions(2, ['1', '2'])).toBe(false);
  });
});

describe('relations', () => {
  it('finds the entry by its stored value', () => {
    expect(findRelation('jane-doe', authors)?.label).toBe('Jane Doe');
    expect(findRelation('Jane Doe', authors)).toBeUndefined();
  });

  it('guesses the entry a display name meant', () => {
    expect(guessRelation('Mage-OS Team', authors)?.value).toBe('mage-os-team');
    expect(guessRelation('  mage-os  team ', authors)?.value).toBe('mage-os-team');
    expect(guessRelation('JANE-DOE', authors)?.value).toBe('jane-doe');
    expect(guessRelation('someone else', authors)).toBeUndefined();
  });
});
