import { localized, localeCodes, type Locale } from '../../src/config/locales.ts';
import { sectionKinds } from '../../src/config/page-kinds.ts';

/**
 * The marker an editor replaces in a scaffolded page. The content check reports any page that is
 * published (`draft` not true) and still contains it, so a half-filled page cannot go live.
 */
export const FILL_IN = 'FILL-IN';

/** The words `npm run new` takes, from the registry of page kinds (src/config/page-kinds.ts). */
export const scaffoldKinds = sectionKinds.map((k) => k.scaffold);
export type ScaffoldKind = (typeof sectionKinds)[number]['scaffold'];

/** The section directory under content/docs/<locale>/ each kind lives in. */
export const sectionOf = Object.fromEntries(sectionKinds.map((k) => [k.scaffold, k.section])) as Record<
  ScaffoldKind,
  string
>;

export function isScaffoldKind(value: string): value is ScaffoldKind {
  return (scaffoldKinds as readonly string[]).includes(value);
}

/** Why a slug cannot be used, or undefined when it can. */
export function slugProblem(slug: string): string | undefined {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    return `"${slug}" is not a valid page name: use lowercase latin letters, digits and hyphens only, e.g. "road-safety" (no spaces, capitals, Cyrillic or underscores)`;
  }
  if (slug === 'index') return '"index" is the section\'s own page; choose another name';
  return undefined;
}

/** The next course position: one after the highest lesson number in any locale (drafts included). */
export function nextLessonNumber(existing: readonly number[]): number {
  return existing.reduce((max, n) => (Number.isInteger(n) && n > max ? n : max), 0) + 1;
}

export interface ScaffoldFile {
  /** Relative to the project root: `content/docs/ru/lessons/road-safety.mdx`. */
  path: string;
  content: string;
}

export function scaffoldPaths(kind: ScaffoldKind, slug: string, locales: readonly Locale[] = localeCodes): string[] {
  return locales.map((locale) => `content/docs/${locale}/${sectionOf[kind]}/${slug}.mdx`);
}

export type ScaffoldPlan = { ok: true; files: ScaffoldFile[] } | { ok: false; error: string };

/**
 * Decides what `npm run new` writes. Pure: the caller says which files exist and which lesson
 * numbers are taken; nothing is written unless every file can be created.
 */
export function planScaffold(options: {
  kind: string;
  slug: string;
  exists: (path: string) => boolean;
  lessonNumbers: readonly number[];
}): ScaffoldPlan {
  const { kind, slug } = options;
  if (!isScaffoldKind(kind)) {
    return { ok: false, error: `unknown page type "${kind}"; use one of: ${scaffoldKinds.join(', ')}` };
  }
  const problem = slugProblem(slug);
  if (problem) return { ok: false, error: problem };
  const taken = scaffoldPaths(kind, slug).filter(options.exists);
  if (taken.length > 0) {
    return {
      ok: false,
      error: `a page named "${slug}" already exists (${taken.join(', ')}); choose another name or edit the existing page`,
    };
  }
  const lesson = nextLessonNumber(options.lessonNumbers);
  const files = localeCodes.map((locale, i) => ({
    path: scaffoldPaths(kind, slug)[i] ?? '',
    content: template(kind, locale, slug, lesson),
  }));
  return { ok: true, files };
}

/** The template of each scaffolded kind: a kind registered with a scaffold word and no template fails `astro check`. */
const templates: Record<ScaffoldKind, (locale: Locale, slug: string, lesson: number) => string> = {
  lesson: (locale, _slug, lesson) => lessonTemplate(locale, lesson),
  initiative: (locale, slug) => initiativeTemplate(locale, slug),
  council: (locale) => councilTemplate(locale),
};

function template(kind: ScaffoldKind, locale: Locale, slug: string, lesson: number): string {
  return templates[kind](locale, slug, lesson);
}

/** A YAML string that stays one quoted scalar whatever the editor's text contains. */
const q = (text: string) => `'${text.replace(/'/g, "''")}'`;
const fill = (text: string) => q(`${FILL_IN}: ${text}`);

