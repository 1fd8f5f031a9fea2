import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';

// The architecture's import zones (docs in README "Code layout"). A newcomer learns them from
// the error message: "src/client/features/x may not import src/client/features/y".
const elements = [
  { type: 'shared', pattern: 'src/shared', mode: 'folder' },
  { type: 'server', pattern: 'src/server', mode: 'folder' },
  { type: 'app', pattern: 'src/client/app', mode: 'folder' },
  { type: 'db', pattern: 'src/client/db', mode: 'folder' },
  { type: 'sync', pattern: 'src/client/sync', mode: 'folder' },
  { type: 'scan', pattern: 'src/client/scan', mode: 'folder' },
  { type: 'ui', pattern: 'src/client/ui', mode: 'folder' },
  { type: 'i18n', pattern: 'src/client/i18n', mode: 'folder' },
  { type: 'platform', pattern: 'src/client/platform', mode: 'folder' },
  { type: 'feature', pattern: 'src/client/features/*', mode: 'folder', capture: ['feature'] },
];

const clientBase = ['shared', 'i18n', 'ui', 'platform'];

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'coverage', 'test/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': ['src/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'boundaries/no-unknown-files': 'error',
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          message:
            'a ${file.type} module may not import from ${dependency.type} (see "Import zones" in README.md)',
          rules: [
            { from: 'shared', allow: ['shared'] },
            { from: 'server', allow: ['server', 'shared'] },
            { from: 'i18n', allow: ['i18n', 'shared'] },
            { from: 'platform', allow: ['platform', 'shared', 'i18n'] },
            { from: 'ui', allow: ['ui', 'i18n', 'shared', 'platform'] },
            { from: 'db', allow: ['db', 'shared'] },
            { from: 'sync', allow: ['sync', 'db', 'shared', 'platform'] },
            { from: 'scan', allow: ['scan', ...clientBase] },
            {
              from: 'feature',
              allow: [
                ...clientBase,
                'db',
                'sync',
                'scan',
                ['feature', { feature: '${from.feature}' }],
              ],
            },
            { from: 'app', allow: ['app', ...clientBase, 'db', 'sync', 'scan', 'feature'] },
          ],
        },
      ],
    },
  },
  {
    // Every user-facing string lives in a message catalog, so the app reads the same in vi and en.
    files: ['src/client/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/\\p{L}{2,}/u]',
          message:
            'User-facing text belongs in a message catalog (src/client/i18n/catalogs): use t().',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|placeholder|title|alt)$/] > Literal[value=/\\p{L}{2,}/u]',
          message:
            'User-facing text belongs in a message catalog (src/client/i18n/catalogs): use t().',
        },
      ],
    },
  },
  {
    // Only the database layer talks to Dexie; everything else goes through repository functions.
    files: ['src/client/**/*.{ts,tsx}'],
    ignores: ['src/client/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'dexie',
              message: 'Use the repository functions in src/client/db instead of Dexie tables.',
            },
          ],
        },
      ],
    },
  },
  {
    // shared/ is pure: no DOM, no Node.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'react', 'react-dom', 'dexie'],
              message: 'src/shared must stay pure (no DOM, no Node APIs).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
      ],
    },
  },
);
