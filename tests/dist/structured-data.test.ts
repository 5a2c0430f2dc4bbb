import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ofKind } from '../helpers/content.ts';
import { localeCodes } from '../../src/config/locales.ts';

const blocks = (path: string): Record<string, unknown>[] =>
  [...readFileSync(`dist/${path}/index.html`, 'utf8').matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? '') as Record<string, unknown>,
  );

const glossarySize = (yaml.load(readFileSync('content/glossary/terms.yaml', 'utf8')) as unknown[]).length;

describe.each(localeCodes)('JSON-LD in %s', (locale) => {
  it('describes the council session as an Event at the prosecutor’s office, without an invented date', () => {
    const [event, ...rest] = blocks(`${locale}/council/expanded-session-public-safety`);
    expect(rest).toHaveLength(0);
    expect(event).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', inLanguage: locale });
    expect(String(event?.name)).not.toBe('');
    expect(event?.location).toMatchObject({ '@type': 'Place', address: { addressCountry: 'KZ' } });
    expect(event?.contributor).toMatchObject({ '@type': 'GovernmentOrganization' });
    // startDate exactly when the frontmatter has a date: never an invented one.
    const date = ofKind('council-session', locale).find((s) => s.slug === 'council/expanded-session-public-safety')?.data.date;
    if (date instanceof Date) expect(event?.startDate).toBe(date.toISOString().slice(0, 10));
    else expect(event).not.toHaveProperty('startDate');
    expect(event?.url).toMatch(new RegExp(`/${locale}/council/expanded-session-public-safety/$`));
  });

  it('describes the glossary as a DefinedTermSet of every term with stable anchors', () => {
    const [set] = blocks(`${locale}/glossary`);
    expect(set).toMatchObject({ '@type': 'DefinedTermSet', inLanguage: locale });
    const terms = set?.hasDefinedTerm as { '@id': string; name: string; description: string }[];
    expect(terms).toHaveLength(glossarySize);
    const html = readFileSync(`dist/${locale}/glossary/index.html`, 'utf8');
    for (const term of terms) {
      expect(term.name && term.description).toBeTruthy();
      const anchor = term['@id'].split('#')[1];
      expect(html, `anchor ${anchor}`).toContain(`id="${anchor}"`);
    }
  });

  it('adds no structured data to pages without a natural type', () => {
    expect(blocks(`${locale}/lessons/cyberbullying`)).toEqual([]);
  });
});
