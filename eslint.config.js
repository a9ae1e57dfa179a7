import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'os', 'sharp', 'pg', '@electric-sql/*'],
              message: 'src/core is isomorphic: no Node-only imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    ignores: ['test/assert.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['assert', 'assert/strict', 'node:assert', 'node:assert/strict'].map((name) => ({
            name,
            message:
              "Import test/assert.ts: without a message, Node's assert.ok reads the source to write one, which under tsx can take minutes.",
          })),
        },
      ],
    },
  },
);