// The words of each template, per locale. Russian is the source locale; the editor writes it first.
const words = {
  ru: {
    everydayQuestion: (n: number) =>
      `вопрос ${n}, на который отвечает страница, — так, как его написал бы в поиске подросток 13–17 лет («меня травят в чате, что делать»)`,
    draftNote: `# Черновик: пока здесь стоит draft: true, страница не попадёт на опубликованный сайт. Замените всё, что помечено ${FILL_IN}.\n# Когда всё готово, удалите эти две строки и строку draft: true. Проверка: npm run check:content (см. CONTRIBUTING.ru.md).`,
    title: 'название урока',
    description: 'одно предложение о том, чему научится ученик',
    topicNote:
      'одно из: rights (права), responsibility (ответственность), online (интернет), safety (безопасность), society (общество)',
    gradesNote: 'для каких классов урок (от 5 до 11)',
    objective: (n: number) => `цель ${n}: «сможешь объяснить…», «будешь знать…»`,
    keyTermsNote: 'id терминов из content/glossary/terms.yaml, например [constitution, victim]',
    initiativesNote: 'слаги инициатив, с которыми связан урок, например [zan-uyirmesi]; иначе оставьте []',
    reviewedNote: 'false, пока урок не проверил юрист',
    actNote:
      'id акта из content/data/legal-acts.yaml (список — на странице /ru/sources/) и номера статей, сверенные с официальным текстом',
    misconception: (n: number) => `заблуждение ${n}: как его сказал бы ученик`,
    misconceptionResponse: 'как учителю с ним работать',
    question: (n: number) => `вопрос ${n}`,
    right: 'верный ответ',
    correctNote: 'номера верных вариантов, считая с 0: [0] — первый, [0, 2] — первый и третий',
    typeNote: 'single — один верный ответ; multiple — два и больше',
    wrong: 'неверный ответ',
    explanation: 'почему этот ответ верный — со ссылкой на то, что говорит закон',
    firstHeading: 'первый раздел: что это такое',
    paragraph: 'текст раздела простыми словами для школьников.',
    keyTermHint: 'Термин из словаря выделяйте так: <KeyTerm id="constitution">Конституция</KeyTerm>',
    secondHeading: 'второй раздел: что говорит закон',
    caseHeading: 'Разберём ситуацию',
    caseTitle: 'название ситуации',
    caseText: 'жизненная ситуация, вопрос «Что бы вы сделали?» и ответ «Что говорит закон?».',
    quizHeading: 'Проверь себя',
    helpHeading: 'Куда обратиться за помощью',
    helpNote:
      'Телефоны берутся из content/data/help-contacts.yaml: emergency, police, family-and-children, youth-helpline, anti-corruption.',
    teacherHeading: 'Для учителя',
    teacherText: 'ход урока по минутам, вопросы для обсуждения, деликатные моменты.',
    initiativeTitle: '«название инициативы»',
    initiativeDescription: 'одно предложение: что известно об инициативе из источника',
    nativeName: 'название так, как его пишет прокуратура',
    transliterationsNote:
      'как пишут название без казахских букв, например [Tazalyq saqshylary]; если казахских букв нет, оставьте []',
    presentedBy: 'кто представил, как сказано в источнике',
    pendingNote:
      '# Цели (aims), как участвовать (howToJoin), контакты (contacts) и дату начала (startDate) добавляйте,\n# только если они официально опубликованы. Пока их нет, сайт пишет «Пока не опубликовано».',
    sourceHeading: 'Что сообщает источник',
    sourceText: 'только то, что сказано в источнике, со ссылкой на заседание совета.',
    missingHeading: 'Чего нет в источнике',
    missingText: 'перечислите, чего источник не сообщает (цели, как участвовать, контакты, дата начала).',
    sessionTitle: 'название заседания',
    sessionDescription: 'одно предложение: что это за заседание и что на нём было',
    dateNote: 'дата в виде 2025-03-14; если источник её не называет, оставьте null',
    chair: 'кто председательствовал, как сказано в источнике',
    sessionInitiativesNote: 'слаги представленных инициатив, например [kiberpol, zan-uyirmesi]',
    sessionParagraph: 'только то, что сказано в источнике.',
    participantsHeading: 'Участники',
    discussedHeading: 'Что обсуждали',
    sessionMissingText: 'перечислите, чего источник не сообщает (дата, документы, списки).',
  },
  kk: {
    everydayQuestion: (n: number) =>
      `бет жауап беретін ${n}-сұрақ — 13–17 жастағы жасөспірім іздеуге қалай жазса, солай («чатта мазақтап жатыр, не істеймін»)`,
    draftNote: `# Жоба нұсқасы: draft: true тұрғанда бет жарияланған сайтқа шықпайды. ${FILL_IN} деп белгіленгеннің бәрін ауыстырыңыз.\n# Бәрі дайын болғанда, осы екі жолды және draft: true жолын өшіріңіз. Тексеру: npm run check:content (CONTRIBUTING.kk.md қараңыз).`,
    title: 'сабақтың атауы',
    description: 'оқушы не үйренетіні туралы бір сөйлем',
    topicNote:
      'біреуін таңдаңыз: rights (құқықтар), responsibility (жауапкершілік), online (интернет), safety (қауіпсіздік), society (қоғам)',
    gradesNote: 'сабақ қай сыныптарға арналған (5-тен 11-ге дейін)',
    objective: (n: number) => `${n}-мақсат: «…түсіндіре аласың», «…білесің»`,
    keyTermsNote: 'content/glossary/terms.yaml ішіндегі терминдердің id-і, мысалы [constitution, victim]',
    initiativesNote: 'сабаққа қатысты бастамалардың слагтары, мысалы [zan-uyirmesi]; қатысы болмаса, [] қалдырыңыз',
    reviewedNote: 'заңгер тексергенге дейін false',
    actNote:
      'content/data/legal-acts.yaml ішіндегі акт id-і (тізімі /kk/sources/ бетінде) және ресми мәтінмен салыстырылған бап нөмірлері',
    misconception: (n: number) => `${n}-қате түсінік: оқушы қалай айтар еді`,
    misconceptionResponse: 'мұғалім онымен қалай жұмыс істейді',
    question: (n: number) => `${n}-сұрақ`,
    right: 'дұрыс жауап',
    correctNote: 'дұрыс нұсқалардың нөмірлері, 0-ден бастап санаңыз: [0] — біріншісі, [0, 2] — бірінші мен үшіншісі',
    typeNote: 'single — бір ғана дұрыс жауап; multiple — екі не одан көп',
    wrong: 'қате жауап',
    explanation: 'бұл жауап неге дұрыс — заңда не айтылғанына сүйеніп түсіндіріңіз',
    firstHeading: 'бірінші бөлім: бұл не',
    paragraph: 'бөлімнің мәтіні, оқушыға түсінікті қарапайым тілмен.',
    keyTermHint: 'Сөздіктегі терминді былай белгілеңіз: <KeyTerm id="constitution">Конституция</KeyTerm>',
    secondHeading: 'екінші бөлім: заң не дейді',
    caseHeading: 'Жағдаятты талдайық',
    caseTitle: 'жағдаяттың атауы',
    caseText: 'өмірлік жағдаят, «Сіз не істер едіңіз?» деген сұрақ және «Заң не дейді?» деген жауап.',
    quizHeading: 'Өзіңді тексер',
    helpHeading: 'Көмекті қайдан алуға болады',
    helpNote:
      'Телефондар content/data/help-contacts.yaml файлынан алынады: emergency, police, family-and-children, youth-helpline, anti-corruption.',
    teacherHeading: 'Мұғалімге',
    teacherText: 'сабақтың минут бойынша барысы, талқылауға арналған сұрақтар, абай болатын тұстар.',
    initiativeTitle: '«бастаманың атауы»',
    initiativeDescription: 'бір сөйлем: дереккөзде бастама туралы не айтылған',
    nativeName: 'прокуратура жазғандай атауы',
    transliterationsNote:
      'атауды қазақ әріптерінсіз қалай жазады, мысалы [Tazalyq saqshylary]; қазақ әріптері болмаса, [] қалдырыңыз',
    presentedBy: 'кім таныстырды, дереккөзде қалай жазылса, солай',
    pendingNote:
      '# Мақсаттарын (aims), қалай қатысуға болатынын (howToJoin), байланыс деректерін (contacts) және басталған күнін (startDate)\n# ресми жарияланғанда ғана қосыңыз. Оларға дейін сайтта «Әлі жарияланған жоқ» деп тұрады.',
    sourceHeading: 'Дереккөзде не айтылған',
    sourceText: 'тек дереккөзде айтылғанды ғана жазыңыз, кеңес отырысына сілтеме беріңіз.',
    missingHeading: 'Дереккөзде не жоқ',
    missingText:
      'дереккөз нені хабарламайтынын тізіп жазыңыз (мақсаттары, қалай қатысуға болатыны, байланыс, басталған күні).',
    sessionTitle: 'отырыстың атауы',
    sessionDescription: 'бір сөйлем: бұл қандай отырыс және онда не болды',
    dateNote: 'күні 2025-03-14 түрінде; дереккөзде күні айтылмаса, null қалдырыңыз',
    chair: 'кім төрағалық етті, дереккөзде қалай жазылса, солай',
    sessionInitiativesNote: 'таныстырылған бастамалардың слагтары, мысалы [kiberpol, zan-uyirmesi]',
    sessionParagraph: 'тек дереккөзде айтылғанды ғана жазыңыз.',
    participantsHeading: 'Қатысушылар',
    discussedHeading: 'Не талқыланды',
    sessionMissingText: 'дереккөз нені хабарламайтынын тізіп жазыңыз (күні, құжаттар, тізімдер).',
  },
  en: {
    everydayQuestion: (n: number) =>
      `question ${n} the page answers, as a 13–17-year-old would type it into search ("someone wants my sms code")`,
    draftNote: `# Draft: while draft: true is here, the page stays off the published site. Replace everything marked ${FILL_IN}.\n# When it is all done, delete these two lines and the draft: true line. Check: npm run check:content (see CONTRIBUTING.md).`,
    title: 'lesson title',
    description: 'one sentence on what the student learns',
    topicNote: 'one of: rights, responsibility, online, safety, society',
    gradesNote: 'which school grades the lesson is for (5 to 11)',
    objective: (n: number) => `objective ${n}: "explain…", "know…"`,
    keyTermsNote: 'term ids from content/glossary/terms.yaml, e.g. [constitution, victim]',
    initiativesNote: 'slugs of initiatives the lesson meets, e.g. [zan-uyirmesi]; otherwise leave []',
    reviewedNote: 'false until a lawyer has reviewed the lesson',
    actNote:
      'an act id from content/data/legal-acts.yaml (listed on /en/sources/) and article numbers checked against the official text',
    misconception: (n: number) => `misconception ${n}: as a student would say it`,
    misconceptionResponse: 'how the teacher can address it',
    question: (n: number) => `question ${n}`,
    right: 'right answer',
    correctNote: 'numbers of the right options, counting from 0: [0] is the first, [0, 2] the first and third',
    typeNote: 'single: exactly one right answer; multiple: two or more',
    wrong: 'wrong answer',
    explanation: 'why this answer is right, with what the law says',
    firstHeading: 'first section: what it is',
    paragraph: 'the section text, in plain words for school students.',
    keyTermHint: 'Mark a glossary term like this: <KeyTerm id="constitution">Constitution</KeyTerm>',
    secondHeading: 'second section: what the law says',
    caseHeading: "Let's look at a case",
    caseTitle: 'title of the case',
    caseText: 'a real-life situation, the question "What would you do?" and the answer "What does the law say?".',
    quizHeading: 'Check yourself',
    helpHeading: 'Where to get help',
    helpNote:
      'Phone numbers come from content/data/help-contacts.yaml: emergency, police, family-and-children, youth-helpline, anti-corruption.',
    teacherHeading: 'For the teacher',
    teacherText: 'the lesson plan minute by minute, discussion questions, sensitive points.',
    initiativeTitle: '"initiative name"',
    initiativeDescription: 'one sentence: what the source says about the initiative',
    nativeName: 'the name as the office writes it',
    transliterationsNote:
      'how people type the name without Kazakh letters, e.g. [Tazalyq saqshylary]; if it has none, leave []',
    presentedBy: 'who presented it, as the source says',
    pendingNote:
      '# Add aims, howToJoin, contacts and startDate only when they are officially published.\n# Until then the site shows "Not yet published".',
    sourceHeading: 'What the source says',
    sourceText: 'only what the source says, with a link to the council session.',
    missingHeading: 'What the source does not give',
    missingText: 'list what the source does not say (aims, how to join, contacts, start date).',
    sessionTitle: 'session title',
    sessionDescription: 'one sentence: what the session was and what happened there',
    dateNote: 'the date as 2025-03-14; if the source does not give it, leave null',
    chair: 'who chaired it, as the source says',
    sessionInitiativesNote: 'slugs of the initiatives presented, e.g. [kiberpol, zan-uyirmesi]',
    sessionParagraph: 'only what the source says.',
    participantsHeading: 'Participants',
    discussedHeading: 'What was discussed',
    sessionMissingText: 'list what the source does not give (date, documents, lists).',
  },
} satisfies Partial<Record<Locale, Record<string, string | ((n: number) => string)>>>;

