import { describe, expect, it } from 'vitest';
import { internalTarget, isForeignLink } from './link-target';

const HOSTS = ['mage-os.org'];

describe('where a link points', () => {
  it('keeps links into the site, in every spelling, and drops what the site cannot break', () => {
    for (const url of ['/updates/x', '/updates/x?y=1#z', 'relative/path', 'https://mage-os.org/about', '//www.mage-os.org/about']) {
      expect(isForeignLink(url, HOSTS), url).toBe(false);
    }
    for (const url of ['#section', 'mailto:a@b.c', 'tel:+123', 'https://example.com/x', '{{ page.url }}', '']) {
      expect(isForeignLink(url, HOSTS), url).toBe(true);
    }
  });

  it('gives the path and query an internal link is looked up by, relative ones against the page', () => {
    expect(internalTarget('/updates/x?y=1#z', HOSTS, undefined)).toEqual({ pathname: '/updates/x', search: '?y=1' });
    expect(internalTarget('https://www.mage-os.org/about/', HOSTS, undefined)).toEqual({ pathname: '/about/', search: '' });
    expect(internalTarget('../events/y', HOSTS, '/updates/x/')).toEqual({ pathname: '/updates/events/y', search: '' });
  });
});
