import { createHash, randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_LANGUAGE, type IndexTerm } from '../search/index.ts';
import { mapLimit } from './concurrency.ts';
import { deleteFacets, putFacets } from './facet-writes.ts';
import { CURRENT_SK, DF_SK, INDEXED_SK, STATS_ANALYSES, STATS_KEY, countsForDf, dfPk, postingSk, storyPk } from './keys.ts';
import { countAddedPosting } from './posting-blocks.ts';
import { postingItem } from './search-index.ts';
import { addTo, batchWrite, getItem, isConditionFailure, type WriteContext } from './table-writes.ts';

const COUNTER_WRITE_CONCURRENCY = 16;
/** Replaced states whose entries are still to be taken away, at most (only crashes pile them up). */
const MAX_PENDING_CLEAN = 8;
const CLAIM_ATTEMPTS = 5;

/** What the index holds of a story: whose keyword postings, counted under which terms, listed under which facets. */
export interface IndexedState {
  readonly rank: string;
  readonly terms: readonly string[];
  readonly facets: readonly string[];
}

/** One version being indexed: its state, plus what its entries need. */
export interface VersionIndex extends IndexedState {
  readonly id: string;
  readonly postings: readonly IndexTerm[];
  readonly listedAt: string;
  readonly killed: boolean;
  /** CURRENT went back to an older version (its newer ones retired): the index follows it down. */
  readonly rewind?: boolean;
  /** The language analysis its terms were made with (search/languages.ts); none: English. */
  readonly analysis?: string;
}

const signature = (s: IndexedState): string =>
  createHash('sha256').update(JSON.stringify([s.rank, [...s.terms].sort(), [...s.facets].sort()])).digest('base64url').slice(0, 22);

/** The state an INDEXED item holds (also of a story whose CURRENT is gone). */
export const stateOfIndexed = (item: Record<string, unknown>): IndexedState => ({
  rank: String(item.rank), terms: (item.terms as string[] | undefined) ?? [], facets: (item.facets as string[] | undefined) ?? [],
});

/** What a replaced CURRENT item described; `tracked` when it was written with an INDEXED item beside it. */
export interface ReplacedCurrent extends IndexedState {
  readonly tracked: boolean;
}

/** The state a CURRENT item describes (its keyword impacts name its terms). */
export const stateOfCurrent = (item: Record<string, unknown>): ReplacedCurrent => ({
  rank: String(item.rank), terms: Object.keys((item.ti as Record<string, number> | undefined) ?? {}), facets: (item.facets as string[] | undefined) ?? [],
  tracked: item.tracked === true,
});

/** The INDEXED item of a story: the state its counters were last moved to, and replaced states still to clean. */
export const indexedItem = (id: string, state: IndexedState, clean: readonly IndexedState[] = [], killed = false): Record<string, unknown> => ({
  pk: storyPk(id), sk: INDEXED_SK, rank: state.rank, terms: state.terms, facets: state.facets, sig: signature(state), killed,
  ...(clean.length > 0 ? { clean: clean.map(({ rank, terms, facets }) => ({ rank, terms, facets })) } : {}),
});

interface Claim {
  /** This writer moved the INDEXED item to its state, from `from`, and alone adjusts the counters. */
  readonly claimed: boolean;
  readonly from: IndexedState | undefined;
  /** States replaced but perhaps not yet cleaned: by this writer, or by an earlier one that stopped. */
  readonly clean: readonly IndexedState[];
}

/**
 * Moves the story's INDEXED item to this version's state: read it, then put the new state on the
 * condition that nobody moved it meanwhile (else read again). Only the writer whose put succeeds
 * adjusts the counters, by the difference from the state it replaced, so a redelivered event or one
 * processed twice at once never counts twice, and one that stopped after CURRENT moved is counted
 * when it is redelivered. An older version never takes the item back; a kill, or a rewind, always takes it.
 * The counter updates after the claim are not repeated: a crash or a failed `ADD` among them loses
 * the rest of that story's adjustment, and an `ADD` whose answer is lost and that the SDK sends again
 * counts twice. The counters are sampled estimates that shape ranking, which such rare slips barely move.
 */
