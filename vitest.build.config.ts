import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each scenario builds its own copy of the site with Astro: slow, so kept apart from the unit tests.
    include: ['tests/build/*/*.test.ts'],
    fileParallelism: false,
    // Making and removing a copy (node_modules hard-linked: tens of thousands of entries) took over vitest's 10 s
    // hook limit on a busy 2-core machine, failing scenarios whose builds had passed.
    hookTimeout: 120_000,
  },
});
