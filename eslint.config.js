import { domainTables } from './scripts/lint-domain-tables.mjs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** A no-restricted-imports pattern for any relative import that reaches into the top-level folder `side`. */
function fence(side, message) {
  return { regex: `^(\\.\\./)+${side}(/|$)`, message };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'server/db/migrations/**', 'test-results/**', 'playwright-report/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // Fenced sides (issue 12): shared/ runs in both and imports neither side; web/ talks to the server
  // only over HTTP, so it imports shared/ but never server/ (its tests included); server/ never
  // imports web/. The TypeScript projects (tsconfig.json references) refuse the same imports.
  {
    files: ['web/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [fence('server', 'web/ imports only shared/, never server/')] }] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [fence('server', 'shared/ imports neither side'), fence('web', 'shared/ imports neither side')] }],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [fence('web', 'server/ never imports web/')] }] },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', fetch: 'readonly', performance: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Domains meet through services, never tables (issue 12): no file of a domain imports another
  // domain's *.schema (scripts/lint-domain-tables.mjs; its own rule name, so it adds to the fences above).
  {
    files: ['server/domains/**/*.ts'],
    plugins: { 'domain-tables': domainTables },
    rules: { 'domain-tables/no-foreign-tables': 'error' },
  },
);
