// Lint rules for Insyn. Type-aware rules are left to `tsc`; these catch what it does not.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.dependency-cruiser.cjs', 'node_modules/**', 'data/**', 'banner/dist/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
        setImmediate: 'readonly', queueMicrotask: 'readonly', structuredClone: 'readonly', fetch: 'readonly',
        AbortController: 'readonly', AbortSignal: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly',
        performance: 'readonly', document: 'readonly', window: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Enums are not erasable syntax; use a union of string literals.' },
        { selector: 'TSModuleDeclaration[kind="namespace"]', message: 'Namespaces are not erasable syntax.' },
        { selector: 'TSParameterProperty', message: 'Parameter properties are not erasable syntax.' },
      ],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The browser script (banner/dist is built from it): the globals of ES2017 browsers (the DOM and
    // ES2017 libraries), none of Node's and nothing newer, checked by no-undef.
    files: ['banner/**/*.ts'],
    ignores: ['banner/build.ts', 'banner/**/*.test.ts'],
    languageOptions: {
      ecmaVersion: 2017,
      parserOptions: { lib: ['es2017', 'dom'] },
      globals: { location: 'readonly', process: 'off', Buffer: 'off', setImmediate: 'off', structuredClone: 'off', queueMicrotask: 'off' },
    },
    rules: { 'no-undef': 'error' },
  },
  {
    files: ['**/*.test.ts', 'test/**', 'bench/**', 'scripts/**'],
    rules: { 'max-lines': 'off' },
  },
);