/** The everyday questions a page answers (`questionsAnswered`), three to fill in. */
const everydayQuestions = (w: (typeof words)['en']) =>
  `questionsAnswered:\n${[1, 2, 3].map((n) => `  - ${fill(w.everydayQuestion(n))}`).join('\n')}`;

function lessonTemplate(locale: Locale, lesson: number): string {
  const w = localized<(typeof words)['en']>(words, locale);
  const question = (n: number) =>
    [
      `  - question: ${fill(w.question(n))}`,
      '    options:',
      `      - ${fill(w.right)}`,
      `      - ${fill(w.wrong)}`,
      `      - ${fill(w.wrong)}`,
      `    type: single # ${FILL_IN}: ${w.typeNote}`,
      `    correct: [0] # ${FILL_IN}: ${w.correctNote}`,
      `    explanation: ${fill(w.explanation)}`,
    ].join('\n');
  return `---
${w.draftNote}
draft: true
title: ${fill(w.title)}
description: ${fill(w.description)}
${everydayQuestions(w)}
kind: lesson
lesson: ${lesson}
topic: rights # ${FILL_IN}: ${w.topicNote}
grades: { from: 7, to: 11 } # ${FILL_IN}: ${w.gradesNote}
durationMinutes: 45
objectives:
  - ${fill(w.objective(1))}
  - ${fill(w.objective(2))}
  - ${fill(w.objective(3))}
keyTerms: [] # ${FILL_IN}: ${w.keyTermsNote}
initiatives: [] # ${FILL_IN}: ${w.initiativesNote}
reviewed: false # ${w.reviewedNote}
sources:
  - act: constitution-2026 # ${FILL_IN}: ${w.actNote}
    articles: pending
  - act: criminal-code # ${FILL_IN}: ${w.actNote}
    articles: pending
quiz:
${[1, 2, 3, 4].map(question).join('\n')}
misconceptions:
${[1, 2]
  .map((n) => `  - claim: ${fill(w.misconception(n))}\n    response: ${fill(w.misconceptionResponse)}`)
  .join('\n')}
---
import { Case, HelpContacts, KeyTerm, Quiz, TeacherNotes } from '~/components/lesson.ts';

## ${FILL_IN}: ${w.firstHeading}

${FILL_IN}: ${w.paragraph}

{/* ${w.keyTermHint} */}

## ${FILL_IN}: ${w.secondHeading}

${FILL_IN}: ${w.paragraph}

## ${w.caseHeading}

<Case title="${FILL_IN}: ${w.caseTitle}">

${FILL_IN}: ${w.caseText}

</Case>

## ${w.quizHeading}

<Quiz />

## ${w.helpHeading}

{/* ${w.helpNote} */}

<HelpContacts only={['police', 'youth-helpline']} />

## ${w.teacherHeading}

<TeacherNotes>

${FILL_IN}: ${w.teacherText}

</TeacherNotes>
`;
}

