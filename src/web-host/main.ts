import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../api/server/backend';
import { parseWebHostArgs } from './args';
import { createAssetRoute } from './asset-route';
import { startWebHost } from './server';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = resolve(here, '../..');
/** Built (out/web-host/main.js, see scripts/build-web-host.ts), the host has its workers beside it. */
const built = !import.meta.url.endsWith('.ts');

function defaultDataDir(): string {
  const base = process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
  return join(base, 'postdesk-browser');
}

async function main(): Promise<number> {
  const parsed = parseWebHostArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    return 2;
  }
  const { folder, port, dataDir } = parsed.args;
  const token = randomBytes(24).toString('base64url');
  let origin = '';
  const backend = await createBackend({
    dataDir: resolve(dataDir ?? process.env.POSTDESK_DATA_DIR ?? defaultDataDir()),
    sampleSiteDir: join(repoRoot, 'resources/sample-site'),
    initialFolder: folder ? resolve(folder) : undefined,
    host: {
      kind: 'browser',
      pickFolder: null,
      openExternal: async () => false,
      assetRoute: () => ({ base: `${origin}/asset/${token}/`, source: `${origin}/asset/${token}/` }),
      ...(built ? { workerDir: here } : {}),
    },
  });
  const assets = createAssetRoute(token, () => backend.workspace.current()?.info.root ?? null);
  const host = await startWebHost({
    backend,
    staticDir: join(repoRoot, 'out/renderer'),
    token,
    port,
    extraRoutes: async (req, res, pathname) => {
      // The folder opens after the host starts listening: asset requests wait for it.
      if (pathname.startsWith('/asset/')) await backend.started;
      return assets(req, res, pathname);
    },
  });
  origin = `http://127.0.0.1:${host.port}`;
  // The URL first: the page loads while the folder opens (the page waits for it).
  console.log(`Postdesk is running at ${host.url}`);
  console.log('Open that URL in a browser. Press Ctrl+C to stop.');
  void backend.started.then(() => {
    const site = backend.workspace.current();
    console.log(site ? `Postdesk: opened ${site.info.root} (${site.entries().length} entries)` : 'Postdesk: no folder open');
  });

  const stop = () => {
    // Pending drafts reach the disk before the process ends.
    void host
      .close()
      .then(() => backend.dispose())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(`Postdesk could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
