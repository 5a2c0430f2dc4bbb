// Starts the production nginx configuration on a loopback port for scripts (eval, bench).
import { spawn, type ChildProcess } from 'node:child_process';

export async function serveDist(dist: string, port: number): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn('bash', ['tools/serve.sh', dist], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`nginx did not start on ${url} (is nginx installed? see tools/install-test-deps.sh)`);
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The tests load one origin: Chromium's per-site processes and its background services only cost CPU on a 2-core
// machine (measured on 32 pages of the every-page gate: 79 → 73 CPU-s). A new browsing instance and document host
// per navigation (kept for the back-forward cache, which Playwright turns off anyway) cost 82–92 → 78–79 CPU-s more.
export const chromiumArgs = [
  '--no-sandbox',
  [
    '--disable-features=site-per-process,Translate,OptimizationHints,MediaRouter',
    'ProactivelySwapBrowsingInstance,BackForwardCache,RenderDocument',
  ].join(','),
  '--disable-extensions',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
