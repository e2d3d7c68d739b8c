// Lint rules: typescript-eslint's recommended type-aware set plus Astro's, zero warnings allowed,
// and the import boundaries of the README's "How it is built": folders say where their code runs.
import { builtinModules } from 'node:module';
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/** An import of a folder under src/, by the `@/` alias or a relative path (`../lib/x`, `../../loader/y.ts`). */
const folder = (...names) => `^(@/|(\\.\\./)+|\\./)(${names.join('|')})(/|\\.ts$|$)`;

const NODE = {
  regex: `^(node:|(${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(/|$))`,
  message: 'Node built-ins run only at build time.',
};
const ASTRO = { regex: '^(astro($|:|/)|@astrojs/)', message: 'Astro (astro:content, astro:*, astro/…) is build-side.' };
const BUILD = {
  regex: folder(
    'lib',
    'loader',
    'ingest',
    'markdown',
    'integrations',
    'pages',
    'components',
    'layouts',
    'config',
    'site',
    'content\\.config',
  ),
  message: 'Build-side code (src/lib, loader, ingest, markdown, integrations, config) is not shipped to the browser.',
};
const CLIENT = { regex: folder('client'), message: 'src/client is browser code; share what both sides need through src/shared.' };
const LIB = {
  regex: folder('lib', 'integrations', 'pages', 'components', 'layouts'),
  message: 'Imports run one way: ingest → loader → lib → pages.',
};

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-out/'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // Import boundaries (tests/unit/import-boundaries.test.ts checks each one fires). One block per folder:
  // a later block naming the same file would replace, not add to, an earlier one's patterns.
  {
    name: 'boundaries/browser',
    // Browser modules (search's engine, worker and page scripts are in src/client/search) and the <script>s of components and pages.
    files: ['src/client/**/*.ts', 'src/**/*.astro/*.ts'],
    rules: restrict(NODE, ASTRO, BUILD),
  },
  {
    name: 'boundaries/shared',
    files: ['src/shared/**/*.ts', 'src/i18n/**/*.ts'],
    rules: restrict(NODE, ASTRO, BUILD, CLIENT),
  },
  {
    name: 'boundaries/ingest',
    files: ['src/ingest/**/*.ts'],
    rules: restrict(ASTRO, CLIENT, {
      regex: folder('loader', 'lib', 'markdown', 'integrations', 'pages', 'components', 'layouts', 'config', 'site'),
      message: 'src/ingest is the pure pipeline: it knows nothing of the loader, the site or Astro.',
    }),
  },
  {
    name: 'boundaries/markdown',
    files: ['src/markdown/**/*.ts'],
    rules: restrict(CLIENT, {
      regex: folder('loader', 'lib', 'integrations', 'pages', 'components', 'layouts'),
      message: LIB.message,
    }),
  },
  {
    name: 'boundaries/loader',
    files: ['src/loader/**/*.ts'],
    rules: restrict(CLIENT, LIB),
  },
  {
    name: 'boundaries/lib',
    files: ['src/lib/**/*.ts', 'src/integrations/**/*.ts'],
    rules: restrict(CLIENT, {
      regex: folder('pages', 'components', 'layouts'),
      message: 'Imports run one way: ingest → loader → lib → pages.',
    }),
  },

  // One source each: the base path is read in src/shared/urls.ts, storage is touched in src/client/safe-storage.ts.
  {
    name: 'one-source',
    files: ['src/**/*.ts', 'src/**/*.astro', 'src/**/*.astro/*.ts'],
    ignores: ['src/shared/urls.ts', 'src/client/safe-storage.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='BASE_URL']",
          message: 'Build URLs with src/shared/urls.ts (or paths.ts with the base passed in).',
        },
        {
          selector: 'Identifier[name=/^(localStorage|sessionStorage)$/]',
          message: 'Use the storage wrapper, src/client/safe-storage.ts (or the favourites store).',
        },
      ],
    },
  },
  {
    // Plain JavaScript served as the service worker (pages/sw.js.ts); type-checked through // @ts-check.
    files: ['src/client/offline/service-worker.js'],
    languageOptions: { globals: { self: 'readonly', fetch: 'readonly', caches: 'readonly', Response: 'readonly' } },
  },
);
