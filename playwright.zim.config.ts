import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath as chromium } from './tools/lib/serve-dist.ts';

// The Kiwix files (npm run zim → dist-zim/) served by Debian's kiwix-serve, as a classroom computer would.
// --nosearchbar: Kiwix's own top bar is left out (the site has its own search), so every request is the ZIM's.
if (!existsSync(chromium)) {
  throw new Error(`Chromium not found at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
}
const port = Number(process.env.ZIM_PORT ?? 4329);
const dir = process.env.ZIM_DIR ?? 'dist-zim';

export default defineConfig({
  testDir: 'tests/zim',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromium, args: chromiumArgs },
  },
  webServer: {
    command: `kiwix-serve --nosearchbar --address 127.0.0.1 --port ${port} ${dir}/*.zim`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
