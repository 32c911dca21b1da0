import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Makes every `GetItem` and base-table `Query` of this client strongly consistent. The export reads through the
 * store's own code (`getStory`, the reads `GET /stories/{id}` makes), which reads eventually consistent: fine for
 * a reader, but the export reads a story because a change to it was just committed, and an eventually
 * consistent read may still return the state before it, which would then be written with the change's version
 * and stay (export.ts). A consistent read costs twice the read units, for the two items of one story.
 * Queries of a global secondary index cannot be consistent and are left as they are (getStory makes none).
 */
/** The commands that take `ConsistentRead` at the top level: the document client's and the plain client's names. */
const READS = /^(?:Get|GetItem|Query)Command$/;

export function consistentReads<T extends DynamoDBDocumentClient>(client: T): T {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { ConsistentRead?: boolean; IndexName?: string };
      if (READS.test(context.commandName ?? '') && input.IndexName === undefined) input.ConsistentRead = true;
      return next(args);
    },
    { step: 'initialize', name: 'newswireConsistentReads' },
  );
  return client;
}
