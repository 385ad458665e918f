import { describe, expect, it } from 'vitest';
import { parsePorcelainV2 } from './parse-status';
import { parseProgressLine, progressSplitter, type GitProgress } from './progress';
import { suggestMessage } from './suggest-message';

describe('parsePorcelainV2', () => {
  it('reads the branch, the sync position and each kind of change', () => {
    const out = [
      '# branch.oid 0c1a240f3725ae98d4203a9aba9944402d6208c0',
      '# branch.head main',
      '# branch.upstream origin/main',
      '# branch.ab +2 -1',
      '1 .M N... 100644 100644 100644 aaa aaa posts/a post with spaces.md',
      '1 M. N... 100644 100644 100644 aaa bbb posts/b.md',
      '1 D. N... 100644 000000 000000 aaa 000 posts/c.md',
      '1 .D N... 100644 100644 000000 aaa aaa posts/d.md',
      '1 .A N... 000000 000000 100644 000 000 posts/ita.md',
      '2 R. N... 100644 100644 100644 aaa aaa R100 posts/new name.md',
      'posts/old name.md',
      'u UU N... 100644 100644 100644 100644 a b c posts/conflict.md',
      '? posts/ünïcode.md',
      '',
    ].join('\0');
    const parsed = parsePorcelainV2(out);
    expect(parsed.header).toEqual({ oid: '0c1a240f3725ae98d4203a9aba9944402d6208c0', branch: 'main', detached: false, upstream: 'origin/main', ahead: 2, behind: 1 });
    expect(parsed.files).toEqual([
      { path: 'posts/a post with spaces.md', status: 'modified', staged: false, unstaged: true },
      { path: 'posts/b.md', status: 'modified', staged: true, unstaged: false },
      { path: 'posts/c.md', status: 'deleted', staged: true, unstaged: false },
      { path: 'posts/d.md', status: 'deleted', staged: false, unstaged: true },
      { path: 'posts/ita.md', status: 'new', staged: false, unstaged: true },
      { path: 'posts/new name.md', status: 'renamed', from: 'posts/old name.md', staged: true, unstaged: false },
      { path: 'posts/conflict.md', status: 'conflicted', staged: false, unstaged: true },
      { path: 'posts/ünïcode.md', status: 'new', staged: false, unstaged: true, untracked: true },
    ]);
  });

  it('knows a detached HEAD and a repository without commits', () => {
    expect(parsePorcelainV2('# branch.oid (initial)\0# branch.head main\0').header).toMatchObject({ oid: null, branch: 'main' });
    expect(parsePorcelainV2('# branch.oid abc\0# branch.head (detached)\0').header).toMatchObject({ branch: null, detached: true });
  });
});

describe('progress', () => {
  it('parses git progress lines, split across chunks and redrawn with \\r', () => {
    expect(parseProgressLine('remote: Counting objects: 100% (3/3), done.')).toEqual({
      phase: 'Counting objects', percent: 100, done: 3, total: 3, line: 'Counting objects: 100% (3/3), done.', remote: true,
    });
    const seen: GitProgress[] = [];
    const feed = progressSplitter((p) => seen.push(p));
    feed('Writing objects:  33% (1/3)\rWriting obj');
    feed('ects: 100% (3/3), 290 bytes | 290.00 KiB/s, done.\nTo /tmp/remote\n');
    expect(seen.map((p) => p.percent)).toEqual([33, 100]);
  });
});

describe('suggestMessage', () => {
  const entries = [
    { file: 'src/data/post/a.md', title: 'May update', collection: 'post' },
    { file: 'src/data/post/b.md', title: 'June update', collection: 'post' },
    { file: 'src/data/post/c.md', title: 'July update', collection: 'post' },
    { file: 'src/data/authors/ann.md', title: 'Ann', collection: 'authors' },
  ];
  const change = (path: string, status: 'new' | 'modified' | 'deleted' = 'modified') => ({ path, status, staged: false, unstaged: true });

  it('names the post and what happened to it', () => {
    expect(suggestMessage([change('src/data/post/a.md', 'new')], entries)).toBe('Add post: May update');
    expect(suggestMessage([change('src/data/post/a.md')], entries)).toBe('Update post: May update');
    expect(suggestMessage([change('src/data/post/2021-01-01-gone.md', 'deleted')], entries)).toBe('Delete file: 2021-01-01-gone');
    expect(suggestMessage([change('src/data/authors/ann.md')], entries)).toBe('Update author: Ann');
  });

  it('lists several posts, and shortens a long list', () => {
    const three = ['a', 'b', 'c'].map((n) => change(`src/data/post/${n}.md`));
    expect(suggestMessage(three, entries)).toBe('Update 3 posts: May update, June update, July update');
    const many = Array.from({ length: 12 }, (_, i) => change(`src/data/post/news-${i}.md`));
    const msg = suggestMessage(many, []);
    expect(msg).toMatch(/^Update 12 files: news-0, news-1, .* and \d+ more$/);
    expect(msg.length).toBeLessThanOrEqual(72);
  });
});
