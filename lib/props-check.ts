import { Duration, Token } from 'aws-cdk-lib';

/**
 * Collects every problem with a construct's props, so that one error names them all instead of the
 * first one found.
 */
export class PropsCheck {
  private readonly problems: string[] = [];

  constructor(private readonly construct: string) {}

  /** Records `problem` unless `ok` holds. */
  require(ok: boolean, problem: string): this {
    if (!ok) this.problems.push(problem);
    return this;
  }

  /** A whole number in [min, max]; undefined passes (the default applies). */
  integer(name: string, value: number | undefined, min: number, max: number): this {
    if (value === undefined || Token.isUnresolved(value)) return this;
    return this.require(Number.isInteger(value) && value >= min && value <= max, `${name} must be a whole number from ${min} to ${max}, got ${value}`);
  }

  /** A duration in whole seconds within [min, max] seconds; undefined passes. */
  seconds(name: string, value: Duration | undefined, min: number, max: number): this {
    if (value === undefined || value.isUnresolved()) return this;
    const ms = value.toMilliseconds();
    return this.require(
      ms % 1000 === 0 && ms >= min * 1000 && ms <= max * 1000,
      `${name} must be whole seconds from ${min} to ${max}, got ${value.toHumanString()}`,
    );
  }

  /** A duration in whole days within [min, max] days; undefined passes. */
  days(name: string, value: Duration | undefined, min: number, max: number): this {
    if (value === undefined || value.isUnresolved()) return this;
    const ms = value.toMilliseconds();
    return this.require(
      ms % 86_400_000 === 0 && ms >= min * 86_400_000 && ms <= max * 86_400_000,
      `${name} must be whole days from ${min} to ${max}, got ${value.toHumanString()}`,
    );
  }

  /** Throws one error listing every recorded problem, if there is any. */
  throwIfAny(): void {
    if (this.problems.length === 0) return;
    throw new Error(`${this.construct}: invalid props:\n${this.problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