async function claimIndexed(ctx: WriteContext, v: VersionIndex, legacy: IndexedState | undefined): Promise<Claim> {
  const sig = signature(v);
  // names this writer's put, so that one carried out with its answer lost (and retried by the SDK
  // into a condition failure) is still known for this writer's own
  const token = randomUUID();
  let attempted: Claim | undefined;
  for (let attempt = 1; ; attempt++) {
    const old = await getItem(ctx, storyPk(v.id), INDEXED_SK);
    if (attempted && old?.claim === token) return attempted;
    const oldClean = ((old?.clean as Record<string, unknown>[] | undefined) ?? []).map(stateOfIndexed);
    // this very state: a redelivery finishes what its first delivery left
    if (old?.sig === sig) return { claimed: false, from: undefined, clean: oldClean };
    // another version's: a newer one, a kill (final, even from a lower rank), or one that took CURRENT meanwhile
    const mayClaim = v.killed || v.rewind || (!(old && (String(old.rank) > v.rank || old.killed === true)) && (await isCurrent(ctx, v)));
    if (!mayClaim) return { claimed: false, from: undefined, clean: [] };
    // a story stored before INDEXED items existed: its counters hold what its CURRENT names
    const from = old ? stateOfIndexed(old) : legacy;
    attempted = { claimed: true, from, clean: from ? [...oldClean, from].slice(-MAX_PENDING_CLEAN) : [] };
    try {
      await ctx.ddb.send(new PutCommand({
        TableName: ctx.tableName, Item: { ...indexedItem(v.id, v, attempted.clean, v.killed), claim: token },
        ...(old
          ? { ConditionExpression: 'sig = :sig', ExpressionAttributeValues: { ':sig': old.sig } }
          : { ConditionExpression: 'attribute_not_exists(pk)' }),
      }));
      return attempted;
    } catch (error) {
      if (!isConditionFailure(error) || attempt >= CLAIM_ATTEMPTS) throw error;
    }
  }
}

/** Whether CURRENT still names this version (a kill from a lower rank, or a rewind, may have replaced it). */
async function isCurrent(ctx: WriteContext, v: VersionIndex): Promise<boolean> {
  const current = await ctx.ddb.send(new GetCommand({
    TableName: ctx.tableName, Key: { pk: storyPk(v.id), sk: CURRENT_SK }, ConsistentRead: true,
    ProjectionExpression: '#rank', ExpressionAttributeNames: { '#rank': 'rank' },
  }));
  return current.Item?.rank === v.rank;
}

