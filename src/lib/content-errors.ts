import type { z } from 'astro/zod';

/** One problem in one content file, phrased for an editor: where, which field, what is expected. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

// What one item of each list field is called, for "quiz.3.correct (question 4)".
const itemNames: Record<string, string> = {
  quiz: 'question',
  options: 'option',
  sources: 'source',
  objectives: 'objective',
  keyTerms: 'term',
  initiatives: 'initiative',
  documents: 'document',
  articles: 'article',
  transliterations: 'spelling',
  awaitingTranslation: 'language',
};

/** Field paths count list items from 0; editors count from 1: `quiz.3.correct` → `question 4`. */
export function humanPosition(field: string): string | undefined {
  const parts = field.split('.');
  const named = parts.flatMap((part, i) =>
    /^\d+$/.test(part) && i > 0 ? [`${itemNames[parts[i - 1] ?? ''] ?? 'item'} ${Number(part) + 1}`] : [],
  );
  return named.length > 0 ? named.join(', ') : undefined;
}

export function describeProblem(p: ContentProblem): string {
  if (!p.field) return `${p.file}: ${p.message}`;
  const position = humanPosition(p.field);
  return `${p.file}: field "${p.field}": ${p.message}${position ? ` (in ${position})` : ''}`;
}

/** Turns zod issues into problems naming the dotted field path (`quiz.2.correct`). */
export function problemsFromZod(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
