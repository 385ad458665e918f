import { describe, expect, it } from 'vitest';
import { fieldLabel, labelFromName } from './field-label';

describe('labels', () => {
  it('turns field names into words', () => {
    expect(labelFromName('publishDate')).toBe('Publish date');
    expect(labelFromName('imageAlt')).toBe('Image alt');
    expect(labelFromName('image_alt')).toBe('Image alt');
    expect(labelFromName('end-date')).toBe('End date');
    expect(labelFromName('title')).toBe('Title');
  });

  it('keeps acronyms', () => {
    expect(labelFromName('SEO')).toBe('SEO');
    expect(labelFromName('ogURL')).toBe('Og URL');
    expect(labelFromName('URLPath')).toBe('URL path');
  });

  it('prefers the given label', () => {
    expect(fieldLabel({ name: 'publishDate', label: 'Publish Date' })).toBe('Publish Date');
    expect(fieldLabel({ name: 'publishDate', label: '  ' })).toBe('Publish date');
  });
});
