import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { MAX_RECEIVES } from '../../lambdas/store/constants.ts';
import { createLambdaContext } from './context.ts';
import { LOCAL_FUNCTIONS } from './defaults.ts';
import { newReceiptHandle } from './s3-events.ts';

/** What the ingest Lambda is to the event source mapping: a batch in, the failed items out. */
export type BatchHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void | null | undefined>;

export interface LocalQueueOptions {
  readonly handler: BatchHandler;
  /** Messages that failed `maxReceives` times, one JSON object a line; kept across restarts. */
  readonly deadLetterFile: string;
  /**
   * Write-ahead journal, as SQS keeps messages durably: every message is written here when sent and
   * again when it is done or dead-lettered, so whatever a stop (or a crash) left unfinished is
   * handed out again at the next start, with its original S3 event. @default none kept
   */
  readonly journalFile?: string;
  /** @default 10, the event source mapping's batch size */
  readonly batchSize?: number;
  /** How long a batch may wait to fill up. @default 100 ms */
  readonly batchWindowMs?: number;
  /** Batches handed to the handler at once. @default 4 */
  readonly concurrency?: number;
  /** @default MAX_RECEIVES (5), as on the cloud queue's redrive policy */
  readonly maxReceives?: number;
  /** Delay before the first redelivery; doubles with each further receive. @default 500 ms */
  readonly retryBaseMs?: number;
  /** @default 30 s */
  readonly retryMaxMs?: number;
  /** @default the ingest function's name and timeout */
  readonly functionName?: string;
  readonly timeoutMs?: number;
  /** Told about every message after each receive. */
  readonly onResult?: (record: SQSRecord, result: DeliveryResult) => void;
}

export type DeliveryResult =
  | { readonly outcome: 'done'; readonly receiveCount: number }
  | { readonly outcome: 'retry'; readonly receiveCount: number; readonly delayMs: number; readonly reason: string }
  | { readonly outcome: 'dead-letter'; readonly receiveCount: number; readonly reason: string };

/** One line of the dead-letter file. */
export interface DeadLetter {
  readonly deadLetteredAt: string;
  readonly receiveCount: number;
  /** Why the last receive failed. */
  readonly reason: string;
  readonly record: SQSRecord;
}

interface Message {
  record: SQSRecord;
  receives: number;
  firstReceiveAt?: number;
}

/**
 * A stand-in for the SQS queue and the Lambda event source mapping in front of the ingest handler:
 * batches, partial batch failures, redelivery with a growing delay and a rising
 * ApproximateReceiveCount, and a dead-letter list after `maxReceives` receives.
 */
export class LocalQueue {
  private readonly opts: Required<Omit<LocalQueueOptions, 'journalFile' | 'onResult'>> & Pick<LocalQueueOptions, 'journalFile' | 'onResult'>;
  private readonly ready: Message[] = [];
  private readonly delayed = new Map<NodeJS.Timeout, Message>();
  private readonly inFlight = new Set<Message[]>();
  private readonly dead: DeadLetter[] = [];
  private readonly idleWaiters: (() => void)[] = [];
  private readonly landedWaiters: (() => void)[] = [];
  private windowTimer: NodeJS.Timeout | undefined;
  private writes: Promise<void> = Promise.resolve();
  private stopped = false;
  private stopping: Promise<void> | undefined;

  private constructor(opts: LocalQueueOptions) {
    this.opts = {
      batchSize: 10,
      batchWindowMs: 100,
      concurrency: 4,
      maxReceives: MAX_RECEIVES,
      retryBaseMs: 500,
      retryMaxMs: 30_000,
      functionName: LOCAL_FUNCTIONS.ingest.name,
      timeoutMs: LOCAL_FUNCTIONS.ingest.timeoutMs,
      ...opts,
    };
  }

  /** Loads the dead letters of earlier runs and re-queues the messages a previous run left unfinished. */
  static async start(opts: LocalQueueOptions): Promise<LocalQueue> {
    const queue = new LocalQueue(opts);
    await mkdir(dirname(opts.deadLetterFile), { recursive: true });
    for (const line of (await readIfExists(opts.deadLetterFile)).split('\n')) {
      if (!line.trim()) continue;
      try {
        queue.dead.push(JSON.parse(line) as DeadLetter);
      } catch {
        process.emitWarning(`skipping a line of ${opts.deadLetterFile} that is not JSON`);
      }
    }
    if (opts.journalFile) {
      const unfinished = unfinishedIn(await readIfExists(opts.journalFile));
      // compacted at each start, so the journal holds no more than what is unfinished plus this run
      await writeFile(opts.journalFile, unfinished.map((m) => `${JSON.stringify({ op: 'send', record: m.record, receives: m.receives })}\n`).join(''));
      for (const message of unfinished) queue.enqueue(message);
    }
    return queue;
  }

