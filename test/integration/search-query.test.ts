import { readFileSync } from 'node:fs';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { storyPageSchema } from '../../lambdas/api/schemas.ts';
import { termOf, words } from '../../lambdas/search/index.ts';
import { describeShared, SEED } from '../shared-corpus.ts';
import { startTestStack, type TestStack } from '../local/helpers.ts';

describeShared('Search: the query language on the seed story (issue 13)', SEED, () => {
  let t: TestStack;
  let id: string;
  beforeAll(async () => {
    t = await startTestStack();
    await t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: 'incoming/seed.txt', Body: readFileSync(SEED) }));
    await t.stack.queue.idle();
    const uploads = (await (await fetch(`${t.stack.apiUrl}/uploads?key=incoming/seed.txt`)).json()) as { items: { storyId: string }[] };
    id = uploads.items[0]!.storyId;
  });
  afterAll(async () => t.dispose());

  const search = async (q: string) => {
    const response = await fetch(`${t.stack.apiUrl}/stories?q=${encodeURIComponent(q)}`);
    return { status: response.status, body: (await response.json()) as any };
  };

  it.each(['"fair game"', 'north korea', '"north korea"', 'vladivostok', 'Kursk'])('finds it for %s', async (q) => {
    // Act
    const { status, body } = await search(q);

    // Assess
    expect(status).toBe(200);
    expect(storyPageSchema.parse(body).items.map((s) => s.id)).toContain(id);
  });

  it.each(['"game fair"', 'north korea -vladivostok', 'north korea -"fair game"'])('does not find it for %s', async (q) => {
    // Act
    const { body } = await search(q);

    // Assess
    expect(body.items.map((s: { id: string }) => s.id)).not.toContain(id);
  });

  it('is found by every word it holds, however rare, stop words aside', async () => {
    // Prepare: one written form of each distinct term of the headline and the body
    const record = (await (await fetch(`${t.stack.apiUrl}/stories/${id}`)).json()) as { headline: string; body: { paragraphs: string[] } };
    const byTerm = new Map<string, string>();
    for (const word of words([record.headline, ...record.body.paragraphs].join('\n'))) {
      const term = termOf(word);
      if (term !== null && !byTerm.has(term)) byTerm.set(term, word);
    }

    // Act
    const missed: string[] = [];
    for (const word of byTerm.values()) {
      const { body } = await search(word);
      if (!body.items.some((s: { id: string }) => s.id === id)) missed.push(word);
    }

    // Assess
    expect(byTerm.size).toBeGreaterThan(150);
    expect(missed).toEqual([]);
  });

  it('marks the words it matched in snippets of the text, by offsets', async () => {
    // Act
    const { body } = await search('korea');
    const found = body.items.find((s: { id: string }) => s.id === id);

    // Assess
    expect(found.highlights.length).toBeGreaterThan(0);
    for (const h of found.highlights) {
      expect(h.matches.length).toBeGreaterThan(0);
      for (const [start, end] of h.matches) expect(h.text.slice(start, end).toLowerCase()).toMatch(/^korea(?:n|ns|'s)?$/);
    }
  });

  it('answers a query it cannot read with a 400 that says why', async () => {
    // Act
    const unclosed = await search('"fair game');
    const onlyExcluded = await search('-vladivostok');

    // Assess
    expect(unclosed).toMatchObject({ status: 400, body: { parameter: 'q', detail: expect.stringMatching(/quote that is not closed/) } });
    expect(onlyExcluded).toMatchObject({ status: 400, body: { parameter: 'q', detail: expect.stringMatching(/only excludes/) } });
  });
});
