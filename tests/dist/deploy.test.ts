// `npm run deploy:<host>` up to the point of publishing: it refuses a build without a real SITE_URL, prepares each
// host's directory (the build plus the host's generated files) and prints the host's command; it refuses a file
// over a host's limit. The "build for the fake address" is this build copied with its address replaced, the way
// the script reads it (robots.txt's sitemap line), so no second build runs here.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hosts, responseLocales } from '../../deploy/responses.ts';
import { generatedFiles } from '../../tools/lib/deploy-config.ts';

const work = mkdtempSync(join(tmpdir(), 'deploy-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fake = 'https://kb.example.org';
const builtFor = /Sitemap:\s*(\S+)/.exec(readFileSync('dist/robots.txt', 'utf8'))?.[1] ?? '';

/** A copy of dist/ whose robots.txt names `origin`, as a build with SITE_URL=origin does. */
function buildFor(origin: string, name: string): string {
  const dir = join(work, name);
  cpSync('dist', dir, { recursive: true });
  const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
  writeFileSync(join(dir, 'robots.txt'), robots.replace(new URL(builtFor).origin, origin));
  return dir;
}

function deploy(host: string, env: Record<string, string | undefined>, ...args: string[]) {
  const { SITE_URL: _, ...rest } = process.env;
  const result = spawnSync('node', ['tools/deploy.ts', host, ...args], {
    env: { ...rest, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('npm run deploy:<host> refuses what must not be published', () => {
  for (const host of Object.keys(hosts)) {
    it(`${host}: without SITE_URL, before building anything`, () => {
      const r = deploy(host, {});
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/SITE_URL is not set/);
      expect(r.out).not.toMatch(/Building/);
    });
  }

  it('with a localhost, loopback or plain-http address, or one with a path', () => {
    for (const url of ['http://localhost:4321', 'https://localhost', 'https://127.0.0.1:8080', 'http://kb.example.org']) {
      const r = deploy('netlify', { SITE_URL: url });
      expect(r.code, url).toBe(1);
      expect(r.out, url).toMatch(/Refusing/);
    }
    expect(deploy('github-pages', { SITE_URL: `${fake}/repo/` }).out).toMatch(/has a path/);
  });

  it('a build made for another address (here: the test build, made without SITE_URL)', () => {
    const r = deploy('cloudflare-pages', { SITE_URL: fake }, '--dist', 'dist', '--no-zim', '--out', join(work, 'x'));
    expect(r.code).toBe(1);
    expect(r.out).toContain(`not ${fake}`);
  });

  it('a file over the host’s size limit, naming it', () => {
    const dist = buildFor(fake, 'too-big');
    const limit = hosts['cloudflare-pages'].maxFileBytes;
    writeFileSync(join(dist, 'big.bin'), '');
    truncateSync(join(dist, 'big.bin'), limit + 1);
    const r = deploy('cloudflare-pages', { SITE_URL: fake }, '--dist', dist, '--no-zim', '--out', join(work, 'big'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/big\.bin is 25\.0 MiB; Cloudflare Pages takes files up to 25\.0 MiB/);
  });
});

describe('npm run deploy:<host> with a real address prepares the host and prints its command', () => {
  const dist = buildFor(fake, 'site');
  for (const host of Object.keys(hosts)) {
    it(host, () => {
      const out = join(work, `out-${host}`);
      const r = deploy(host, { SITE_URL: fake }, '--dist', dist, '--no-zim', '--out', out);
      expect(r.code, r.out).toBe(0);
      expect(r.out).toMatch(/within the limits of /);
      expect(r.out).toContain('Publish with:');
      if (host !== 'github-pages') {
        expect(r.out).toContain(out);
        for (const file of ['_headers', '_redirects']) {
          expect(readFileSync(join(out, file), 'utf8')).toBe(generatedFiles()[`deploy/${host}/${file}`]);
        }
      } else expect(existsSync(join(out, '.nojekyll'))).toBe(true);
      if (host === 'cloudflare-pages') {
        for (const l of responseLocales) {
          expect(readFileSync(join(out, l, '404.html'), 'utf8')).toBe(readFileSync(`dist/${l}/404/index.html`, 'utf8'));
        }
      }
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(readFileSync('dist/index.html', 'utf8'));
    });
  }
});
