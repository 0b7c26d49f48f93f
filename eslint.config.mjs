// ESLint for the whole tree (site, plugins, tools, scripts, tests and the examples): the
// recommended JavaScript and typescript-eslint rules, the React hooks rules for components, and
// eslint-config-prettier last so that formatting is Prettier's alone (`npm run format`).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/', '**/build/', '**/dist/', '**/.docusaurus/', 'bench/', 'test-results/', 'playwright-report/', 'static/sqljs/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.node}},
    rules: {
      // `_name` marks a value left out on purpose (a destructured field, an unused parameter).
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'}],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: {'react-hooks': reactHooks},
    languageOptions: {globals: {...globals.browser}},
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['tests/**'],
    rules: {
      // Playwright fixtures without dependencies take `{}`: its documented form.
      'no-empty-pattern': ['error', {allowObjectPatternsAsParameters: true}],
      // The example tests read GraphQL responses, untyped JSON, field by field.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Loaded as a classic Web Worker, and required by the unit tests through module.exports.
    files: ['src/plugins/sqljs-assets/playground-worker.js'],
    languageOptions: {sourceType: 'script', globals: {...globals.worker, module: 'readonly'}},
  },
  {
    // Functions the benchmark runs inside the page (page.evaluate, addInitScript).
    files: ['scripts/bench/**/*.mjs'],
    languageOptions: {globals: {...globals.browser}},
  },
  prettier,
);
