import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

// One runtime per folder, enforced: a reader knows from the path what a file may touch.
const pure = ['src/lib/**', 'src/schemas/**'];
const browser = ['src/client/**'];
const siteNode = ['src/server/**', 'src/integrations/**', 'src/routes/**', 'src/route-middleware/**'];
const node = [...siteNode, 'tools/**', '*.config.*', 'content.config.ts'];

// Globals only one runtime has: `document` in src/lib, or `process` in src/client, is an error.
const browserOnly = Object.keys(globals.browser).filter((g) => !(g in globals.node) && !(g in globals.es2024));
const nodeOnly = Object.keys(globals.node).filter((g) => !(g in globals.browser) && !(g in globals.es2024));
const restrict = (names) => [
  'error',
  ...names.map((name) => ({ name, message: `${name} is not available in this folder's runtime.` })),
];

const noNode = { group: ['node:*'], message: 'Node built-ins belong in src/server, src/integrations or tools/.' };
const noAstro = { group: ['astro:*'], message: 'Astro runtime modules belong in src/server or components.' };
const noUp = (...dirs) =>
  dirs.map((dir) => ({
    group: [`**/${dir}/**`],
    message: `this folder must not depend on ${dir}/ (see README: Layout).`,
  }));

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-zim/',
      'deploy/out/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Isomorphic: no DOM, no Node, no Astro — runs in the browser, at build time and in unit tests alike.
    files: pure,
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-globals': restrict([...browserOnly, ...nodeOnly]),
      'no-restricted-imports': [
        'error',
        { patterns: [noNode, noAstro, ...noUp('client', 'server', 'integrations', 'tools')] },
      ],
    },
  },
  {
    files: browser,
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-globals': restrict(nodeOnly),
      'no-restricted-imports': ['error', { patterns: [noNode, noAstro, ...noUp('server', 'integrations', 'tools')] }],
    },
  },
  {
    files: node,
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { patterns: noUp('client') }] },
  },
  {
    // The site's build-time code: neither browser modules nor developer tooling. (One block: a later block that
    // set the rule again for src/** would replace, not add to, the "no src/client" patterns above.)
    files: siteNode,
    rules: { 'no-restricted-imports': ['error', { patterns: noUp('client', 'tools') }] },
  },
  {
    // Components load browser modules in their <script>s, but the site never depends on developer tooling.
    files: ['src/**'],
    ignores: ['src/lib/**', 'src/schemas/**', 'src/client/**', ...siteNode],
    rules: { 'no-restricted-imports': ['error', { patterns: noUp('tools') }] },
  },
);
