import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CfnElement } from 'aws-cdk-lib';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { buildApp, STACK_NAME } from './app.ts';

interface TemplateResource {
  readonly Type: string;
  readonly Properties?: { readonly Code?: { readonly S3Key?: unknown } };
  readonly Metadata?: Record<string, unknown>;
}

/**
 * Synthesizes the app into `outdir` and returns the absolute paths of the two bundled handler entry
 * files (`index.mjs`) in the cloud assembly's asset folders: exactly what `cdk deploy` uploads.
 *
 * Choose an `outdir` inside the repository (`cdk.out/…`, `.newswire/…`): the bundles leave
 * `@aws-sdk/client-s3` external, as the Lambda runtime provides it, and resolve it from the repository's
 * node_modules when run locally.
 */
export async function synthesizeBundles(outdir: string): Promise<{ ingest: string; api: string }> {
  // cdk-nag changes nothing in the output; the cdk tests run it. Asset metadata names each
  // function's asset folder, as the CLI's own synth does.
  const { app, stack } = buildApp({ outdir: resolve(outdir), nag: false, context: { 'aws:cdk:enable-asset-metadata': true } });
  const assembly = app.synth();
  const template = assembly.getStackByName(STACK_NAME).template as { Resources: Record<string, TemplateResource> };

  const entryOf = (fn: NodejsFunction, name: string): string => {
    const logicalId = stack.getLogicalId(fn.node.defaultChild as CfnElement);
    const resource = template.Resources[logicalId];
    if (resource?.Type !== 'AWS::Lambda::Function') throw new Error(`synthesizeBundles: no AWS::Lambda::Function ${logicalId} (${name}) in the template`);
    const s3Key = resource.Properties?.Code?.S3Key;
    const assetPath =
      resource.Metadata?.['aws:asset:path'] ??
      // The default synthesizer names a file asset `<hash>.zip` and stages it in `asset.<hash>`.
      (typeof s3Key === 'string' ? `asset.${s3Key.replace(/\.zip$/, '')}` : undefined);
    if (typeof assetPath !== 'string') throw new Error(`synthesizeBundles: ${name} function ${logicalId} names no asset`);
    const entry = resolve(assembly.directory, assetPath, 'index.mjs');
    if (!existsSync(entry)) throw new Error(`synthesizeBundles: ${name} bundle not found at ${entry}`);
    return entry;
  };

  return { ingest: entryOf(stack.uploads.ingestFunction, 'ingest'), api: entryOf(stack.storyApi.apiFunction, 'api') };
}
