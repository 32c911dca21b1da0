import { describe, expect, it } from 'vitest';
import { parseStories } from '../../lambdas/ingest/parse-story.ts';
import { RejectionError, storyRecordSchema } from '../../lambdas/story/index.ts';
import { goldenOf, readWireFixture, wireFixtures, withoutEntities } from './fixtures.ts';

/** Fixtures in format folders (`wires/nitf/…`) against their golden records (`expected/nitf/…`). */
const formatFixtures = wireFixtures().filter((name) => name.includes('/'));

async function outcome(name: string): Promise<unknown> {
  try {
    return (await parseStories(readWireFixture(name), { key: null })).map(withoutEntities);
  } catch (error) {
    if (error instanceof RejectionError) return { rejected: error.code };
    throw error;
  }
}

describe('Golden records of the format fixtures', () => {
  it.each(formatFixtures)('%s gives its golden record', async (name) => {
    // Act
    const got = await outcome(name);

    // Assess
    expect(got).toEqual(goldenOf(name));
  });

  it.each(formatFixtures)('%s gives valid records or a RejectionError', async (name) => {
    // Act
    let records: unknown[] = [];
    try {
      records = await parseStories(readWireFixture(name), { key: `incoming/${name}` });
    } catch (error) {
      expect(error).toBeInstanceOf(RejectionError);
    }

    // Assess
    for (const record of records) expect(storyRecordSchema.safeParse(record).error).toBeUndefined();
  });
});
