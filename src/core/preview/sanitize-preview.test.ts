import { describe, expect, it } from 'vitest';
import { transformMarkdownOnlyHtml } from './markdown-only-html';
import { isSafeUrl, sanitizePreviewHtml } from './sanitize-preview';

describe('preview sanitising', () => {
  it.each([
    ['<script>alert(1)</script><p>ok</p>', '<p>ok</p>'],
    ['<img src="https://example.com/a.png" onerror="alert(1)">', '<img src="https://example.com/a.png">'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="jav&#x61;script:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="java\tscript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href=" JAVASCRIPT:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="data:text/html,x">x</a>', '<a>x</a>'],
    ['<a href="https://example.com" target="_top">x</a>', '<a href="https://example.com">x</a>'],
    ['<meta http-equiv="refresh" content="0;url=/x"><p>a</p>', '<p>a</p>'],
    ['<base href="https://evil.example/"><p>a</p>', '<p>a</p>'],
    ['<form action="/x"><button formaction="/y">b</button></form>', '<div><button>b</button></div>'],
    ['<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">t</a></svg>', '<svg><a>t</a></svg>'],
    ['<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>', '<svg></svg>'],
    ['<input autofocus onfocus="alert(1)">', '<input>'],
  ])('%s', (input, output) => {
    expect(sanitizePreviewHtml(input)).toBe(output);
  });

  it('replaces frames and plug-ins by a visible note', () => {
    const html = sanitizePreviewHtml('<iframe src="file:///etc/passwd"></iframe>');
    expect(html).not.toContain('<iframe');
    expect(html).toContain('class="pd-embed"');
    expect(html).toContain('file:///etc/passwd');
  });

  it('keeps what the site shows: classes, inline styles, figures, headings ids', () => {
    const html = '<figure class="x" style="max-width: 140px;"><img src="/a.png" alt="a"><figcaption>c</figcaption></figure><h2 id="intro">I</h2>';
    expect(sanitizePreviewHtml(html)).toBe(html);
  });

  it('names refused image sources in the missing-image placeholder', () => {
    const html = sanitizePreviewHtml('<img src="file:///etc/passwd">', () => ({ missing: 'file:///etc/passwd' }));
    expect(html).toContain('Missing image: file:///etc/passwd');
  });

  it('allows http(s), mailto, tel, relative and anchor URLs only', () => {
    for (const url of ['https://a.b/c', 'http://a.b', 'mailto:x@y.z', 'tel:123', '/updates/x', '#intro', 'page?x=1']) expect(isSafeUrl(url)).toBe(true);
    for (const url of ['javascript:x', 'vbscript:x', 'file:///etc/passwd', 'data:text/html,x', 'postdesk-asset://x']) expect(isSafeUrl(url)).toBe(false);
    expect(isSafeUrl('data:image/png;base64,AAAA', true)).toBe(true);
  });

  it('takes the fast path for markdown-made HTML with the same outcome', () => {
    const html = '<p><a href="javascript:alert(1)">x</a> <a href="/ok">y</a> <img src="~/assets/a.png" alt="a"></p>';
    const fast = transformMarkdownOnlyHtml(html, () => ({ url: '/asset/src/assets/a.png' }));
    expect(fast).toBe('<p><a>x</a> <a href="/ok">y</a> <img src="/asset/src/assets/a.png" alt="a"></p>');
    expect(transformMarkdownOnlyHtml('<a href="a&#x26;b">x</a>', undefined)).toBeUndefined();
  });
});
