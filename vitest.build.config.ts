import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each scenario builds its own copy of the site with Astro: slow, so kept apart from the unit tests.
    include: ['tests/build/*/*.test.ts'],
    fileParallelism: false,
  },
});
