import { list, text } from './common.ts';

/**
 * The everyday questions and situations a page answers, in the page's language and in the words a 13–17-year-old
 * would type («меня травят в чате», "someone wants my sms code"). Shown on the page ("This lesson answers…") and
 * indexed above body text, so a question typed into search finds the page that answers it. Written from the
 * page's own content: a question the page does not answer does not belong here.
 */
export const questionsAnsweredSchema = list(
  text('a question or situation in everyday words, as a student would type it'),
  'everyday questions the page answers',
)
  .min(3, 'needs 3 to 8 questions')
  .max(8, 'allows at most 8 questions')
  .optional();
