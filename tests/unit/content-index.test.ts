import { describe, expect, it } from 'vitest';
import {
  dataOfKind,
  initiativeSlug,
  sessionsByInitiative,
  sortSessions,
  splitId,
} from '../../src/lib/content-index.ts';

const session = (id: string, initiatives: string[], date: Date | null = null) => ({
  id,
  filePath: `content/docs/${id}.mdx`,
  data: { kind: 'council-session', title: id, initiatives, date },
});

describe('ids', () => {
  it('splits locale and slug', () => {
    expect(splitId('kk/lessons/cyberbullying')).toEqual({ locale: 'kk', slug: 'lessons/cyberbullying' });
  });
  it('recognises initiative pages only', () => {
    expect(initiativeSlug('ru/initiatives/kiberpol')).toBe('kiberpol');
    expect(initiativeSlug('ru/initiatives')).toBeUndefined();
    expect(initiativeSlug('ru/lessons/kiberpol')).toBeUndefined();
  });
});

describe('components bound to one kind of page', () => {
  type Data = { kind: 'lesson'; lesson: number } | { kind: 'initiative'; initiativeId: string };
  const lesson: { filePath: string; data: Data } = {
    filePath: 'content/docs/kk/lessons/x.mdx',
    data: { kind: 'lesson', lesson: 3 },
  };
  it('returns the data of the matching kind', () => {
    expect(dataOfKind(lesson, 'lesson', 'Quiz').lesson).toBe(3);
  });
  it('fails naming the file and the component on another kind of page', () => {
    expect(() => dataOfKind(lesson, 'initiative', 'InitiativeFacts')).toThrow(
      'content/docs/kk/lessons/x.mdx: <InitiativeFacts /> is only for pages with kind: initiative',
    );
  });
});

describe('sessions presenting an initiative (back-links derived from sessions)', () => {
  const known = new Set(['kiberpol', 'zan-uyirmesi']);

  it('lists every session that references an initiative', () => {
    const a = session('ru/council/a', ['kiberpol']);
    const b = session('ru/council/b', ['zan-uyirmesi', 'kiberpol']);
    const map = sessionsByInitiative([a, b], known);
    expect(map.get('kiberpol')).toEqual([a, b]);
    expect(map.get('zan-uyirmesi')).toEqual([b]);
  });

  it('adding a session that references kiberpol adds it to kiberpol only', () => {
    const before = sessionsByInitiative([session('ru/council/a', ['zan-uyirmesi'])], known);
    expect(before.get('kiberpol')).toBeUndefined();
    const added = session('ru/council/new', ['kiberpol']);
    const after = sessionsByInitiative([session('ru/council/a', ['zan-uyirmesi']), added], known);
    expect(after.get('kiberpol')).toEqual([added]);
  });

  it('fails with the file and field on an unknown initiative', () => {
    expect(() => sessionsByInitiative([session('ru/council/a', ['kiberpol', 'kiberpool'])], known)).toThrow(
      /content\/docs\/ru\/council\/a\.mdx: field "initiatives\.1": "kiberpool" is not an initiative page/,
    );
  });
});

describe('session order', () => {
  it('puts the newest first and undated sessions last', () => {
    const old = session('ru/council/old', [], new Date('2024-03-01'));
    const recent = session('ru/council/recent', [], new Date('2025-10-01'));
    const undated = session('ru/council/undated', []);
    expect(sortSessions([undated, old, recent]).map((s) => s.id)).toEqual([
      'ru/council/recent',
      'ru/council/old',
      'ru/council/undated',
    ]);
  });
});
