import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath as chromium } from './tools/lib/serve-dist.ts';

// Playwright cannot download browsers here; Debian's Chromium is required, and its absence is an error, not a skip.
if (!existsSync(chromium)) {
  throw new Error(`Chromium not found at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
}
const port = Number(process.env.PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // Generous limits cost nothing when a test passes; on a 2-core machine with other work on it (three workers, or
  // two busy processes beside the suite) a search took over 5 s and saving two language packs over 30 s.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A first visit with the service worker on downloads a whole language pack in the background: in every test's
    // fresh context that is thousands of requests and most of a core. The specs about offline use turn it on.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromium,
      args: chromiumArgs,
    },
  },
  // The production build behind the production nginx configuration, as deployed.
  webServer: {
    command: `bash tools/serve.sh ${process.env.DIST_DIR ?? 'dist'}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    env: { PORT: String(port) },
    timeout: 30_000,
  },
});
