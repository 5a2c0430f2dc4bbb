import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The no-JavaScript light theme (src/styles/no-script-theme.css) copies Starlight's light colours: it must say
// exactly what Starlight's own light block says, or a Starlight update would leave no-JS readers half-themed.
const starlightProps = 'node_modules/@astrojs/starlight/dist/style/props.css';

/** The custom properties declared in the first block after `selector`. */
function declarations(css: string, selector: RegExp): Record<string, string> {
  const start = css.search(selector);
  if (start < 0) throw new Error(`no block ${String(selector)}`);
  const open = css.indexOf('{', start);
  const body = css.slice(open + 1, css.indexOf('}', open)).replace(/\/\*[\s\S]*?\*\//g, '');
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], (m[2] ?? '').replace(/\s+/g, ' ').trim()]),
  );
}

describe('no-JavaScript light theme', () => {
  it("declares exactly Starlight's light colours", () => {
    const starlight = declarations(
      readFileSync(starlightProps, 'utf8'),
      /:root\[data-theme='light'\],\s*\[data-theme='light'\] ::backdrop/,
    );
    const ours = declarations(
      readFileSync('src/styles/no-script-theme.css', 'utf8'),
      /:root\[data-theme='dark'\],\s*\[data-theme='dark'\] ::backdrop/,
    );
    expect(Object.keys(starlight).length).toBeGreaterThan(20);
    expect(ours).toEqual(starlight);
  });
});
