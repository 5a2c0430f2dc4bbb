// `npm run deploy:<host>`: builds the site for its public address, prepares the host's publish directory
// (the build, the host's generated _headers/_redirects, the Kiwix files), checks the host's limits and prints the
// one command that publishes it. It never publishes by itself: that needs the host's credentials.
//
// Usage: node tools/deploy.ts <cloudflare-pages|netlify|github-pages> [--dist <built dir>] [--out <dir>] [--no-zim]
//   --dist  use a build made earlier (with the same SITE_URL) instead of building
//   --out   the publish directory (default deploy/out/<host>)
//   --no-zim  leave out the Kiwix files (the offline-packs pages then link to files that are not there)
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, globSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hosts, responseLocales, type Host } from '../deploy/responses.ts';
import { generatedFiles, publishDir } from './lib/deploy-config.ts';

function fail(message: string): never {
  console.error(`deploy: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const host = args[0] as Host;
if (!host || !(host in hosts)) fail(`name a host: ${Object.keys(hosts).join(', ')}`);
const limits = hosts[host];

/** The public address, or the reason it cannot be published to. */
export function siteUrlProblem(value: string | undefined): string | undefined {
  if (!value) return 'SITE_URL is not set: canonical links, hreflang, the sitemap and robots.txt would name localhost.';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL "${value}" is not an address (expected e.g. https://example.org).`;
  }
  const name = url.hostname.replace(/^\[|\]$/g, '');
  if (/^(localhost|.*\.localhost|127(\.\d+){3}|0\.0\.0\.0|::1?)$/i.test(name)) {
    return `SITE_URL "${value}" is a local address: a published site must name its public address.`;
  }
  if (url.protocol !== 'https:') return `SITE_URL "${value}" must start with https:// (every host here serves HTTPS).`;
  if (url.pathname !== '/') {
    return `SITE_URL "${value}" has a path: the site is built for the root of its domain (use a custom domain).`;
  }
  return undefined;
}

const siteUrl = process.env.SITE_URL;
const problem = siteUrlProblem(siteUrl);
if (problem) fail(`${problem} Refusing to prepare ${limits.name}.`);
const origin = new URL(siteUrl as string).origin;

// 1. The build: made here with SITE_URL, or given (and then checked to be made for the same address).
let dist = option('--dist');
if (!dist) {
  dist = 'dist';
  console.log(`Building for ${origin}…`);
  const built = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env: process.env });
  if (built.status !== 0) fail('the build failed.');
}
const robots = join(dist, 'robots.txt');
if (!existsSync(robots)) fail(`${dist} is no build of this site (no robots.txt).`);
const builtFor = /Sitemap:\s*(\S+)/i.exec(readFileSync(robots, 'utf8'))?.[1] ?? '';
if (!builtFor.startsWith(`${origin}/`)) {
  fail(
    `${dist} was built for ${builtFor ? new URL(builtFor).origin : 'no address'}, not ${origin}: build it with SITE_URL=${origin}.`,
  );
}

// 2. The publish directory: the build plus the host's own files.
const out = option('--out') ?? publishDir(host);
rmSync(out, { recursive: true, force: true });
cpSync(dist, out, { recursive: true });
const generated = generatedFiles();
if (host === 'cloudflare-pages' || host === 'netlify') {
  for (const file of ['_headers', '_redirects'])
    writeFileSync(join(out, file), generated[`deploy/${host}/${file}`] ?? '');
}
if (host === 'cloudflare-pages') {
  // Cloudflare serves the nearest 404.html up the path: one per language gives each its own not-found page.
  for (const l of responseLocales) copyFileSync(join(out, l, '404', 'index.html'), join(out, l, '404.html'));
}
if (host === 'github-pages') writeFileSync(join(out, '.nojekyll'), '');

// 3. The Kiwix files the offline-packs pages point to.
if (!args.includes('--no-zim')) {
  const zim = spawnSync('node', ['tools/zim.ts', '--dist', dist, '--out', join(out, 'zim')], { stdio: 'inherit' });
  if (zim.status !== 0) fail('the ZIM files could not be made (install zim-tools, or pass --no-zim).');
}

// 4. The host's limits.
const files = globSync('**/*', { cwd: out, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => join(d.parentPath, d.name));
const sizes = files.map((f) => ({ f, bytes: statSync(f).size }));
const total = sizes.reduce((s, x) => s + x.bytes, 0);
const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
const over: string[] = [];
if (limits.maxFiles !== undefined && files.length > limits.maxFiles) {
  over.push(`${files.length} files; ${limits.name} takes at most ${limits.maxFiles}`);
}
if (limits.maxFileBytes !== undefined) {
  const max = limits.maxFileBytes;
  for (const { f, bytes } of sizes.filter((s) => s.bytes > max)) {
    over.push(`${f} is ${mib(bytes)}; ${limits.name} takes files up to ${mib(max)}`);
  }
}
if (limits.maxTotalBytes !== undefined && total > limits.maxTotalBytes) {
  over.push(`${mib(total)} in all; ${limits.name} takes at most ${mib(limits.maxTotalBytes)}`);
}
if (over.length) fail(`over the limits of ${limits.name}:\n  ${over.join('\n  ')}`);
console.log(
  `${out}: ${files.length} files, ${mib(total)}, largest ${mib(Math.max(...sizes.map((s) => s.bytes)))}: within the limits of ${limits.name}.`,
);

// 5. The command that publishes it (not run here).
const command = {
  'cloudflare-pages': `npx wrangler pages deploy ${out} --project-name shymkent-public-safety`,
  netlify: `npx netlify-cli deploy --prod --dir ${out}`,
  'github-pages': 'gh workflow run pages.yml   (.github/workflows/pages.yml builds and publishes on GitHub)',
}[host];
console.log(`Ready for ${limits.name}. Publish with:\n  ${command}`);
