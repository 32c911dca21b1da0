import type { DialectProfile } from '../types.ts';
import { afp } from './afp.ts';
import { ap } from './ap.ts';
import { dpa } from './dpa.ts';
import { ntb } from './ntb.ts';
import { pa } from './pa.ts';
import { reuters } from './reuters.ts';
import { stt } from './stt.ts';
import { tt } from './tt.ts';

/** Every provider dialect. A profile applies to a document of one of its formats from its provider. */
export const DIALECTS: readonly DialectProfile[] = [ap, reuters, afp, dpa, pa, ntb, stt, tt];

export { applyDialect, pickDialect } from './apply.ts';
