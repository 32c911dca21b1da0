import { describe, expect, it } from 'vitest';
import { compromiseEntities, withBaseline } from '../../../eval/baseline.ts';
import { parseStory } from '../../../lambdas/ingest/parse-story.ts';

const STORY = [
  'Anna Kowalski',
  '',
  'WARSAW, May 2 (Reuters) - Polish Prime Minister Donald Tusk met European Commission President Ursula von der Leyen in Warsaw on Friday.',
  '',
  '"We agreed on the funds," Tusk told reporters.',
].join('\n');

describe('Eval baseline: compromise (npm run eval -- --baseline)', () => {
  it('reads people and places with compromise, without surrounding punctuation', () => {
    // Act
    const found = compromiseEntities(['Peña told reporters in Santo Domingo.']);

    // Assess
    expect(found.people.map((p) => p.name)).toEqual(['Peña']);
    expect(found.places.map((p) => p.name)).toEqual(['Santo Domingo']);
  });

  it('replaces the pipeline\'s entities with its own, or adds only what the pipeline lacks', async () => {
    // Arrange
    const record = await parseStory(new TextEncoder().encode(STORY), { key: 'eval/baseline' });
    const ours = record.people.map((p) => p.name);

    // Act
    const replaced = withBaseline(record, 'compromise');
    const union = withBaseline(record, 'union');

    // Assess
    expect(replaced.people.map((p) => p.name)).toEqual(compromiseEntities(record.body.paragraphs).people.map((p) => p.name));
    expect(union.people.map((p) => p.name).slice(0, ours.length)).toEqual(ours);
    expect(new Set(union.people.map((p) => p.name.toLowerCase())).size).toBe(union.people.length);
    expect(replaced.headline).toBe(record.headline);
  });
});
