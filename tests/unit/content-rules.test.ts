// The content rules the check and the build share (src/lib/content-rules.ts): what they find in a page body.
import { describe, expect, it } from 'vitest';
import {
  checkComponentIds,
  checkInitiativeReferences,
  helpContactsTags,
  keyTermTags,
  lessonNumberProblems,
} from '../../src/lib/content-rules.ts';
import { describeProblem } from '../../src/lib/content-errors.ts';

describe('component ids in a page body', () => {
  const body = [
    "import { HelpContacts } from '~/components/lesson.ts';",
    '',
    "{/* <HelpContacts only={['example']} /> */}",
    '<HelpContacts only={[\'police\', "emergency"]} />',
    '<HelpContacts',
    "  only={[ 'youth-helpline',",
    "    'polise' ]}",
    '/>',
    '<KeyTerm id="victim">x</KeyTerm>',
  ].join('\n');

  it('reads each HelpContacts list with the line it starts on, skipping comments', () => {
    expect(helpContactsTags(body)).toEqual([
      { line: 4, ids: ['police', 'emergency'] },
      { line: 5, ids: ['youth-helpline', 'polise'] },
    ]);
    expect(keyTermTags(body)).toEqual([{ line: 9, ids: ['victim'] }]);
  });

  it('names the file, the line and the id, with a suggestion and the ids there are', () => {
    const known = new Set(['police', 'emergency', 'youth-helpline']);
    const problems = checkComponentIds('content/docs/ru/x.mdx', helpContactsTags(body), 'helpContacts', known);
    expect(problems.map(describeProblem)).toEqual([
      'content/docs/ru/x.mdx: line 5: "polise" in <HelpContacts only> is not a help line id in content/data/help-contacts.yaml (did you mean "police"?) (known: emergency, police, youth-helpline)',
    ]);
  });
});

describe('initiative references', () => {
  it('an unknown slug and, on a published page, a draft initiative are problems of the field', () => {
    const problems = checkInitiativeReferences(
      [
        { file: 'a.mdx', draft: false, initiatives: ['kiberpol', 'kiberpool', 'new-one'] },
        { file: 'b.mdx', draft: true, initiatives: ['new-one'] },
      ],
      new Set(['kiberpol', 'new-one']),
      new Set(['kiberpol']),
    );
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['a.mdx initiatives.1', 'a.mdx initiatives.2']);
  });
});

describe('lesson numbers', () => {
  it('the same number twice in one language names both files and the next free number', () => {
    const problems = lessonNumberProblems([
      { file: 'ru/a.mdx', locale: 'ru', lesson: 1 },
      { file: 'ru/b.mdx', locale: 'ru', lesson: 1 },
      { file: 'ru/c.mdx', locale: 'ru', lesson: 4 },
      { file: 'kk/a.mdx', locale: 'kk', lesson: 1 },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('ru/b.mdx');
    expect(problems[0]?.message).toMatch(/ru\/a\.mdx too; .*\/ru\/l\/1\/.*use 5/);
  });
});