/** The story is gone: its INDEXED item goes too, unless another writer claimed it meanwhile. */
export async function forgetIndexed(ctx: WriteContext, id: string, state: IndexedState): Promise<void> {
  try {
    await ctx.ddb.send(new DeleteCommand({
      TableName: ctx.tableName, Key: { pk: storyPk(id), sk: INDEXED_SK },
      ConditionExpression: 'sig = :sig', ExpressionAttributeValues: { ':sig': signature(state) },
    }));
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/**
 * Indexes one version after CURRENT moved to it (`previous`: what the CURRENT it replaced described):
 *
 *   1. put its listing entries and keyword postings – facet entries keep the rank that wrote them,
 *      postings have it in their key, so no other version's entries are touched
 *   2. claim the INDEXED item (claimIndexed); the claimer moves the document-frequency counters
 *   3. take away the entries of replaced states – the one CURRENT named, and those the INDEXED item
 *      lists – except this version's own; then clear that list
 *   4. if another version became CURRENT meanwhile (a newer one, or a kill), take this version's
 *      postings and listing entries back: the other may have cleaned before they were written
 *
 * Every step repeats safely, so a redelivery after a crash at any point completes the work.
 */
export async function indexVersion(ctx: WriteContext, v: VersionIndex, previous: ReplacedCurrent | IndexedState | undefined): Promise<void> {
  await putFacets(ctx, v.id, v.rank, v.facets, v.listedAt);
  const writtenAt = ctx.clock();
  await batchWrite(ctx, v.postings.map((p) => ({ PutRequest: { Item: postingItem(v.id, v.rank, p, writtenAt) } })));

  const claim = await claimIndexed(ctx, v, previous && 'tracked' in previous && !previous.tracked ? previous : undefined);
  if (claim.claimed) await adjustCounters(ctx, v.id, claim.from?.terms ?? [], v.terms, v.analysis);

  const replaced = [...claim.clean, ...(previous ? [previous] : [])];
  await removeReplaced(ctx, v, replaced);
  if (claim.clean.length > 0) await clearClean(ctx, v.id, signature(v));

  if ((v.postings.length > 0 || v.facets.length > 0) && !(await isCurrent(ctx, v))) {
    await batchWrite(ctx, v.postings.map((p) => ({ DeleteRequest: { Key: { pk: storyPk(v.id), sk: postingSk(v.rank, p.term) } } })));
    // its listing entries too, where no newer version has written them
    await deleteFacets(ctx, v.id, v.rank, v.facets);
  }
}

/**
 * Document frequencies (sampled stories only, keys.ts) and the indexed-story count, from one state's
 * terms to another's; a language other than English joins the analyses a query is read in.
 */
async function adjustCounters(ctx: WriteContext, id: string, before: readonly string[], after: readonly string[], analysis = DEFAULT_LANGUAGE): Promise<void> {
  const was = new Set(before);
  const now = new Set(after);
  const deltas: [string, number][] = !countsForDf(id) ? [] : [
    ...[...now].filter((t) => !was.has(t)).map((t): [string, number] => [t, 1]),
    ...[...was].filter((t) => !now.has(t)).map((t): [string, number] => [t, -1]),
  ];
  // an added posting also counts toward the term's next block build (posting-blocks.ts)
  await mapLimit(deltas, COUNTER_WRITE_CONCURRENCY, async ([term, delta]) => {
    if (delta > 0) await countAddedPosting(ctx, term);
    else await addTo(ctx, { pk: dfPk(term), sk: DF_SK }, 'df', delta);
  });
  const docsDelta = (now.size > 0 ? 1 : 0) - (was.size > 0 ? 1 : 0);
  const newLanguage = now.size > 0 && analysis !== DEFAULT_LANGUAGE;
  if (docsDelta === 0 && !newLanguage) return;
  await ctx.ddb.send(new UpdateCommand({
    TableName: ctx.tableName, Key: STATS_KEY,
    UpdateExpression: `ADD ${[...(docsDelta !== 0 ? ['docs :d'] : []), ...(newLanguage ? ['#a :a'] : [])].join(', ')}`,
    ...(newLanguage ? { ExpressionAttributeNames: { '#a': STATS_ANALYSES } } : {}),
    ExpressionAttributeValues: { ...(docsDelta !== 0 ? { ':d': docsDelta } : {}), ...(newLanguage ? { ':a': new Set([analysis]) } : {}) },
  }));
}

/** Deletes the postings and listing entries of replaced states that this version does not have itself. */
async function removeReplaced(ctx: WriteContext, v: VersionIndex, replaced: readonly IndexedState[]): Promise<void> {
  const own = new Set(v.terms);
  const postings = new Set<string>();
  for (const s of replaced) for (const term of s.terms) if (s.rank !== v.rank || !own.has(term)) postings.add(postingSk(s.rank, term));
  if (postings.size > 0) await batchWrite(ctx, [...postings].map((sk) => ({ DeleteRequest: { Key: { pk: storyPk(v.id), sk } } })));
  const stale = [...new Set(replaced.flatMap((s) => s.facets))].filter((key) => !v.facets.includes(key));
  await deleteFacets(ctx, v.id, v.rank, stale, v.killed);
}

/** The replaced states are cleaned: forget them, unless another writer moved the INDEXED item on. */
async function clearClean(ctx: WriteContext, id: string, sig: string): Promise<void> {
  try {
    await ctx.ddb.send(new UpdateCommand({
      TableName: ctx.tableName, Key: { pk: storyPk(id), sk: INDEXED_SK },
      UpdateExpression: 'REMOVE #clean', ConditionExpression: 'sig = :sig',
      ExpressionAttributeNames: { '#clean': 'clean' }, ExpressionAttributeValues: { ':sig': sig },
    }));
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
