import type { z } from 'astro/zod';

/** One problem in one content file, phrased for an editor: where, which field, what is expected. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export function describeProblem(p: ContentProblem): string {
  return p.field ? `${p.file}: field "${p.field}": ${p.message}` : `${p.file}: ${p.message}`;
}

/** Turns zod issues into problems naming the dotted field path (`quiz.2.correct`). */
export function problemsFromZod(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
