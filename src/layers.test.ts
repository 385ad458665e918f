import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './test-support/shared-fixtures';

/**
 * The layering rules of eslint.config.js, shown to fail on a sample import across each
 * forbidden arrow (and to pass the allowed ones). The samples are linted as if they were files
 * at those paths; nothing is written into the tree.
 */
const eslint = new ESLint({ cwd: repoRoot });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const forbidden: [string, string, string][] = [
  ['the renderer', 'src/renderer/app/Sample.tsx', "import type { SiteLookup } from '../../core/rules/site-port';"],
  ['the renderer', 'src/renderer/workspace/Sample.tsx', "import { createBackend } from '../../api/server/backend';"],
  ['the renderer', 'src/renderer/client/sample.ts', "import { readFile } from 'node:fs/promises';"],
  ['the renderer', 'src/renderer/posts/Sample.tsx', "import { loadSite } from '../../core/site/load-site';"],
  ['src/core', 'src/core/git/sample.ts', "import { calls } from '../../api/contract/calls';"],
  ['src/core', 'src/core/documents/sample.ts', "import { createBackend } from '../../api/server/backend';"],
  ['src/core', 'src/core/site/sample.ts', "import { App } from '../../renderer/app/App';"],
  ['src/core', 'src/core/app/sample.ts', "import { app } from 'electron';"],
  ['src/core/rules', 'src/core/rules/sample.ts', "import { checkLink } from '../site/link-resolver';"],
  ['src/core/rules', 'src/core/rules/sample.ts', "import type { CollectionSpec } from '../site/site-spec';"],
  ['src/core/rules', 'src/core/rules/sample.ts', "import { calls } from '../../api/contract/calls';"],
  ['src/shared', 'src/shared/sample.ts', "import { parseFrontmatter } from '../core/frontmatter/parse-frontmatter';"],
  ['src/shared', 'src/shared/sample.ts', "import path from 'node:path';"],
  ['the contract', 'src/api/contract/sample.ts', "import { parseFrontmatter } from '../../core/frontmatter/parse-frontmatter';"],
  ['the contract', 'src/api/contract/sample.ts', "import { createBackend } from '../server/backend';"],
  ['the API server', 'src/api/server/sample.ts', "import { DocumentStore } from '../../renderer/documents/document-store';"],
  ['the browser host', 'src/web-host/sample.ts', "import { App } from '../renderer/app/App';"],
  ['the CLI', 'src/cli/sample.ts', "import { App } from '../renderer/app/App';"],
  ['the Electron main process', 'electron/main/sample.ts', "import { App } from '../../src/renderer/app/App';"],
  ['the preload', 'electron/preload/sample.ts', "import type { PreloadBridge } from '../../src/renderer/client/bridge';"],
  ['the preload', 'electron/preload/sample.ts', "import { loadSite } from '../../src/core/site/load-site';"],
];

const allowed: [string, string, string][] = [
  ['the renderer', 'src/renderer/app/Sample.tsx', "import { calls } from '../../api/contract/calls';\nimport { countWords } from '../../shared/reading-time';"],
  ['src/core', 'src/core/git/sample.ts', "import { countWords } from '../../shared/reading-time';"],
  ['src/core/rules', 'src/core/rules/sample.ts', "import type { SiteLookup } from './site-port';\nimport { parseFrontmatter } from '../frontmatter/parse-frontmatter';\nimport { fieldAt } from '../../shared/site-model';"],
  ['src/core/site', 'src/core/site/sample.ts', "import { siteDiagnostics } from '../rules/site-rules';"],
  ['the contract', 'src/api/contract/sample.ts', "import { RULE_IDS } from '../../shared/diagnostics';"],
  ['the API server', 'src/api/server/sample.ts', "import { loadSite } from '../../core/site/load-site';\nimport { calls } from '../contract/calls';"],
  ['the CLI', 'src/cli/sample.ts', "import { loadSite } from '../core/site/load-site';"],
  ['the preload', 'electron/preload/sample.ts', "import { calls } from '../../src/api/contract/calls';"],
];

describe('layering (eslint.config.js)', () => {
  it.each(forbidden)('%s may not: %s <- %s', async (_layer, file, statement) => {
    const errors = await layeringErrors(file, `${statement}\nexport const used = [${statement.match(/\{ (?:type )?(\w+)/)?.[1] ?? statement.match(/import (\w+)/)![1]}];\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('Layering:');
  });

  it.each(allowed)('%s may: %s <- %s', async (_layer, file, statement) => {
    expect(await layeringErrors(file, statement)).toEqual([]);
  });

  it('fails the lint command (what `npm run lint` runs) on a renderer -> core, a core -> api and a rules -> site import', () => {
    const run = (file: string, code: string) =>
      spawnSync(process.execPath, [join(repoRoot, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file], {
        cwd: repoRoot,
        input: code,
        encoding: 'utf8',
      });
    const rendererToCore = run('src/renderer/app/Sample.tsx', "import type { SiteLookup } from '../../core/rules/site-port';\nexport type L = SiteLookup;\n");
    expect(rendererToCore.status).toBe(1);
    expect(rendererToCore.stdout).toContain('Layering: the renderer imports only the contract');
    const coreToApi = run('src/core/git/sample.ts', "import { calls } from '../../api/contract/calls';\nexport const c = calls;\n");
    expect(coreToApi.status).toBe(1);
    expect(coreToApi.stdout).toContain('Layering: src/core imports only src/shared');
    const rulesToSite = run('src/core/rules/sample.ts', "import { checkLink } from '../site/link-resolver';\nexport const c = checkLink;\n");
    expect(rulesToSite.status).toBe(1);
    expect(rulesToSite.stdout).toContain("Layering: src/core/rules takes the site's lookups through its port");
    const clean = run('src/core/git/sample.ts', "import { countWords } from '../../shared/reading-time';\nexport const c = countWords;\n");
    expect(clean.status).toBe(0);
  });
});
