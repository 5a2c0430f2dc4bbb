/** The parts of Pagefind's browser API this site uses (pagefind.js ships without types). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text, hint words included (see SearchIndexHints). */
  content: string;
  /** Positions of the matched words in `content` split at whitespace. */
  locations?: number[];
  meta: Record<string, string | undefined>;
  anchors?: { element?: string; id?: string; text?: string; location: number }[];
  sub_results?: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindInstance {
  search: (
    term: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] } | null>;
  preload?: (term: string, options?: { filters?: Record<string, string> }) => Promise<void>;
}
export interface PagefindModule {
  createInstance: (options: { basePath: string; language: string }) => PagefindInstance;
}
