import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import patterns (gitignore-style, matched against the import string) naming each layer. */
const dir = (path) => [`**/${path}`, `**/${path}/**`];
const CORE = dir('core');
const CONTRACT = dir('api/contract');
const SERVER = dir('api/server');
const RENDERER = dir('renderer');
const WEB_HOST = dir('web-host');
const CLI = dir('cli');
const ELECTRON = ['electron', 'electron/*', ...dir('electron/main'), ...dir('electron/preload')];
const NODE = ['node:*'];
const CORE_SITE = dir('site');
/** What no file of src/core may import. */
const OUTSIDE_CORE = [...ELECTRON, ...CONTRACT, ...SERVER, ...RENDERER, ...WEB_HOST, ...CLI];

/** A layer: its files may not import what `banned` names. */
function layer(files, rule, banned, ignores = []) {
  return {
    files: [files],
    ignores,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: banned, message: `Layering: ${rule}.` }] }] },
  };
}

export default tseslint.config(
  { ignores: ['.tmp*/**', '.scratch*/**', 'out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/sample-site/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // The layers, and the one direction their imports go (README, "Architecture"):
  //   renderer -> api contract <- hosts (api server, electron, web host, cli) -> core; every layer -> shared.
  // Each arrow is a rule here, so a wrong import fails `npm run lint` (and CI), not review.
  // src/layers.test.ts shows that each rule fails on a sample violation.
  layer('src/shared/**/*.ts', 'src/shared is pure: it imports no other layer', [...NODE, ...ELECTRON, ...CORE, ...CONTRACT, ...SERVER, ...RENDERER, ...WEB_HOST, ...CLI], ['src/shared/**/*.test.ts']),
  layer('src/core/**/*.ts', 'src/core imports only src/shared (never the API, the hosts or the renderer)', OUTSIDE_CORE),
  // Within the core: the site runs the rules and passes its lookups in through the rules' port
  // (src/core/rules/site-port.ts), so the rules never import the site and the two are no circle.
  // (A later config replaces the rule's options for these files, so it repeats the core's bans.)
  layer('src/core/rules/**/*.ts', 'src/core/rules takes the site\'s lookups through its port (site-port.ts), never from src/core/site; and src/core imports only src/shared', [...OUTSIDE_CORE, ...CORE_SITE]),
  layer('src/api/contract/**/*.ts', 'the contract imports only src/shared (the hosts and the renderer both build on it)', [...NODE, ...ELECTRON, ...CORE, ...SERVER, '../server', '../server/**', ...RENDERER, ...WEB_HOST, ...CLI]),
  layer('src/api/server/**/*.ts', 'the API server is a host of the core: core, contract and shared, never the renderer or another host', [...ELECTRON, ...RENDERER, ...WEB_HOST, ...CLI]),
  layer('src/web-host/**/*.ts', 'the browser host binds the API server: never the renderer, Electron or the CLI', [...ELECTRON, ...RENDERER, ...CLI]),
  layer('src/cli/**/*.ts', 'the CLI runs the core\'s use cases: never the renderer or another host', [...ELECTRON, ...RENDERER, ...WEB_HOST]),
  layer('electron/main/**/*.ts', 'the Electron main process is a host: never the renderer', [...RENDERER, ...WEB_HOST, ...CLI]),
  layer('electron/preload/**/*.ts', 'the preload exposes the contract and nothing else', [...CORE, ...SERVER, ...RENDERER, ...WEB_HOST, ...CLI, ...NODE]),
  layer('src/renderer/**/*.{ts,tsx}', 'the renderer imports only the contract, src/shared and its own client', [...NODE, ...ELECTRON, ...CORE, ...SERVER, ...WEB_HOST, ...CLI]),
);
