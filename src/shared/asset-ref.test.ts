import { describe, expect, it } from 'vitest';
import { contentPathOfRef } from './asset-ref';

describe('image references of a post', () => {
  const post = 'src/data/post/2023-09-30-september-2023-update.md';
  it('resolve ~/ and @/ to src/, / to public/, and relative paths from the post', () => {
    expect(contentPathOfRef('~/assets/images/blog/2023/a.jpg', post)).toBe('src/assets/images/blog/2023/a.jpg');
    expect(contentPathOfRef('@/assets/a.jpg', post)).toBe('src/assets/a.jpg');
    expect(contentPathOfRef('/images/logo.png', post)).toBe('public/images/logo.png');
    expect(contentPathOfRef('../../assets/b.png', post)).toBe('src/assets/b.png');
    expect(contentPathOfRef('./Bird%20Copy.png', post)).toBe('src/data/post/Bird Copy.png');
  });
  it('ignore external URLs and references leaving the folder', () => {
    expect(contentPathOfRef('https://example.com/a.png', post)).toBeNull();
    expect(contentPathOfRef('../../../../../etc/passwd', post)).toBeNull();
  });
  it('refuse what the core refuses: undecodable, backslashes, NUL, the folder itself, relative without a post', () => {
    expect(contentPathOfRef('./a%E0%A4%A.png', post)).toBeNull();
    expect(contentPathOfRef('..\\..\\secret.png', post)).toBeNull();
    expect(contentPathOfRef('a%00.png', post)).toBeNull();
    expect(contentPathOfRef('/../public/..', post)).toBeNull();
    expect(contentPathOfRef('images/a.png')).toBeNull();
    expect(contentPathOfRef('~/assets/a.png?v=2#x')).toBe('src/assets/a.png');
  });
});
