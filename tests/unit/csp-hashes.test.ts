import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '../../src/integrations/csp-hashes.ts';

const sha = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

describe('CSP hashes of is:inline scripts', () => {
  it('hashes inline scripts with and without attributes, and skips bundled ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-'));
    const file = join(dir, 'C.astro');
    writeFileSync(
      file,
      '<script is:inline>\n\ta();\n</script>\n<script is:inline aria-hidden="true">b()</script>\n<script>import x from "y";</script>',
    );
    expect(inlineScriptHashes([file]).sort()).toEqual([sha('\n\ta();\n'), sha('b()')].sort());
  });

  it('finds the inline scripts Starlight ships (so the policy follows upgrades)', () => {
    const hashes = inlineScriptHashes(
      ['ThemeProvider', 'ThemeSelect', 'SidebarPersister'].map(
        (c) => `node_modules/@astrojs/starlight/dist/components/${c}.astro`,
      ),
    );
    expect(hashes.length).toBeGreaterThanOrEqual(3);
  });
});
