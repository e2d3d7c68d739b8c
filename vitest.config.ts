import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 20_000,
    // The JSON report lets .ci/run total the results of every runner.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