  /** Adds a message, as SQS does on SendMessage (here: S3's notification). */
  send(record: SQSRecord): void {
    if (this.stopped) throw new Error('the local queue is stopped');
    this.journal({ op: 'send', record });
    this.enqueue({ record, receives: 0 });
  }

  /**
   * Sends every dead letter back to the queue, as a DLQ redrive does once the cause is fixed: the
   * dead-letter list is emptied and each message starts again at receive 0. Resolves with how many.
   */
  async redrive(): Promise<number> {
    if (this.stopped) throw new Error('the local queue is stopped');
    const letters = this.dead.splice(0);
    await this.writes;
    this.writes = this.writes.then(() => writeFile(this.opts.deadLetterFile, ''));
    for (const letter of letters) this.send(letter.record);
    await this.writes;
    return letters.length;
  }

  /** Every message not yet done: waiting, delayed or with the handler. */
  pending(): readonly SQSRecord[] {
    return this.all().map((m) => m.record);
  }

  private all(): Message[] {
    return [...this.ready, ...this.delayed.values(), ...[...this.inFlight].flat()];
  }

  private journal(entry: { op: 'send'; record: SQSRecord } | { op: 'receive' | 'ack'; messageId: string }): void {
    const file = this.opts.journalFile;
    if (!file) return;
    this.writes = this.writes
      .then(() => appendFile(file, `${JSON.stringify(entry)}\n`))
      .catch((err: unknown) => process.emitWarning(`could not write ${file}: ${String(err)}`));
  }

  /** Messages moved to the dead-letter list, oldest first, including those of earlier runs. */
  deadLetters(): readonly DeadLetter[] {
    return this.dead;
  }

  /** Messages waiting, delayed for redelivery, or with the handler. */
  get size(): number {
    let n = this.ready.length + this.delayed.size;
    for (const batch of this.inFlight) n += batch.length;
    return n;
  }

  /** Resolves once nothing is waiting, delayed or in flight (redeliveries included). */
  idle(): Promise<void> {
    if (this.stopping) return this.stopping;
    if (this.size === 0) return this.writes;
    return new Promise<void>((resolve) => this.idleWaiters.push(resolve)).then(() => this.writes);
  }

  /** Hands out what is waiting without the batching window, then waits until idle. */
  drain(): Promise<void> {
    if (this.windowTimer) {
      clearTimeout(this.windowTimer);
      this.windowTimer = undefined;
    }
    this.pump();
    return this.idle();
  }

  /**
   * Stops handing out messages and lets the batches in flight finish (up to `graceMs`); whatever is
   * unfinished stays in the journal for the next start.
   */
  stop(graceMs = 10_000): Promise<void> {
    this.stopped = true;
    this.stopping ??= this.shutdown(graceMs);
    return this.stopping;
  }

  private async shutdown(graceMs: number): Promise<void> {
    clearTimeout(this.windowTimer);
    this.windowTimer = undefined;
    for (const [timer, message] of this.delayed) {
      clearTimeout(timer);
      this.ready.push(message);
    }
    this.delayed.clear();
    if (this.inFlight.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
      const landed = new Promise<void>((resolve) => this.landedWaiters.push(resolve));
      await Promise.race([landed, timeout]);
      clearTimeout(timer);
    }
    // At-least-once, like SQS: a batch still running is handed out again next time (from the journal).
    this.ready.length = 0;
    await this.writes;
    this.notifyIfIdle(true);
  }

  private enqueue(message: Message): void {
    this.ready.push(message);
    if (this.ready.length >= this.opts.batchSize) this.pump();
    else this.windowTimer ??= setTimeout(() => {
      this.windowTimer = undefined;
      this.pump();
    }, this.opts.batchWindowMs);
  }

  private pump(): void {
    while (!this.stopped && this.ready.length > 0 && this.inFlight.size < this.opts.concurrency) {
      const batch = this.ready.splice(0, this.opts.batchSize);
      this.inFlight.add(batch);
      void this.deliver(batch).finally(() => {
        this.inFlight.delete(batch);
        this.pump();
        this.notifyIfIdle();
      });
    }
  }

