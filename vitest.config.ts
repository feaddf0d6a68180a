import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the built CLI and LibreOffice: generous, but bounded.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
