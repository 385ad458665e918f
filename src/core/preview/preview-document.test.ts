import { describe, expect, it } from 'vitest';
import { buildPreviewDocument, previewCsp } from './preview-document';
import { classifyPreviewLink } from './preview-frame';

describe('preview document', () => {
  it('carries a CSP that allows no script and images only from the asset route', () => {
    const csp = previewCsp({ assetSources: ['http://127.0.0.1:4310/api/asset/'] });
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain('img-src http://127.0.0.1:4310/api/asset/ data:;');
    expect(csp).not.toContain('https:');
  });

  it('never lets the preview load from the network, whatever source it is given', () => {
    for (const remote of ['https:', 'http:', 'https://cdn.example.com/', 'http://example.com:80/', '*', 'data:', 'ws://127.0.0.1:1/']) {
      expect(previewCsp({ assetSources: [remote] }), remote).toMatch(/img-src data:; media-src 'none';/);
    }
    expect(previewCsp({ assetSources: ['postdesk-asset:'] })).toContain('img-src postdesk-asset: data:;');
  });

  it('refuses asset sources that would inject CSP directives', () => {
    expect(previewCsp({ assetSources: ["x; script-src 'unsafe-inline'"] })).not.toContain("script-src 'unsafe-inline'");
    expect(previewCsp({ assetSources: ['x; script-src *'] })).not.toContain('script-src *');
    expect(previewCsp({ assetSources: ['x" onload="y'] })).not.toContain('onload');
  });

  it('puts the CSP first, the typography, the header and the body in place', () => {
    const doc = buildPreviewDocument({ headerHtml: '<header>h</header>', bodyHtml: '<p>b</p>', theme: 'dark' });
    expect(doc.indexOf('Content-Security-Policy')).toBeLessThan(doc.indexOf('<style>'));
    expect(doc).toContain('<html lang="en" class="dark">');
    expect(doc).toContain('<div id="pd-header"><header>h</header></div>');
    expect(doc).toContain('<div id="pd-body" class="prose"><p>b</p></div>');
    expect(doc).toContain('.prose :where(h2)');
  });

  it('cannot be broken out of through the extra CSS', () => {
    const doc = buildPreviewDocument({ bodyHtml: '', baseCss: '</style><script>alert(1)</script>' });
    expect(doc).not.toContain('</style><script>');
  });
});

describe('clicks on preview links', () => {
  it.each([
    ['#intro', { kind: 'anchor', id: 'intro' }],
    ['/updates/2023-09-15-hackathon', { kind: 'internal', path: '/updates/2023-09-15-hackathon', hash: '' }],
    ['https://mage-os.org/events/x#top', { kind: 'internal', path: '/events/x', hash: '#top' }],
    ['https://github.com/mage-os', { kind: 'external', url: 'https://github.com/mage-os' }],
    ['mailto:info@mage-os.org', { kind: 'external', url: 'mailto:info@mage-os.org' }],
    ['javascript:alert(1)', { kind: 'blocked', href: 'javascript:alert(1)' }],
    ['file:///etc/passwd', { kind: 'blocked', href: 'file:///etc/passwd' }],
  ])('%s', (href, expected) => {
    expect(classifyPreviewLink(href, 'https://mage-os.org')).toEqual(expected);
  });
});
