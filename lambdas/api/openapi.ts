import * as z from 'zod';
import { COMPONENT_SCHEMAS } from './schemas.ts';
import type { Route } from './routes.ts';

type Json = Record<string, unknown>;

const REF = (name: string) => `#/components/schemas/${name}`;

/** What any route may answer whatever it does (lambdas/api/problems.ts). */
const ANY_ROUTE: Route['doc']['responses'] = {
  500: { description: 'the request could not be answered; nothing internal is named', schema: 'Problem' },
  503: { description: 'the store is busy: retry after the `Retry-After` header\'s seconds', schema: 'Problem' },
};

/** A JSON Schema (2020-12, OpenAPI 3.1's dialect) of a zod schema, without its `$schema` line. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return rest;
}

/** Every component schema, with shared ones referenced rather than repeated. */
function componentSchemas(): Json {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENT_SCHEMAS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io: 'output', uri: REF, unrepresentable: 'any' }) as { schemas: Record<string, Json> };
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _, $id: __, ...schema }]) => [id, schema]));
}

/** One OpenAPI parameter per key of a route's zod object: query string, or path. */
function parameters(object: z.ZodObject, where: 'query' | 'path'): Json[] {
  const schema = jsonSchema(object, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, { description, ...property }]) => ({
    name, in: where, required: where === 'path' || (schema.required ?? []).includes(name) && property.default === undefined,
    ...(typeof description === 'string' ? { description } : {}),
    schema: property,
  }));
}

/**
 * The OpenAPI 3.1 document of the API, built from the routes themselves: their paths, the zod
 * schemas their handlers parse parameters with, and the zod schemas of their responses. Nothing is
 * written twice, so the document cannot drift from the code.
 */
export function openApiDocument(routes: readonly Route[], extraSchemas: Record<string, Json> = {}): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    const { doc } = route;
    const responses = Object.fromEntries(Object.entries({ ...doc.responses, ...ANY_ROUTE }).map(([status, { description, schema }]) => {
      const problem = Number(status) >= 400;
      const body = typeof schema === 'string' ? { $ref: REF(schema) } : schema.json;
      return [status, { description, content: { [problem ? 'application/problem+json' : 'application/json']: { schema: body } } }];
    }));
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      operationId: doc.operationId,
      summary: doc.summary,
      ...(doc.description ? { description: doc.description } : {}),
      parameters: [...(doc.path ? parameters(doc.path, 'path') : []), ...parameters(doc.query, 'query')],
      ...(doc.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(doc.body, 'input') } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Newswire API',
      version: '1',
      description: 'Wire stories, normalised: listings, keyword search, records, versions and upload outcomes (CONTRACT.md §3). '
        + 'Errors are RFC 9457 problem documents. In the cloud every request is signed with AWS SigV4 (service `execute-api`).',
    },
    paths,
    components: {
      schemas: { ...componentSchemas(), ...extraSchemas },
      securitySchemes: {
        sigv4: { type: 'apiKey', name: 'Authorization', in: 'header', description: 'AWS Signature Version 4 (IAM); not needed on the local stack' },
      },
    },
    security: [{ sigv4: [] }],
  };
}
