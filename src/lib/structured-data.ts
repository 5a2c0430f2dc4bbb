/** schema.org JSON-LD for the page kinds that have a natural type (pure; tested on the built pages). */

export interface Organization {
  '@type': 'GovernmentOrganization';
  name: string;
  address: { '@type': 'PostalAddress'; addressLocality: string; addressCountry: 'KZ' };
}

export function organization(name: string, city: string): Organization {
  return {
    '@type': 'GovernmentOrganization',
    name,
    address: { '@type': 'PostalAddress', addressLocality: city, addressCountry: 'KZ' },
  };
}

export function councilEvent(input: {
  url: string;
  name: string;
  description?: string | undefined;
  date: Date | null;
  language: string;
  organization: Organization;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': input.url,
    url: input.url,
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    // The date is published only when the source gives it.
    ...(input.date ? { startDate: input.date.toISOString().slice(0, 10) } : {}),
    inLanguage: input.language,
    // The source says where it took place and that the prosecutor's office presented initiatives there;
    // it does not name an organiser, so none is claimed.
    contributor: input.organization,
    location: { '@type': 'Place', name: input.organization.name, address: input.organization.address },
  };
}

export function definedTermSet(input: {
  url: string;
  name: string;
  language: string;
  terms: { id: string; name: string; description: string }[];
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': input.url,
    url: input.url,
    name: input.name,
    inLanguage: input.language,
    hasDefinedTerm: input.terms.map((t) => ({
      '@type': 'DefinedTerm',
      '@id': `${input.url}#${t.id}`,
      termCode: t.id,
      name: t.name,
      description: t.description,
      inDefinedTermSet: input.url,
    })),
  };
}

/** Serialises for a <script type="application/ld+json">, escaping `<` so content cannot close the tag. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
