import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStories } from '../../lambdas/ingest/parse-story.ts';
import { versionFromHash, versionRank, type StoryRecord } from '../../lambdas/story/index.ts';
import { describeShared, EXTERNAL_CORPUS } from '../shared-corpus.ts';

type Ranked = Pick<StoryRecord, 'version' | 'versionCreated' | 'firstCreated' | 'source' | 'provider'>;
const hash = (c: string): string => c.repeat(64);
const rec = (over: Partial<Ranked> & { hash?: string }): Ranked => ({
  version: over.version ?? versionFromHash(hash(over.hash ?? 'a')),
  versionCreated: over.versionCreated ?? null,
  firstCreated: over.firstCreated ?? null,
  provider: over.provider ?? null,
  source: { key: null, encoding: 'UTF-8', contentHash: hash(over.hash ?? 'a') },
});
const newest = (...records: Ranked[]): Ranked => [...records].sort((a, b) => (versionRank(a) < versionRank(b) ? -1 : 1)).at(-1)!;

describe('Function: versionRank', () => {
  it.each([
    ['NewsML-G2 @version', 'STT', '9', '10'],
    ['AP Media version from 0', 'Associated Press', '0', '1'],
    ['NewsML 1.2 RevisionId', 'AFP', '2', '11'],
    ['ninjs version', 'NTB', '6', '7'],
    ['NITF du-key generation.version', null, '14.2', '14.10'],
    ['NITF du-key, a new generation', null, '14.10', '15.1'],
  ])('orders %s numerically, whatever the times say', (_what, provider, older, newer) => {
    // Prepare
    const a = rec({ provider, version: older, versionCreated: '2025-01-02T10:00:00Z' });
    const b = rec({ provider, version: newer, versionCreated: '2025-01-01T10:00:00Z' });

    // Act & Assess
    expect(versionRank(a) < versionRank(b)).toBe(true);
  });

  it('orders Reuters by versionCreated, since its version numbers are opaque', () => {
    // Prepare: the later version has the smaller number
    const earlier = rec({ provider: 'Reuters', version: '1542761538', versionCreated: '2016-01-04T15:43:34+00:00' });
    const later = rec({ provider: 'Reuters', version: '978556838', versionCreated: '2016-01-04T16:34:45+00:00' });

    // Act & Assess
    expect(newest(later, earlier)).toBe(later);
  });

  it('orders text wires, whose version is a content hash, by versionCreated in UTC across offsets', () => {
    // Prepare
    const a = rec({ hash: '1', versionCreated: '2025-03-01T10:00:00-05:00' }); // 15:00 UTC
    const b = rec({ hash: '2', versionCreated: '2025-03-01T16:00:00+02:00' }); // 14:00 UTC

    // Act & Assess
    expect(newest(a, b)).toBe(a);
  });

  it('never reads a content-hash version made only of digits as a counter', () => {
    // Prepare
    const digits = rec({ hash: '9', versionCreated: '2025-01-01T00:00:00Z' });
    const later = rec({ hash: '1', versionCreated: '2025-01-02T00:00:00Z' });

    // Act & Assess
    expect(digits.version).toMatch(/^\d+$/);
    expect(newest(digits, later)).toBe(later);
  });

  it('orders versions with the same time by arrival: an AP writethru keeps the story\'s Posted time', () => {
    // Prepare: the later upload happens to have the smaller content hash
    const first = rec({ hash: 'f', firstCreated: '2024-10-23T07:34:00-04:00' });
    const writethru = rec({ hash: '1', firstCreated: '2024-10-23T07:34:00-04:00' });

    // Act & Assess
    expect(versionRank(first, '2024-10-23T11:40:00.000Z') < versionRank(writethru, '2024-10-23T12:05:00.000Z')).toBe(true);
    expect(versionRank(first) > versionRank(writethru)).toBe(true); // without arrival, only the hash is left
  });

  it('orders versions with no time at all by arrival, whatever their hashes', () => {
    const earlier = rec({ hash: 'f' });
    const later = rec({ hash: '1' });
    expect(versionRank(earlier, '2025-05-01T09:00:00.000Z') < versionRank(later, '2025-05-01T09:00:00.001Z')).toBe(true);
  });

  it('lets a version\'s own time outrank arrival: an older version uploaded late stays older', () => {
    const newer = rec({ hash: '1', versionCreated: '2025-03-01T12:00:00Z' });
    const older = rec({ hash: '2', versionCreated: '2025-03-01T11:00:00Z' });
    expect(versionRank(older, '2025-03-01T13:00:00Z') < versionRank(newer, '2025-03-01T12:01:00Z')).toBe(true);
  });

  it('is a pure function of the record', () => {
    // Prepare
    const a = rec({ version: '3', provider: 'AFP' });

    // Act & Assess
    expect(versionRank(a)).toBe(versionRank({ ...a }));
  });
});

describeShared('Versions of the external corpus', EXTERNAL_CORPUS, () => {
  it('keeps one id for the Reuters item across its versions and ranks the kill after the correction', async () => {
    // Prepare
    const dir = new URL('newsml-g2/', EXTERNAL_CORPUS);
    const usable = new URL('reuters_L1N14N0FF_v978556838_usable_corrected.xml', dir);
    const killed = new URL('reuters_L1N14N0FF_v1542761538_canceled.xml', dir);

    // Act
    const [a] = await parseStories(new Uint8Array(readFileSync(usable)), { key: 'incoming/a.xml' });
    const [b] = await parseStories(new Uint8Array(readFileSync(killed)), { key: 'incoming/b.xml' });

    // Assess
    expect(a!.id).toBe(b!.id);
    expect(versionRank(a!) < versionRank(b!)).toBe(true);
  });
});
