import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, type PolicyValidationPluginReport, Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/app.ts';
import { SKIP_BUNDLING } from './helpers.ts';

/** Every finding of a report, as `severity rule @ construct path`, so that a failure names them. */
function findings(report: PolicyValidationPluginReport): string[] {
  return report.violations.flatMap((v) => v.violatingResources.map((r) => `${v.severity} ${v.ruleName} @ ${r.constructPath ?? r.resourceLogicalId}`));
}

/** Every acknowledgement recorded in the tree: rule id, reason and the construct it sits on. */
function acknowledgements(root: IConstruct): { id: string; reason: string; path: string }[] {
  return root.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) => Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({ id, reason, path: c.node.path }))),
  );
}

describe('cdk-nag AwsSolutions', () => {
  let outdir: string;
  let app: App;

  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'newswire-nag-'));
    ({ app } = buildApp({ outdir, context: SKIP_BUNDLING }));
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('finds nothing unacknowledged in the app, errors or warnings', () => {
    const report = new AwsSolutionsChecks(app).validateScope(app);

    expect(findings(report)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('passes the Serverless rule pack too, with nothing unacknowledged', () => {
    const report = new ServerlessChecks(app).validateScope(app);

    expect(findings(report)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('lets the app synthesize with the pack registered, and reports no violation', () => {
    app.synth();

    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as { pluginReports: { violations?: unknown[] }[] };
    expect(report.pluginReports.flatMap((r) => r.violations ?? [])).toEqual([]);
    // a whole synthesis (every asset staged) takes 25 s on a quiet 2-core machine: more than the default 30 s when it is busy
  }, 120_000);

  it('gives every acknowledgement a reason of its own', () => {
    const acks = acknowledgements(app);

    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(ack.id, ack.path).toMatch(/^(Annotation::)?(AwsSolutions-[A-Z]+\d+|Serverless-[A-Za-z]+)(\[.+\])?$/);
      expect(ack.reason.length, `${ack.id} @ ${ack.path}`).toBeGreaterThanOrEqual(60);
    }
    expect(new Set(acks.map((a) => a.reason)).size).toBeGreaterThanOrEqual(acks.length - 2);
  });

  it('acknowledges nothing across the whole stack', () => {
    const stackWide = acknowledgements(app).filter((a) => a.path.split('/').length <= 1);

    expect(stackWide).toEqual([]);
  });

  it('still reports what is not acknowledged (the check is not vacuous)', () => {
    const { app: other, stack } = buildApp({ context: SKIP_BUNDLING, nag: false });
    new Bucket(stack, 'Careless');

    const report = new AwsSolutionsChecks(other).validateScope(other);

    expect(findings(report)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^error AwsSolutions-S1 @ Newswire\/Careless/), expect.stringMatching(/^error AwsSolutions-S10 @ Newswire\/Careless/)]),
    );
  });

  it('fails synthesis on an unacknowledged finding, as `cdk synth` does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newswire-nag-fail-'));
    try {
      const { app: other, stack } = buildApp({ outdir: dir, context: SKIP_BUNDLING });
      new Bucket(stack, 'Careless');

      expect(() => other.synth()).toThrow(/AwsSolutions-S1/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
