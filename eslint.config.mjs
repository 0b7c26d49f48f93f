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
      // `_name` marks a value left out on purpose (an unused parameter); a field split off with
      // `const {name, ...rest}` is left out of `rest`, which is the point.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true},
      ],
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
    files: ['src/playground/engine/playground-worker.js'],
    languageOptions: {sourceType: 'script', globals: {...globals.worker, module: 'readonly'}},
  },
  {
    // Preloaded with node --require (tools/moduleGuard.cjs says why it is CommonJS).
    files: ['tools/*.cjs'],
    languageOptions: {sourceType: 'commonjs'},
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
  {
    // Functions the benchmark runs inside the page (page.evaluate, addInitScript).
    files: ['scripts/bench/**/*.mjs'],
    languageOptions: {globals: {...globals.browser}},
  },
  {
    // eloquent-orm.js types a model's attributes by merging an empty interface that extends
    // ModelInstance<Attrs> into the model class (the package's own guide does this), and the
    // examples' declarations model the package as it is.
    files: ['examples/eloquent-*/**/*.ts'],
    rules: {'@typescript-eslint/no-unsafe-declaration-merging': 'off', '@typescript-eslint/no-empty-object-type': 'off'},
  },
  prettier,
);
