import { describe, expect, it } from 'vitest';
import { addToList, dedupe, listItems, parseList, remainingSuggestions, removeAt } from './list-parse';

describe('list parsing', () => {
  it('splits on commas, trims and drops empty items', () => {
    expect(parseList(' magento,  open source ,,mage-os , ')).toEqual(['magento', 'open source', 'mage-os']);
    expect(parseList('')).toEqual([]);
  });

  it('does not add an item twice', () => {
    expect(parseList('a, b, a')).toEqual(['a', 'b']);
    expect(addToList(['magento'], 'magento, release')).toEqual(['magento', 'release']);
    expect(dedupe(['x', 'x', 'y'])).toEqual(['x', 'y']);
  });

  it('keeps items that differ in case, as the site does', () => {
    expect(parseList('Mage-OS, mage-os')).toEqual(['Mage-OS', 'mage-os']);
  });

  it('removes one item by position', () => {
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('reads stored values as items, a single scalar as a one-item list', () => {
    expect(listItems(['a', 2])).toEqual({ items: ['a', '2'], wasList: true });
    expect(listItems(undefined)).toEqual({ items: [], wasList: true });
    expect(listItems('solo')).toEqual({ items: ['solo'], wasList: false });
  });

  it('suggests only values not already chosen', () => {
    expect(remainingSuggestions(['a', 'b', 'b', 'c'], ['b'])).toEqual(['a', 'c']);
  });
});
