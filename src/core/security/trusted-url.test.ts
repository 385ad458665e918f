import { describe, expect, it } from 'vitest';
import { isTrustedExternalUrl } from './trusted-url';

describe('external links the app may open in the system browser', () => {
  it('allows http, https and mailto', () => {
    expect(isTrustedExternalUrl('https://mage-os.org/about')).toBe(true);
    expect(isTrustedExternalUrl('http://example.com')).toBe(true);
    expect(isTrustedExternalUrl('mailto:info@mage-os.org')).toBe(true);
  });

  it('refuses schemes that reach local files or run code', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'vscode://x', 'smb://host/share']) {
      expect(isTrustedExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses relative paths, garbage and credentials in the URL', () => {
    expect(isTrustedExternalUrl('/updates/x')).toBe(false);
    expect(isTrustedExternalUrl('not a url')).toBe(false);
    expect(isTrustedExternalUrl('https://user:pw@evil.example')).toBe(false);
    expect(isTrustedExternalUrl('mailto:')).toBe(false);
  });
});
