// Writes every host's configuration from deploy/responses.ts (`npm run deploy:config`); `--check` only compares
// and fails naming each file that differs (a hand edit, or a table change not yet regenerated).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatedFiles } from './lib/deploy-config.ts';

const check = process.argv.includes('--check');
const stale: string[] = [];
for (const [path, text] of Object.entries(generatedFiles())) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === text) continue;
  if (check) {
    stale.push(path);
    continue;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
if (stale.length) {
  console.error(
    `${stale.join(', ')}: differ from what deploy/responses.ts generates. Edit the table, then run npm run deploy:config.`,
  );
  process.exit(1);
}
