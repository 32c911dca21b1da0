import { PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { startTestStack, tempDataDir } from './helpers.ts';

describe('Local stack: restarts', () => {
  it('picks up, at start, uploads that never got an outcome and are not in the queue', async () => {
    // Prepare: a stack whose ingest acknowledges everything and records nothing, as if its events were lost
    const data = await tempDataDir();
    try {
      const lossy = await startTestStack({ dataDir: data.dir, handlers: { ingest: async () => ({ batchItemFailures: [] }) } });
      for (const name of ['a', 'b', 'c']) {
        await lossy.s3.send(new PutObjectCommand({ Bucket: lossy.stack.bucket, Key: `incoming/recover/${name}.txt`, Body: '' }));
      }
      await lossy.stack.queue.idle();
      await lossy.dispose();

      // Act: the real handlers this time
      const lines: string[] = [];
      const second = await startTestStack({ dataDir: data.dir, log: (line) => lines.push(line) });
      await second.stack.queue.idle();
      const response = await fetch(`${second.stack.apiUrl}/uploads?key=incoming/recover/`);
      const { items } = (await response.json()) as { items: { key: string; status: string; code: string }[] };
      await second.dispose();

      // Assess
      expect(items.map((i) => [i.key, i.status, i.code])).toEqual(['a', 'b', 'c'].map((n) => [`incoming/recover/${n}.txt`, 'rejected', 'empty']));
      expect(lines).toContain('picked up 3 uploads with no outcome yet');
    } finally {
      await data.remove();
    }
  });
});
