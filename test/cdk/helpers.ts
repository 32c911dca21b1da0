import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp, cdkJsonContext } from '../../lib/app.ts';
import type { NewswireStack } from '../../lib/newswire-stack.ts';

/**
 * Template tests skip NodejsFunction bundling (context `aws:cdk:bundling-stacks`, aws/aws-cdk#18125):
 * the template does not depend on the handlers' code, which other rooms change all the time.
 * `bundles.test.ts` bundles for real.
 */
export const SKIP_BUNDLING = { 'aws:cdk:bundling-stacks': [] } as const;

/** The Newswire app as deployed, without cdk-nag (nag.test.ts runs it) and without bundling. */
export function synthNewswire(): { app: App; stack: NewswireStack; template: Template } {
  const { app, stack } = buildApp({ nag: false, context: SKIP_BUNDLING });
  return { app, stack, template: Template.fromStack(stack) };
}

/** An empty stack in an app with the feature flags of cdk.json, for testing one construct. */
export function emptyStack(): Stack {
  const app = new App({ context: { ...cdkJsonContext(), ...SKIP_BUNDLING } });
  return new Stack(app, 'Test');
}

export function logicalId(construct: { node: { defaultChild?: unknown } }): string {
  const child = construct.node.defaultChild as CfnElement;
  return Stack.of(child).getLogicalId(child);
}

interface Statement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource?: unknown;
  readonly Condition?: unknown;
}

/** Every Allow statement granted to a role: its inline policies and the AWS::IAM::Policy resources attached to it. */
export function allowStatements(template: Template, roleLogicalId: string): Statement[] {
  const statements: Statement[] = [];
  const role = template.toJSON().Resources[roleLogicalId] as { Properties: { Policies?: { PolicyDocument: { Statement: Statement[] } }[]; ManagedPolicyArns?: unknown[] } };
  for (const policy of role.Properties.Policies ?? []) statements.push(...policy.PolicyDocument.Statement);
  const policies = template.findResources('AWS::IAM::Policy');
  for (const policy of Object.values(policies)) {
    const roles = (policy.Properties.Roles ?? []) as { Ref?: string }[];
    if (roles.some((r) => r.Ref === roleLogicalId)) statements.push(...(policy.Properties.PolicyDocument.Statement as Statement[]));
  }
  return statements.filter((s) => s.Effect === 'Allow');
}

export function allowedActions(template: Template, roleLogicalId: string): string[] {
  return allowStatements(template, roleLogicalId).flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
}

/** Whether any of the granted actions (which may hold `*` wildcards) covers `action`. */
export function covers(granted: readonly string[], action: string): boolean {
  return granted.some((g) => new RegExp(`^${g.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i').test(action));
}
