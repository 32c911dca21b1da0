import { readFileSync } from 'node:fs';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { storyPageSchema } from '../../lambdas/api/schemas.ts';
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

  // `Kursk` and `vladivostok`, words the story names once deep in its body, wait for recall (the index keeps its top terms)
  it.each(['"fair game"', 'north korea', '"north korea"'])('finds it for %s', async (q) => {
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
