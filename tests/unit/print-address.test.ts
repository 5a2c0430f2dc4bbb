import { describe, expect, it } from 'vitest';
import { isLocalSite, printedAddress } from '../../src/lib/print-address.ts';

describe('printed addresses', () => {
  it('tells a local-only build address from a public one', () => {
    expect(isLocalSite(undefined)).toBe(true);
    expect(isLocalSite('http://localhost:4321')).toBe(true);
    expect(isLocalSite(new URL('http://127.0.0.1:8080/'))).toBe(true);
    expect(isLocalSite('http://app.localhost')).toBe(true);
    expect(isLocalSite('https://example.kz')).toBe(false);
  });

  it('builds the address on the origin the page is served from', () => {
    expect(printedAddress('http://192.168.1.10:4321', '/kk/l/7/')).toBe('http://192.168.1.10:4321/kk/l/7/');
  });
});