function initiativeTemplate(locale: Locale, slug: string): string {
  const w = localized<(typeof words)['en']>(words, locale);
  return `---
${w.draftNote}
draft: true
title: ${fill(w.initiativeTitle)}
description: ${fill(w.initiativeDescription)}
${everydayQuestions(w)}
kind: initiative
initiativeId: ${slug}
nativeName: ${fill(w.nativeName)}
transliterations: [] # ${FILL_IN}: ${w.transliterationsNote}
status: presented
presentedBy: ${fill(w.presentedBy)}
${w.pendingNote}
---

## ${w.sourceHeading}

${FILL_IN}: ${w.sourceText}

## ${w.missingHeading}

${FILL_IN}: ${w.missingText}
`;
}

function councilTemplate(locale: Locale): string {
  const w = localized<(typeof words)['en']>(words, locale);
  return `---
${w.draftNote}
draft: true
title: ${fill(w.sessionTitle)}
description: ${fill(w.sessionDescription)}
kind: council-session
date: null # ${FILL_IN}: ${w.dateNote}
chair: ${fill(w.chair)}
initiatives: [] # ${FILL_IN}: ${w.sessionInitiativesNote}
---

## ${w.participantsHeading}

${FILL_IN}: ${w.sessionParagraph}

## ${w.discussedHeading}

${FILL_IN}: ${w.sessionParagraph}

## ${w.missingHeading}

${FILL_IN}: ${w.sessionMissingText}
`;
}
