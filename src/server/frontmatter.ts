// The one frontmatter reader for Node-side code (the content check, translation status, scaffolding, bench):
// gray-matter splits the file, the project's js-yaml parses it (the same YAML rules as Astro's loader).
import matter from 'gray-matter';
import yaml from 'js-yaml';

const engines = { yaml: (source: string) => (yaml.load(source) ?? {}) as object };

export interface Frontmatter {
  /** The parsed frontmatter; `{}` when the file has none. */
  data: Record<string, unknown>;
  /** Everything after the closing `---`. */
  body: string;
  /** False when the file does not start with a `---` block. */
  present: boolean;
}

/** Parses a Markdown/MDX file's frontmatter; a YAML error is thrown as js-yaml's (with its `mark`). */
export function readFrontmatter(source: string): Frontmatter {
  const present = matter.test(source);
  // gray-matter caches by content; a fresh options object per call keeps parse errors from being cached away.
  const { data, content } = matter(source, { engines });
  return { data: data as Record<string, unknown>, body: content, present };
}
