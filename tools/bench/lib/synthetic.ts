// Synthetic docs pages for the build benchmark: the same slugs in every locale (the site requires
// translation parity), spread over site sections so each section's sidebar grows, with valid internal
// links only (the links validator fails the build on a broken one). Deterministic: same input, same pages.

export interface SyntheticPage {
  locale: string;
  /** Slug without locale, e.g. `lessons/bench/page-0007`. */
  slug: string;
  frontmatter: { title: string; description: string; kind: 'page' };
  body: string;
}

export interface SyntheticOptions {
  perLocale: number;
  locales: readonly string[];
  /** Section directories the pages are spread over, round-robin (e.g. `council`, `lessons`). */
  sections: readonly string[];
  seed?: number;
}

interface Vocabulary {
  title: string;
  description: string;
  headings: readonly [string, string, string];
  next: string;
  section: string;
  sentences: readonly string[];
}

const vocabulary: Record<string, Vocabulary> = {
  kk: {
    title: 'Сынақ беті',
    description: 'Сайттың өнімділігін өлшеуге арналған жасанды бет.',
    headings: ['Негізгі мәліметтер', 'Не істеу керек', 'Қосымша'],
    next: 'Келесі бет',
    section: 'Бөлімнің басты беті',
    sentences: [
      'Бұл бет сайттың өнімділігін тексеру үшін жасалған.',
      'Құқықтық сауаттылық әр азаматқа қажет.',
      'Қауіпсіздік ережелерін мектепте де, үйде де білу маңызды.',
      'Үйлестіру кеңесі қоғамдық тәртіпті нығайту мәселелерін талқылайды.',
      'Интернетте жеке деректеріңді бөтен адамдарға берме.',
      'Көмек керек болса, ересектерге немесе полицияға хабарлас.',
      'Заң баланың құқықтарын қорғайды.',
      'Сабақтың соңында оқушылар өздерін тексере алады.',
    ],
  },
  ru: {
    title: 'Тестовая страница',
    description: 'Синтетическая страница для замера производительности сайта.',
    headings: ['Основные сведения', 'Что делать', 'Дополнительно'],
    next: 'Следующая страница',
    section: 'Начало раздела',
    sentences: [
      'Эта страница создана для проверки производительности сайта.',
      'Правовая грамотность нужна каждому гражданину.',
      'Правила безопасности важно знать и в школе, и дома.',
      'Координационный совет обсуждает вопросы укрепления общественного порядка.',
      'Не передавайте свои личные данные незнакомым людям в интернете.',
      'Если нужна помощь, обратитесь к взрослым или в полицию.',
      'Закон защищает права ребёнка.',
      'В конце урока ученики могут проверить себя.',
    ],
  },
  en: {
    title: 'Test page',
    description: 'A synthetic page for measuring the performance of the site.',
    headings: ['Key facts', 'What to do', 'More'],
    next: 'Next page',
    section: 'Section start',
    sentences: [
      'This page was generated to test the performance of the site.',
      'Every citizen needs to know the basics of the law.',
      'Safety rules matter at school and at home.',
      'The coordination council discusses how to strengthen public order.',
      'Do not share your personal data with strangers online.',
      'If you need help, tell an adult or call the police.',
      'The law protects the rights of the child.',
      'At the end of the lesson pupils can test themselves.',
    ],
  },
};

/** A small, fast, seedable PRNG (mulberry32): benchmarks must build the same pages every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticSlug(index: number, sections: readonly string[]): string {
  const section = sections[index % sections.length];
  return `${section}/bench/page-${String(index + 1).padStart(4, '0')}`;
}

export function syntheticPages({ perLocale, locales, sections, seed = 1 }: SyntheticOptions): SyntheticPage[] {
  if (!Number.isInteger(perLocale) || perLocale < 0) {
    throw new Error(`syntheticPages: perLocale must be a whole number ≥ 0 (got ${perLocale})`);
  }
  if (sections.length === 0) throw new Error('syntheticPages: at least one section is needed');
  const pages: SyntheticPage[] = [];
  for (const locale of locales) {
    const words = vocabulary[locale];
    if (!words) throw new Error(`syntheticPages: no vocabulary for locale "${locale}"`);
    // The same seed per locale: translations of a page have the same shape, as real ones do.
    const random = seededRandom(seed);
    const pick = () => words.sentences[Math.floor(random() * words.sentences.length)] as string;
    const paragraph = () => Array.from({ length: 4 + Math.floor(random() * 4) }, pick).join(' ');
    for (let i = 0; i < perLocale; i++) {
      const slug = syntheticSlug(i, sections);
      const section = slug.split('/')[0] as string;
      // Link to the next page of the same section (wrapping), so every link resolves.
      const nextIndex = i + sections.length < perLocale ? i + sections.length : i % sections.length;
      const blocks = [
        `## ${words.headings[0]}`,
        paragraph(),
        paragraph(),
        `## ${words.headings[1]}`,
        paragraph(),
        Array.from({ length: 4 }, () => `- ${pick()}`).join('\n'),
        `## ${words.headings[2]}`,
        paragraph(),
        `- [${words.next}](/${locale}/${syntheticSlug(nextIndex, sections)}/)\n- [${words.section}](/${locale}/${section}/)`,
      ];
      pages.push({
        locale,
        slug,
        frontmatter: { title: `${words.title} ${i + 1}`, description: words.description, kind: 'page' },
        body: `${blocks.join('\n\n')}\n`,
      });
    }
  }
  return pages;
}
