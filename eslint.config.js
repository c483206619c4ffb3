import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

// Architecture rules (docs/style.md): core <- features <- app, one way only.
const coreBans = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['react', 'react-dom', 'react/*', '@tanstack/*'], message: 'src/core is pure TypeScript: no React, no Query.' },
        { group: ['**/features/**', '**/app/**', '**/components/**', '**/i18n/**'], message: 'src/core must not depend on outer layers.' },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'fetch', message: 'No network in src/core: fetch lives in features/*/api.' },
    { name: 'window', message: 'No DOM in src/core.' },
    { name: 'document', message: 'No DOM in src/core.' },
    { name: 'localStorage', message: 'Tokens are never stored.' },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Time is a parameter in src/core.' },
    { object: 'performance', property: 'now', message: 'Time is a parameter in src/core.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time is a parameter in src/core.' },
  ],
};

export default defineConfig([
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Token data is rendered as text only.' },
      ],
    },
  },
  { files: ['src/core/**/*.ts'], ignores: ['src/core/**/*.test.ts'], rules: coreBans },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/app/**'], message: 'features must not import the app layer.' }] }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'e2e/**/*.{mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
]);
