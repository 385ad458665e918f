import fs from 'node:fs';
import path from 'node:path';
import { pull, type ValidateText } from '../src/core/git';
import type { BenchContext } from './context';
import { git, time } from './git-cli';
import { median, round } from './stats';

async function repo(dir: string): Promise<void> {
  await git(dir, 'config', 'user.name', 'Bench Writer');
  await git(dir, 'config', 'user.email', 'bench@example.org');
  await git(dir, 'config', 'gc.auto', '0');
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const full = path.join(root, file);
  const before = fs.readFileSync(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`bench edit changed nothing in ${file}`);
  fs.writeFileSync(full, after);
}

/**
 * The co-writer scenario on the generated 10,000-post repository, with a bare remote and two
 * clones: the co-writer changes a post's title and adds a closing paragraph and pushes; the
 * writer changed its publishDate (the next line) and a heading. `pull_merge_ms` is Postdesk's
 * pull with the structured merge (and the site's validator); `git_cli_pull_ms` is a plain
 * `git pull --rebase` without conflict on the same repositories, as the floor.
 */
export async function run(ctx: BenchContext): Promise<Record<string, number>> {
  const generated = await ctx.generatedSite();
  const setupStart = performance.now();
  const base = fs.mkdtempSync(path.join(ctx.tmpDir, 'merge-bench-'));
  const mine = path.join(base, 'mine');
  const bare = path.join(base, 'remote.git');
  const theirs = path.join(base, 'theirs');
  fs.cpSync(generated, mine, { recursive: true });
  await git(mine, 'init', '-q', '-b', 'main');
  await repo(mine);
  await git(mine, 'add', '-A');
  await git(mine, 'commit', '-q', '-m', 'Generated site');
  await git(mine, 'gc', '--quiet');
  await git(base, 'clone', '-q', '--bare', mine, bare);
  await git(mine, 'remote', 'add', 'origin', bare);
  await git(mine, 'fetch', '-q', 'origin');
  await git(mine, 'branch', '-q', '--set-upstream-to=origin/main');
  await git(base, 'clone', '-q', bare, theirs);
  await repo(theirs);

  const { stdout } = await git(mine, 'ls-files', '--', 'src/data/post/*.md');
  const posts = stdout.split('\n').filter(Boolean);
  const scenarioPosts = posts.filter((p) => /^title:.*\npublishDate:.*\n/m.test(fs.readFileSync(path.join(mine, p), 'utf8')) && /^## /m.test(fs.readFileSync(path.join(mine, p), 'utf8')));
  ctx.log(`merge: ${posts.length} posts, ${scenarioPosts.length} fit the scenario (set up in ${Math.round(performance.now() - setupStart)} ms)`);

  const { loadSite } = await import('../src/core/site/load-site');
  const site = await loadSite(mine);
  const validate: ValidateText = (file, text) => (site.collectionFor(file) ? site.validateFile(file, text) : []);

  const rounds = 7;
  const ours: number[] = [];
  const cli: number[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      // Plain pull: the co-writer changed one post, the writer another.
      const [q, r] = [posts[posts.length - 1 - 2 * i]!, posts[posts.length - 2 - 2 * i]!];
      edit(theirs, q, (t) => t.replace(/^title: .*$/m, `title: "Co-writer retitled ${i}"`));
      await git(theirs, 'commit', '-q', '-am', `Co-writer ${i}`);
      await git(theirs, 'push', '-q');
      edit(mine, r, (t) => t.replace(/^title: .*$/m, `title: "Writer retitled ${i}"`));
      await git(mine, 'commit', '-q', '-am', `Writer ${i}`);
      cli.push(await time(() => git(mine, 'pull', '-q', '--rebase')));
      await git(theirs, 'pull', '-q', '--rebase');

      // The co-writer scenario on one post: git alone stops, Postdesk merges.
      const p = scenarioPosts[i]!;
      edit(theirs, p, (t) => `${t.replace(/^title: .*$/m, `title: "Co-writer title ${i}"`)}\nA closing paragraph from the co-writer.\n`);
      await git(theirs, 'commit', '-q', '-am', `Co-writer scenario ${i}`);
      await git(theirs, 'push', '-q');
      edit(mine, p, (t) => t.replace(/^publishDate: .*$/m, `publishDate: "2030-01-0${(i % 9) + 1}T00:00:00.000Z"`).replace(/^## .*$/m, `## A new heading ${i}`));
      await git(mine, 'commit', '-q', '-am', `Writer scenario ${i}`);
      let merged = 0;
      ours.push(
        await time(async () => {
          const result = await pull(mine, undefined, { validate });
          if (result.status !== 'updated') throw new Error(`bench pull was ${result.status}`);
          merged = result.merged.length;
        }),
      );
      if (merged !== 1) throw new Error(`expected the structured merge to resolve 1 post, it resolved ${merged}`);
      await git(theirs, 'pull', '-q', '--rebase');
    }
  } finally {
    site.dispose();
  }
  const skipWarmUp = (xs: number[]) => xs.slice(2);
  const pullMerge = median(skipWarmUp(ours));
  const plain = median(skipWarmUp(cli));
  fs.rmSync(base, { recursive: true, force: true, maxRetries: 5 });
  return { pull_merge_ms: round(pullMerge), git_cli_pull_ms: round(plain), pull_merge_vs_git_cli: round(pullMerge / plain) };
}
