import { describe, expect, it } from 'vitest';
import { cleanSlug } from './slug';

describe('cleanSlug (AstroWind categories and tags)', () => {
  it('lower-cases, drops accents and joins words with one hyphen', () => {
    expect(cleanSlug('eCommerce Insights')).toBe('ecommerce-insights');
    expect(cleanSlug('Café  Déjà-vu!')).toBe('cafe-deja-vu');
    expect(cleanSlug('Mage-OS')).toBe('mage-os');
    expect(cleanSlug('R&D')).toBe('r-and-d');
  });
  it('slugifies each path segment and trims slashes', () => {
    expect(cleanSlug('/News/Big Release/')).toBe('news/big-release');
  });
});
