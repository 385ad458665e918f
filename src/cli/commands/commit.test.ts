import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../shared/diagnostics';
import { POST_DIR, edit, firstPosts, git, isolateGitConfig, removeTempDirs, makeSiteRepo, postPath, snapshot } from '../../core/git/test-repo';
import type { CliIo } from '../cli-io';
import { run, type CommitDeps } from './commit';

beforeAll(isolateGitConfig);
afterAll(removeTempDirs);

function fakeIo(cwd = '/') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  return { io, out, err };
}

/** A site whose content files are the posts, with findings chosen by the test. */
function fakeSite(findings: (file: string) => Diagnostic[] = () => []): CommitDeps {
  return {
    openSite: async () => ({
      collectionFor: (file: string) =>
        file.startsWith(`${POST_DIR}/`) ? { name: 'post', label: 'Posts', folder: POST_DIR, extensions: ['.md'], fields: [], hasSchema: true } : undefined,
      checkFile: async (file: string) => findings(file),
      dispose: () => {},
    }),
  };
}

describe('postdesk commit', () => {
  it('commits every changed content file by default, and nothing else', async () => {
    const repo = makeSiteRepo();
    const [a, b] = firstPosts(repo, 2);
    edit(postPath(repo, a!), /Dear Magento community/, 'Dear all');
    fs.writeFileSync(postPath(repo, '2030-01-01-new.md'), '---\ntitle: New\n---\n');
    fs.writeFileSync(path.join(repo, 'notes.txt'), 'not content\n');
    const { io, out } = fakeIo(path.dirname(repo));
    expect(await run([path.basename(repo), '-m', 'Monthly posts'], io, fakeSite())).toBe(0);
    expect(out.at(-1)).toMatch(/^Committed [0-9a-f]{7}: Monthly posts \(2 files\)$/);
    expect(git(repo, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual([`${POST_DIR}/${a}`, `${POST_DIR}/2030-01-01-new.md`].sort());
    expect(git(repo, 'status', '--porcelain')).toBe('?? notes.txt\n');
    void b;
  });

  it('is blocked by errors (exit 1, diagnostics printed), while warnings are printed but do not block', async () => {
    const repo = makeSiteRepo();
    const [a, b] = firstPosts(repo, 2);
    const relA = `${POST_DIR}/${a}`;
    edit(postPath(repo, a!), /Dear Magento community/, 'Dear all');
    edit(postPath(repo, b!), /---\n/, '---\n# b\n');
    const before = snapshot(repo);
    const error: Diagnostic = { file: relA, line: 12, column: 4, rule: 'link-broken', severity: 'error', message: 'No page at /x' };
    const warning: Diagnostic = { file: relA, line: 3, column: 1, rule: 'image-alt', severity: 'warning', message: 'Image has no alt text' };
    const blocked = fakeIo();
    expect(await run([repo, '-m', 'x', relA, `${POST_DIR}/${b}`], blocked.io, fakeSite((f) => (f === relA ? [error, warning] : [])))).toBe(1);
    expect(blocked.out).toEqual([`${relA}:12:4 error link-broken No page at /x`, `${relA}:3:1 warning image-alt Image has no alt text`]);
    expect(blocked.err.join('\n')).toMatch(/nothing committed: 1 error must be fixed/);
    expect(snapshot(repo)).toEqual(before);

    const warned = fakeIo();
    expect(await run([repo, '-m', 'x', relA], warned.io, fakeSite(() => [warning]))).toBe(0);
    expect(warned.out[0]).toBe(`${relA}:3:1 warning image-alt Image has no alt text`);
    expect(git(repo, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe(relA);
  });

  it('exit 2 for bad arguments', async () => {
    const repo = makeSiteRepo();
    for (const args of [[], [repo], [repo, '-m'], [repo, '-m', '  '], [repo, '--force', '-m', 'x'], ['/no/such/folder', '-m', 'x'], [repo, '-m', 'x', '../outside.md']]) {
      const { io, err } = fakeIo();
      expect(await run(args, io, fakeSite())).toBe(2);
      expect(err.join('\n')).toMatch(/postdesk commit: /);
    }
  });

  it('exit 3 for a git failure, with the explanation and git’s own words', async () => {
    const repo = makeSiteRepo();
    const [a] = firstPosts(repo, 1);
    edit(postPath(repo, a!), /Dear Magento community/, 'Dear all');
    fs.writeFileSync(path.join(repo, '.git/index.lock'), '');
    const { io, err } = fakeIo();
    expect(await run([repo, '-m', 'x'], io, fakeSite())).toBe(3);
    expect(err[0]).toMatch(/lock file/);
    expect(err.some((l) => l.startsWith('  git: fatal: Unable to create'))).toBe(true);
  });

  it('with the real site model: a link to a missing page blocks the commit', async () => {
    const repo = makeSiteRepo();
    const [a] = firstPosts(repo, 1);
    const rel = `${POST_DIR}/${a}`;
    fs.appendFileSync(postPath(repo, a!), '\nRead [the recap](/updates/does-not-exist).\n');
    const before = snapshot(repo);
    const blocked = fakeIo();
    expect(await run([repo, '-m', 'Update post', rel], blocked.io)).toBe(1);
    expect(blocked.out.some((l) => l.startsWith(`${rel}:`) && / error link-broken .*\/updates\/does-not-exist/.test(l))).toBe(true);
    expect(snapshot(repo)).toEqual(before);

    edit(postPath(repo, a!), '/updates/does-not-exist', `/updates/${a!.replace(/\.md$/, '')}`);
    const ok = fakeIo();
    const code = await run([repo, '-m', 'Update post', rel], ok.io);
    expect({ code, out: ok.out.filter((l) => / error /.test(l)) }).toEqual({ code: 0, out: [] });
    expect(git(repo, 'log', '-1', '--format=%s')).toBe('Update post\n');
  });
});
