// Lint rules: typescript-eslint's recommended type-aware set plus Astro's, zero warnings allowed.
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

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
  {
    // Plain JavaScript served as the service worker (pages/sw.js.ts); type-checked through // @ts-check.
    files: ['src/client/offline/service-worker.js'],
    languageOptions: { globals: { self: 'readonly', fetch: 'readonly', caches: 'readonly', Response: 'readonly' } },
  },
);
