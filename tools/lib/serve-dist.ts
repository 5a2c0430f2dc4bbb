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
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
