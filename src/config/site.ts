/**
 * Where the site's source lives, for "Edit this page" links and links to CONTRIBUTING.
 * Read from SITE_REPOSITORY_URL (e.g. https://github.com/<owner>/<repo>) when deploying. There is no
 * default: the public repository's address is not known here, and a guessed one would send editors nowhere.
 */
export function parseRepositoryUrl(value: string | undefined): string | undefined {
  const url = value?.trim();
  if (!url) return undefined;
  if (!URL.canParse(url) || !['https:', 'http:'].includes(new URL(url).protocol)) {
    throw new Error(
      `SITE_REPOSITORY_URL must be the repository's full web address, like https://github.com/<owner>/<repo>; got "${value}"`,
    );
  }
  return url.replace(/\/+$/, '');
}

export const repositoryUrl = parseRepositoryUrl(process.env.SITE_REPOSITORY_URL);

/** A file's page in the repository (`blob/main/...`), or undefined when the repository is not configured. */
export function repositoryFileUrl(path: string): string | undefined {
  return repositoryUrl ? `${repositoryUrl}/blob/main/${path}` : undefined;
}
