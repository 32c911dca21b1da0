import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { labelledStories, type Gold } from '../../eval/score.ts';
import { parseStory } from '../../lambdas/ingest/parse-story.ts';
import { RejectionError, type StoryRecord } from '../../lambdas/story/index.ts';
import { providerByCode } from '../../lambdas/wire/agencies/index.ts';
import { AGENCY_PROFILES } from '../../lambdas/wire/index.ts';

/**
 * Every agency profile has its own story in that agency's house style (test/fixtures/agencies/<id>.*,
 * gold in eval/GOLD.md's form), and reads it right: the provider, the dateline, the story's first and
 * last paragraph, the headline.
 */
const AGENCIES = new URL('../fixtures/agencies/', import.meta.url).pathname;
const stories = labelledStories(AGENCIES);
/** The story's record; a rejected story reads as a record with nothing in it, and fails each check. */
async function recordOf(file: string): Promise<Pick<StoryRecord, 'provider' | 'dateline' | 'headline' | 'body'>> {
  try {
    return await parseStory(new Uint8Array(readFileSync(file)), { key: null });
  } catch (error) {
    if (!(error instanceof RejectionError)) throw error;
    return { provider: `rejected ${error.code}`, dateline: null, headline: null, body: { paragraphs: [], wordCount: 0 } };
  }
}
const text = (s: string | null | undefined): string => (s ?? '').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

describe('Agency profiles', () => {
  it.each(AGENCY_PROFILES.map((p) => p.id))('%s has a story of its own', (id) => {
    // Assess
    expect(stories.map((s) => s.story)).toContain(id);
  });

  it('have unique ids, providers, names and tags', () => {
    // Prepare
    const names = AGENCY_PROFILES.flatMap((p) => [...new Set([p.provider, ...p.names, ...p.tags].map((n) => n.toLowerCase()))].map((n) => `${n} (${p.id})`));
    const seen = new Map<string, string>();
    const clashes: string[] = [];

    // Act
    for (const entry of names) {
      const name = entry.replace(/ \([^)]+\)$/, '');
      if (seen.has(name) && seen.get(name) !== entry) clashes.push(`${seen.get(name)} / ${entry}`);
      seen.set(name, entry);
    }

    // Assess
    expect(new Set(AGENCY_PROFILES.map((p) => p.id)).size).toBe(AGENCY_PROFILES.length);
    expect(clashes).toEqual([]);
  });

  describe.each(stories.map((s) => [s.story, s] as const))('%s', (_name, story) => {
    const gold = JSON.parse(readFileSync(story.gold, 'utf8')) as Gold;
    let record: Awaited<ReturnType<typeof recordOf>>;
    beforeAll(async () => {
      record = await recordOf(story.file);
    });

    it('names its provider', () => {
      expect(record.provider?.toLowerCase()).toBe(gold.wire!.provider?.toLowerCase() ?? undefined);
    });

    it('reads its dateline', () => {
      expect((record.dateline?.city ?? null)?.toLowerCase() ?? null).toBe(gold.wire!.dateline?.city?.toLowerCase() ?? null);
    });

    it('reads its headline', () => {
      expect(text(record.headline)).toBe(text(gold.wire!.headline));
    });

    it('keeps the story from its first to its last paragraph, and nothing else', () => {
      expect(text(record.body.paragraphs[0])).toBe(text(gold.wire!.paragraphs!.first));
      expect(text(record.body.paragraphs.at(-1))).toBe(text(gold.wire!.paragraphs!.last));
    });
  });
});

describe('Function: providerByCode', () => {
  it.each([
    ['新华社 Xinhua News Agency', 'Xinhua'],
    ['Yonhap News Agency 연합뉴스', 'Yonhap'],
    ['Новини Foo Bar', null],
  ])('reads the Latin half of a name written in two scripts: "%s"', (name, provider) => {
    // Act & Assess
    expect(providerByCode(name)).toBe(provider);
  });
});
