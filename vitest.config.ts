import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'exercises/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
