import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
  {
    // Shared helpers are pure: every layer may import them, so they import no layer (and no Node or DOM API).
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', 'node:*'], message: 'src/shared is pure: no Electron or Node modules.' },
            { group: ['**/core/**', '**/renderer/**', '**/web-host/**', '**/api/**', '**/cli/**'], message: 'src/shared imports nothing from the other layers.' },
          ],
        },
      ],
    },
  },
  {
    // The core stays host-independent: no Electron, renderer, web host or API imports.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'src/core must not depend on Electron.' },
            { group: ['**/renderer/**', '**/web-host/**', '**/api/**', '**/cli/**'], message: 'src/core imports nothing from the hosts, the renderer or the API.' },
          ],
        },
      ],
    },
  },
);
