import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryRecord } from '../../../lambdas/story/index.ts';
import { evaluate, TARGETS } from '../../../eval/score.ts';
import { parseStory } from '../../../lambdas/ingest/parse-story.ts';
import { describeShared, SEED } from '../../shared-corpus.ts';


const report = await evaluate();

describe('Evaluation: the labelled set (npm run eval)', () => {

  it('has at least 40 labelled stories', () => {
    expect(report.stories).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ['people', () => report.people.f1, TARGETS.people],
    ['organisations', () => report.organisations.f1, TARGETS.organisations],
    ['places', () => report.places.f1, TARGETS.places],
    ['quote speakers', () => report.quotes.accuracy, TARGETS.quoteSpeakers],
    ['contributors', () => report.contributors.f1, TARGETS.contributors],
  ] as const)('keeps %s at or above its target', (_field, figure, target) => {
    expect(figure()).toBeGreaterThanOrEqual(target);
  });
});

describeShared('Evaluation: the seed story', SEED, () => {
  let record: StoryRecord;
  beforeAll(async () => {
    record = await parseStory(new Uint8Array(readFileSync(SEED)), { key: null });
  });
  const person = (name: string) => record.people.find((p) => p.name === name);

  it('finds each person once, by full name, with the title the story gives', () => {
    // Assess
    expect(person('Lloyd Austin')).toMatchObject({ title: 'Defense Secretary' });
    expect(person('John Kirby')).toMatchObject({ title: 'White House national security spokesman' });
    for (const name of ['Kim Jong Un', 'Volodymyr Zelensky', 'Cho Tae-yong', 'Park Sun-won', 'Lee Seong Kweun', 'Mark Rutte', 'Kyrylo Budanov']) {
      expect(person(name), name).toBeDefined();
    }
    expect(person('Kyrylo Budanov')?.title).toBe('head of Ukraine’s military intelligence directorate');
    expect(new Set(record.people.map((p) => p.name)).size).toBe(record.people.length);
  });

  it('counts short references, family name first included, as mentions of the same person', () => {
    // Assess: "Austin" twice more, "Cho" five times more, "Park" and "Lee" three times more
    expect(person('Lloyd Austin')?.mentions).toBe(3);
    expect(person('Cho Tae-yong')?.mentions).toBe(6);
    expect(person('Park Sun-won')?.mentions).toBe(4);
    expect(person('Lee Seong Kweun')?.mentions).toBe(4);
  });

  it('never takes "Austin" for a place, and keeps authors and contributors out of people', () => {
    // Assess
    expect(record.places.map((p) => p.name)).not.toContain('Austin');
    const names = record.people.map((p) => p.name);
    for (const credited of [...record.bylines.map((b) => b.name), ...record.contributors.map((c) => c.name)]) expect(names).not.toContain(credited);
  });

  it('ties NIS to the National Intelligence Service and finds the outlet and the region', () => {
    // Assess
    expect(record.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(['National Intelligence Service', 'NATO', 'The War Zone', 'White House']));
    expect(record.organisations.find((o) => o.name === 'National Intelligence Service')?.mentions).toBe(6);
    expect(record.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Indo-Pacific', 'North Korea', 'Kursk', 'Vladivostok']));
  });

  it('attributes every quote to the right speaker', () => {
    // Assess
    expect(record.quotes.map((q) => [q.text.slice(0, 24), q.speaker])).toEqual([
      ['fair game', null], // the United States said: an institution
      ['next step', 'Lloyd Austin'],
      ['These soldiers then trav', 'John Kirby'],
      ['We don’t yet know if the', 'John Kirby'],
      ['remains to be seen', 'Lloyd Austin'],
      ['If they are belligerents', 'Lloyd Austin'], // "He added:" after Austin spoke
      ['I can tell you one thing', 'John Kirby'],
      ['significant escalation', 'Mark Rutte'],
    ]);
  });
});
