// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Visible text in JSX must come from the locale files, so that both languages stay complete. */
const noLiteralJsxText = {
  meta: { type: 'problem', messages: { literal: 'Visible text "{{text}}" must go through t() so it exists in English and Czech.' }, schema: [] },
  create(context) {
    const visibleAttributes = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);
    const hasWords = (text) => /\p{L}{2,}/u.test(text);
    return {
      JSXText(node) {
        if (hasWords(node.value)) context.report({ node, messageId: 'literal', data: { text: node.value.trim() } });
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (visibleAttributes.has(name) && node.value?.type === 'Literal' && typeof node.value.value === 'string' && hasWords(node.value.value)) {
          context.report({ node, messageId: 'literal', data: { text: node.value.value } });
        }
      },
    };
  },
};

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util', 'worker_threads'];

/** A deferred transaction that reads and then writes fails at once with SQLITE_BUSY when another
 * connection wrote meanwhile; BEGIN IMMEDIATE takes the write lock first and waits out the busy timeout. */
const transactionRule = {
  selector: "CallExpression[arguments.length=0] > CallExpression.callee[callee.property.name='transaction']",
  message: 'Run a transaction with .immediate() when it writes, or .deferred() when it only reads.',
};

/** The desktop app started from source names its Electron build of better-sqlite3 (open-sqlite.ts). */
const databaseRule = {
  selector: "NewExpression[callee.name='Database']",
  message: 'Open SQLite with openSqlite() (electron/core/db/open-sqlite.ts), which uses the build for the runtime.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'as', objectLiteralTypeAssertions: 'never' }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'no-console': ['error', { allow: ['error', 'warn', 'log'] }],
      'no-restricted-syntax': ['error', transactionRule],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The program's own connections all go through openSqlite (tests open files as they like).
    files: ['electron/**'],
    ignores: ['electron/core/db/open-sqlite.ts'],
    rules: { 'no-restricted-syntax': ['error', transactionRule, databaseRule] },
  },
  {
    // The core is pure Node: it never touches Electron, so the CLI and the browser mode can run it.
    files: ['electron/core/**', 'electron/cli/**', 'electron/web/**', 'electron/shared/**', 'electron/sync-server/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The core, the CLI and the browser mode must run without Electron.' }], patterns: [{ group: ['**/main/*', '**/renderer/**'], message: 'Layers point inwards: only electron/main and the renderer depend on the core.' }] },
      ],
    },
  },
  {
    // The pure layer: constants and rules shared with the renderer, so no Node and no database.
    files: ['electron/core/domain/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        // The language folders' JSON is data, which the renderer bundles too (ui-locales): the one way out.
        { paths: ['electron', 'better-sqlite3'], patterns: [{ regex: '^(node:|\\.\\./(?!\\.\\./\\.\\./resources/locales/[a-z]{2}/[a-z.]+\\.json$))', message: 'electron/core/domain is pure: it runs in the renderer too.' }] },
      ],
    },
  },
  {
    // The renderer reaches data only through the contract: it may import the core's types, never its code.
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { workbench: { rules: { 'no-literal-jsx-text': noLiteralJsxText } } },
    rules: {
      'workbench/no-literal-jsx-text': 'error',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...nodeBuiltins, ...nodeBuiltins.map((name) => `node:${name}`), 'better-sqlite3'].map((name) => ({ name, message: 'The renderer runs in a sandboxed page.' })),
          patterns: [
            {
              regex: '/electron/(core/(?!domain/)|main/)',
              allowTypeImports: true,
              message: 'Import the core only as types (its pure domain constants excepted); call it through the API client.',
            },
          ],
        },
      ],
    },
  },
);
