/**
 * The table layout, the one definition both the CDK stack and the local stack build from.
 * Keys are overloaded (single-table design); see the README's "Storage layout" for what each item is.
 */
export interface KeyDef { readonly name: string; readonly type: 'S' }
export interface IndexDef { readonly indexName: string; readonly partitionKey: KeyDef; readonly sortKey: KeyDef }
export interface TableDef { readonly partitionKey: KeyDef; readonly sortKey: KeyDef; readonly indexes: readonly IndexDef[] }

export const TABLE: TableDef = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  indexes: [
    // listings: every story newest first (sharded), by provider, author, contributor, person, …; uploads by key
    { indexName: 'gsi1', partitionKey: { name: 'gsi1pk', type: 'S' }, sortKey: { name: 'gsi1sk', type: 'S' } },
    // second view of the same items: uploads by status
    { indexName: 'gsi2', partitionKey: { name: 'gsi2pk', type: 'S' }, sortKey: { name: 'gsi2sk', type: 'S' } },
  ],
};

/** The default local table name, also the CDK construct id of the table. */
export const LOCAL_TABLE_NAME = 'newswire-stories';

/** CreateTable input for the DynamoDB-compatible local server (PAY_PER_REQUEST, every index ALL). */
export function createTableInput(tableName: string) {
  const keys = [TABLE.partitionKey, TABLE.sortKey, ...TABLE.indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: keys.map((k) => ({ AttributeName: k.name, AttributeType: k.type })),
    KeySchema: [
      { AttributeName: TABLE.partitionKey.name, KeyType: 'HASH' as const },
      { AttributeName: TABLE.sortKey.name, KeyType: 'RANGE' as const },
    ],
    GlobalSecondaryIndexes: TABLE.indexes.map((i) => ({
      IndexName: i.indexName,
      KeySchema: [
        { AttributeName: i.partitionKey.name, KeyType: 'HASH' as const },
        { AttributeName: i.sortKey.name, KeyType: 'RANGE' as const },
      ],
      Projection: { ProjectionType: 'ALL' as const },
    })),
  };
}
