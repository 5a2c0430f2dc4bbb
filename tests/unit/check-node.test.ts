// A newcomer on Node 20 (Debian 12, many CI images) gets one clear message from `npm ci` / `npm start`,
// naming the version needed, the version found and the command that fixes it — not a stack trace from the build.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const script = 'tools/check-node.cjs';

/** Node binaries on this machine older than 22 (Debian's own Node 20, when present). */
function oldNodes(): string[] {
  const found = spawnSync('bash', ['-c', 'which -a node nodejs 2>/dev/null'], { encoding: 'utf8' }).stdout;
  return [...new Set(found.split('\n').filter(Boolean))].filter((bin) => {
    const version = spawnSync(bin, ['-v'], { encoding: 'utf8' }).stdout.trim();
    return /^v(\d+)\./.test(version) && Number(/^v(\d+)/.exec(version)?.[1]) < 22;
  });
}

describe('the Node version check', () => {
  it('passes on this Node', () => {
    expect(() => execFileSync(process.execPath, [script])).not.toThrow();
  });

  it('stops an old Node with the versions and the fix', () => {
    const run = spawnSync(process.execPath, [script], {
      encoding: 'utf8',
      env: { ...process.env, CHECK_NODE_VERSION: '20.20.2' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('needs Node.js 22.22 or newer; this is Node.js 20.20.2');
    expect(run.stderr).toMatch(/npm install --prefix \S+ node@22/);
  });

  it('stops a Node 22 older than Astro 7.4 accepts', () => {
    const run = spawnSync(process.execPath, [script], {
      encoding: 'utf8',
      env: { ...process.env, CHECK_NODE_VERSION: '22.21.1' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('this is Node.js 22.21.1');
  });

  it('stops a real old Node on this machine the same way', () => {
    const old = oldNodes();
    // Debian's Node 20 is on the machines this project targets; without one, the simulated case above stands.
    for (const bin of old) {
      const run = spawnSync(bin, [script], { encoding: 'utf8' });
      expect(run.status, bin).toBe(1);
      expect(run.stderr).toMatch(/needs Node\.js 22\.22 or newer; this is Node\.js 2\d\./);
    }
    console.info(`old Node binaries checked: ${old.join(', ') || 'none on this machine'}`);
  });
});
