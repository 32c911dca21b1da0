import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

type Json = Record<string, any>;

/**
 * Checks responses against an OpenAPI 3.1 document: the component schemas are JSON Schema 2020-12,
 * compiled with ajv under the document's own `$ref` paths.
 */
export function responseChecker(document: Json) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ $id: 'openapi.json', components: document.components } as Json);
  const validators = new Map<string, ReturnType<Ajv2020['compile']>>();

  const operationFor = (method: string, path: string): Json => {
    for (const [template, item] of Object.entries(document.paths as Json)) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      if (pattern.test(path) && item[method.toLowerCase()]) return item[method.toLowerCase()];
    }
    throw new Error(`the OpenAPI document has no operation for ${method} ${path}`);
  };

  /** Errors of a response (status, content type, body) against the document; empty when it conforms. */
  return (method: string, path: string, status: number, contentType: string | undefined, body: unknown): string[] => {
    const operation = operationFor(method, path);
    const response = operation.responses[String(status)];
    if (!response) return [`${method} ${path}: status ${status} is not documented`];
    const media = response.content?.[contentType ?? ''];
    if (!media) return [`${method} ${path} ${status}: content type ${contentType} is not documented`];
    const key = `${operation.operationId}/${status}`;
    let validate = validators.get(key);
    if (!validate) {
      const schema = JSON.parse(JSON.stringify(media.schema).replaceAll('"#/components/', '"openapi.json#/components/'));
      validate = ajv.compile(schema);
      validators.set(key, validate);
    }
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${method} ${path} ${status}: ${e.instancePath} ${e.message}`);
  };
}

/**
 * Structural checks of an OpenAPI 3.1 document (the OAS 3.1 meta-schema is not available offline):
 * required fields, every `$ref` resolving, every schema compiling as JSON Schema 2020-12, every path
 * parameter declared and required, operation ids unique.
 */
export function structuralProblems(document: Json): string[] {
  const problems: string[] = [];
  if (!/^3\.1\.\d+$/.test(String(document.openapi))) problems.push(`openapi is ${document.openapi}, not 3.1.x`);
  if (typeof document.info?.title !== 'string' || typeof document.info?.version !== 'string') problems.push('info needs title and version');
  const ajv = new Ajv2020({ strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ $id: 'openapi.json', components: document.components } as Json);
  for (const [name, schema] of Object.entries((document.components?.schemas ?? {}) as Json)) {
    try {
      ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi.json#/components/')));
    } catch (error) {
      problems.push(`component schema ${name} does not compile: ${(error as Error).message}`);
    }
  }
  const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
  for (const ref of refs) {
    const pointer = ref.slice(8, -1);
    const target = pointer.replace(/^#\//, '').split('/').reduce<any>((node, part) => node?.[part], document);
    if (target === undefined) problems.push(`$ref ${pointer} does not resolve`);
  }
  const ids = new Set<string>();
  for (const [path, item] of Object.entries((document.paths ?? {}) as Json)) {
    if (!path.startsWith('/')) problems.push(`path ${path} does not start with /`);
    for (const [method, operation] of Object.entries(item as Json)) {
      if (!['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].includes(method)) problems.push(`${path}: ${method} is not a method`);
      if (ids.has(operation.operationId)) problems.push(`operationId ${operation.operationId} is used twice`);
      ids.add(operation.operationId);
      if (!operation.responses || Object.keys(operation.responses).length === 0) problems.push(`${method} ${path} has no responses`);
      for (const [status, response] of Object.entries(operation.responses as Json)) {
        if (!/^[1-5]\d\d$/.test(status)) problems.push(`${method} ${path}: response key ${status} is not a status`);
        if (typeof response.description !== 'string') problems.push(`${method} ${path} ${status}: no description`);
      }
      const declared = new Set<string>();
      for (const parameter of operation.parameters ?? []) {
        if (!parameter.name || !['query', 'path', 'header', 'cookie'].includes(parameter.in) || !parameter.schema) problems.push(`${method} ${path}: malformed parameter ${JSON.stringify(parameter)}`);
        if (parameter.in === 'path') {
          declared.add(parameter.name);
          if (parameter.required !== true) problems.push(`${method} ${path}: path parameter ${parameter.name} must be required`);
        }
      }
      for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) if (!declared.has(name!)) problems.push(`${method} ${path}: path parameter ${name} is not declared`);
    }
  }
  return problems;
}
