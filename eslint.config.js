import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The one direction of dependency (DEVELOPERS.md): engine ← store ← graph/ui, engine ← cli.
const forbid = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: groups.map((group) => ({
        group: [group],
        message: 'Dependencies point one way: engine ← store ← graph/ui.',
      })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', '.tmp-*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/engine/**'],
    rules: forbid(
      '**/store/**',
      '**/graph/**',
      '**/ui/**',
      '**/cli/**',
      'react',
      'react-dom',
      'd3',
      'd3-*',
      'zustand',
    ),
  },
  { files: ['src/store/**'], rules: forbid('**/graph/**', '**/ui/**', '**/cli/**', 'd3', 'd3-*') },
  {
    files: ['src/cli/**'],
    rules: forbid('**/store/**', '**/graph/**', '**/ui/**', 'react', 'd3', 'zustand'),
  },
);
