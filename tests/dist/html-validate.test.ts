import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';

const dist = 'dist';
const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const reasons = readFileSync('.htmlvalidate.md', 'utf8');
// The configuration as given, not one found by walking up from each file.
const validator = new HtmlValidate(config);

const htmlFiles = (dir: string) => globSync('**/*.html', { cwd: dir }).map((f) => join(dir, f));

/** `file:line:column: rule: message` for every problem, so a failure reads like a compiler error. */
function problems(html: string, file: string): string[] {
  const report = validator.validateStringSync(html, file);
  return report.results.flatMap((r) => r.messages.map((m) => `${file}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`));
}

describe('HTML validity (html-validate:recommended)', () => {
  const files = htmlFiles(dist);

  it('finds the built pages', () => {
    // Guards against passing vacuously on an empty or missing dist/.
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain(join(dist, 'kk', 'index.html'));
  });

  // One test per page: a failure names the page, and each line is file:line:column: rule: message.
  it.each(files)('%s is valid', (file) => {
    const found = problems(readFileSync(file, 'utf8'), file);
    expect(found, `${found.length} problem(s):\n${found.join('\n')}`).toEqual([]);
  });

  it('the relaxed configuration still reports invalid markup', () => {
    const page = (body: string) =>
      `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>${body}</main></body></html>`;
    expect(problems(page('<p>ok</p>'), 'ok.html')).toEqual([]);
    const found = problems(
      page(
        '<h2 id="a">A</h2><h2 id="a">B</h2>' +
          '<form><label>x <input type="text" name="q"></label><label>y <input type="text" name="q"></label>' +
          '<button type="submit">Go</button></form>' +
          '<a href="/"><button type="button">nested</button></a>',
      ),
      'bad.html',
    );
    expect(found.join('\n')).toMatch(/^bad\.html:1:\d+: no-dup-id: /m);
    expect(found.join('\n')).toMatch(/^bad\.html:1:\d+: form-dup-name: /m);
    expect(found.join('\n')).toMatch(/^bad\.html:1:\d+: element-permitted-content: /m);
  });

  it('every relaxed rule has a one-line reason in .htmlvalidate.md', () => {
    const relaxed = Object.keys(config.rules ?? {});
    expect(relaxed.length).toBeGreaterThan(0);
    const missing = relaxed.filter((rule) => !new RegExp(`^- \`${rule}\`: \\S`, 'm').test(reasons));
    expect(missing).toEqual([]);
  });
});
