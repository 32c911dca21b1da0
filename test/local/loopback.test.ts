import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startTestStack } from './helpers.ts';

/** Listening sockets of this machine from /proc/net/tcp{,6}: local address (hex) by port. */
function listeners(): { address: string; port: number }[] {
  const found: { address: string; port: number }[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state !== '0A' || !local) continue; // 0A: LISTEN
      const [address, port] = local.split(':');
      found.push({ address: address!, port: parseInt(port!, 16) });
    }
  }
  return found;
}

describe('Local stack: loopback only', () => {
  it.runIf(process.platform === 'linux')('binds every server, chaos proxies included, to 127.0.0.1 only', async () => {
    // Prepare
    const before = new Set(listeners().map((l) => `${l.address}:${l.port}`));
    const t = await startTestStack({ chaos: 0.1 });
    try {
      const ports = [t.stack.apiUrl, t.stack.s3Endpoint, t.stack.dynamodbEndpoint].map((url) => Number(new URL(url).port));
      // Act: every socket that started listening with the stack (other test files may open their own)
      const opened = listeners().filter((l) => !before.has(`${l.address}:${l.port}`));
      const ours = opened.filter((l) => ports.includes(l.port));
      // Assess: 0100007F is 127.0.0.1 in /proc's little-endian hex; the two chaos proxies listen too
      expect(ours.map((l) => l.port).sort()).toEqual([...ports].sort());
      expect(opened.length).toBeGreaterThanOrEqual(5);
      expect(new Set(ours.map((l) => l.address))).toEqual(new Set(['0100007F']));
      expect(opened.filter((l) => !ports.includes(l.port) && l.address !== '0100007F')).toEqual([]);
    } finally {
      await t.dispose();
    }
  });
});
