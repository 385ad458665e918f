import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetUrlPath, resolveAssetPath } from './resolve-asset-path';
import { createImageMapper, rewriteImageUrls } from './rewrite-image-urls';

const root = path.resolve('/sites/mage-os');
const post = 'src/data/post/2023-09-30-september-2023-update.md';

describe('resolveAssetPath', () => {
  it('maps ~/ to src/ (the site alias)', () => {
    expect(resolveAssetPath(root, '~/assets/images/blog/2023/a.jpg', post)).toBe(path.join(root, 'src/assets/images/blog/2023/a.jpg'));
  });

  it('maps / to public/', () => {
    expect(resolveAssetPath(root, '/images/logo.png', post)).toBe(path.join(root, 'public/images/logo.png'));
  });

  it('resolves relative paths from the post folder, decoding %20', () => {
    expect(resolveAssetPath(root, 'images/Screen%202.png', post)).toBe(path.join(root, 'src/data/post/images/Screen 2.png'));
    expect(resolveAssetPath(root, '../../assets/x.png', path.join(root, post))).toBe(path.join(root, 'src/assets/x.png'));
  });

  it('gives null for remote, data and escaping references', () => {
    expect(resolveAssetPath(root, 'https://example.com/a.png', post)).toBeNull();
    expect(resolveAssetPath(root, '//cdn.example.com/a.png', post)).toBeNull();
    expect(resolveAssetPath(root, 'data:image/png;base64,AAAA', post)).toBeNull();
    expect(resolveAssetPath(root, 'file:///etc/passwd', post)).toBeNull();
    expect(resolveAssetPath(root, '../../../../etc/passwd', post)).toBeNull();
    expect(resolveAssetPath(root, '/../../etc/passwd', post)).toBeNull();
  });

  it('makes URL paths relative to the root with encoded segments', () => {
    expect(assetUrlPath(root, path.join(root, 'src/assets/a b#.png'))).toBe('src/assets/a%20b%23.png');
  });
});

describe('rewriteImageUrls', () => {
  const exists = (abs: string) => abs.endsWith('present.png');
  const map = createImageMapper({ root, file: post, assetUrl: (abs) => `/asset/${assetUrlPath(root, abs)}`, exists });

  it('points local images at the asset route and keeps remote ones', () => {
    const html = rewriteImageUrls('<p><img src="~/assets/present.png" alt="x"><img src="https://example.com/r.png" alt="r"></p>', map);
    expect(html).toContain('src="/asset/src/assets/present.png"');
    expect(html).toContain('src="https://example.com/r.png"');
  });

  it('shows a visible placeholder naming a missing image', () => {
    const html = rewriteImageUrls('<p><img src="~/assets/gone.png" alt=""></p>', map);
    expect(html).not.toContain('<img');
    expect(html).toContain('Missing image: ~/assets/gone.png');
  });
});
