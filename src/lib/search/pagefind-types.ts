/** The parts of Pagefind's browser API this site uses (pagefind.js ships without types). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
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
  preload?: (term: string) => Promise<void>;
}
export interface PagefindModule {
  createInstance: (options: { basePath: string; language: string }) => PagefindInstance;
}