  private async deliver(batch: Message[]): Promise<void> {
    const now = Date.now();
    const records = batch.map((m) => {
      m.receives += 1;
      m.firstReceiveAt ??= now;
      this.journal({ op: 'receive', messageId: m.record.messageId });
      m.record = {
        ...m.record,
        receiptHandle: newReceiptHandle(),
        attributes: {
          ...m.record.attributes,
          ApproximateReceiveCount: String(m.receives),
          ApproximateFirstReceiveTimestamp: String(m.firstReceiveAt),
        },
      };
      return m.record;
    });
    const failed = new Map<string, string>();
    try {
      const context = createLambdaContext({ functionName: this.opts.functionName, timeoutMs: this.opts.timeoutMs });
      const response = await this.opts.handler({ Records: records }, context);
      const ids = new Set(records.map((r) => r.messageId));
      const failures = response?.batchItemFailures ?? [];
      // Lambda fails the whole batch when a reported identifier is empty or not in the batch.
      if (failures.some((f) => !f.itemIdentifier || !ids.has(f.itemIdentifier))) {
        for (const r of records) failed.set(r.messageId, 'batchItemFailures names a message that is not in the batch');
      } else {
        for (const f of failures) failed.set(f.itemIdentifier, 'reported in batchItemFailures');
      }
    } catch (err) {
      const reason = `handler threw: ${err instanceof Error ? err.message : String(err)}`;
      for (const r of records) failed.set(r.messageId, reason);
    }
    for (const message of batch) {
      const reason = failed.get(message.record.messageId);
      if (reason === undefined) {
        this.journal({ op: 'ack', messageId: message.record.messageId });
        this.report(message, { outcome: 'done', receiveCount: message.receives });
      }
      else if (message.receives >= this.opts.maxReceives) this.deadLetter(message, reason);
      else this.retry(message, reason);
    }
  }

  private retry(message: Message, reason: string): void {
    const delayMs = Math.min(this.opts.retryMaxMs, this.opts.retryBaseMs * 2 ** (message.receives - 1));
    this.report(message, { outcome: 'retry', receiveCount: message.receives, delayMs, reason });
    if (this.stopped) {
      this.ready.push(message);
      return;
    }
    const timer = setTimeout(() => {
      this.delayed.delete(timer);
      this.enqueue(message);
    }, delayMs);
    this.delayed.set(timer, message);
  }

  private deadLetter(message: Message, reason: string): void {
    const letter: DeadLetter = {
      deadLetteredAt: new Date().toISOString(),
      receiveCount: message.receives,
      reason,
      record: message.record,
    };
    this.dead.push(letter);
    this.journal({ op: 'ack', messageId: message.record.messageId });
    this.writes = this.writes
      .then(() => appendFile(this.opts.deadLetterFile, `${JSON.stringify(letter)}\n`))
      .catch((err: unknown) => process.emitWarning(`could not write ${this.opts.deadLetterFile}: ${String(err)}`));
    this.report(message, { outcome: 'dead-letter', receiveCount: message.receives, reason });
  }

  private report(message: Message, result: DeliveryResult): void {
    try {
      this.opts.onResult?.(message.record, result);
    } catch (err) {
      process.emitWarning(`local queue onResult listener failed: ${String(err)}`);
    }
  }

  private notifyIfIdle(force = false): void {
    if (this.inFlight.size === 0) for (const resolve of this.landedWaiters.splice(0)) resolve();
    if (!force && this.size > 0) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}

async function readIfExists(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw err;
  }
}

/** The messages a journal holds that were sent and never acknowledged, in the order sent, with their receives. */
function unfinishedIn(journal: string): Message[] {
  const open = new Map<string, Message>();
  for (const line of journal.split('\n')) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as { op: string; record?: SQSRecord; receives?: number; messageId?: string };
      if (entry.op === 'send' && entry.record) open.set(entry.record.messageId, { record: entry.record, receives: entry.receives ?? 0 });
      else if (entry.op === 'receive' && entry.messageId) {
        const message = open.get(entry.messageId);
        if (message) message.receives += 1;
      } else if (entry.op === 'ack' && entry.messageId) open.delete(entry.messageId);
    } catch {
      // a line cut short by a crash: the message it began is either sent again or still open
    }
  }
  return [...open.values()];
}
