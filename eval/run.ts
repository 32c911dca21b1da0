import { join } from 'node:path';
import { BASELINES, type Baseline } from './baseline.ts';
import { evaluate, FIXTURES_DIR, SETS, TARGETS, WIRE_FIELDS, type Report, type SetName } from './score.ts';

/**
 * `npm run eval [-- --set NAME …] [-- --all] [-- --json] [-- --baseline compromise|union]`: precision, recall and F1 per entity field and
 * accuracy per wire field over labelled sets (eval/GOLD.md), and the worst misses. Without `--set`, the
 * sets one tunes on: `eval-1`, `agencies`, `wire`, `wire-2`, `wire-3`, `wire-4`, `entities`; the held-out sets (`wire-heldout`,
 * `entities-heldout`) are scored only when named. With `--json` the last line is one JSON object.
 */
const argv = process.argv.slice(2);
const flags = new Set(argv.filter((a) => a.startsWith('--')));
const named = argv.flatMap((a, i) => (argv[i - 1] === '--set' ? [a] : []));
const unknown = named.filter((n) => !(n in SETS));
if (unknown.length > 0) {
  console.error(`error: no set ${unknown.join(', ')}; the sets are ${Object.keys(SETS).join(', ')}`);
  process.exit(2);
}
const baseline = argv.find((_, i) => argv[i - 1] === '--baseline');
if (baseline !== undefined && !BASELINES.includes(baseline as Baseline)) {
  console.error(`error: no baseline ${baseline}; the baselines are ${BASELINES.join(', ')}`);
  process.exit(2);
}
const sets = (named.length > 0 ? named : ['eval-1', 'agencies', 'wire', 'wire-2', 'wire-3', 'wire-4', 'entities']) as SetName[];
const report = await evaluate(sets.map((s) => join(FIXTURES_DIR, SETS[s])), baseline === undefined ? {} : { baseline: baseline as Baseline });

const row = (field: string, s: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }, target?: number): string =>
  `${field.padEnd(16)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})${target === undefined ? '' : `  target ≥ ${target}${s.f1 < target ? '  BELOW' : ''}`}`;

console.log(`Evaluation: ${report.stories} stories (${sets.join(', ')})${baseline === undefined ? '' : `, entities by the ${baseline} baseline`}\n`);
console.log(row('people', report.people, TARGETS.people));
console.log(row('people titles', report.titles));
console.log(row('organisations', report.organisations, TARGETS.organisations));
console.log(row('places', report.places, TARGETS.places));
console.log(row('contributors', report.contributors, TARGETS.contributors));
const q = report.quotes;
console.log(`${'quote speakers'.padEnd(16)} accuracy ${q.accuracy.toFixed(3)}  (${q.rightSpeaker} of ${q.gold} gold quotes; ${q.gold - q.found} not found, ${q.extra} extra)  target ≥ ${TARGETS.quoteSpeakers}${q.accuracy < TARGETS.quoteSpeakers ? '  BELOW' : ''}`);
if (report.wireAll.total > 0) {
  console.log(`\nWire fields: ${report.wireAll.right} of ${report.wireAll.total} right (${(report.wireAll.accuracy * 100).toFixed(1)} %)  target ≥ ${TARGETS.wireFields * 100} %${report.wireAll.accuracy < TARGETS.wireFields ? '  BELOW' : ''}`);
  for (const f of WIRE_FIELDS) {
    const s = report.wire[f];
    if (s.total > 0) console.log(`  ${f.padEnd(16)} ${s.accuracy.toFixed(3)}  (${s.right} of ${s.total})`);
  }
}

const all = flags.has('--all');
const shown = all ? report.misses : report.misses.filter((m) => m.field !== 'titles').slice(0, 40);
console.log(`\n${all ? 'All' : 'Worst'} misses (${report.misses.length} in all${all ? '' : '; --all lists every one'}):`);
for (const m of shown) console.log(`  ${m.field.padEnd(15)} ${m.kind.padEnd(8)} ${m.story}: ${m.item}`);

if (flags.has('--json')) console.log(JSON.stringify(summary(report)));

function summary(r: Report): Record<string, unknown> {
  const f = (s: { precision: number; recall: number; f1: number }) => ({ precision: s.precision, recall: s.recall, f1: s.f1 });
  return {
    sets, stories: r.stories, people: f(r.people), peopleTitles: f(r.titles), organisations: f(r.organisations), places: f(r.places),
    contributors: f(r.contributors), quoteSpeakerAccuracy: r.quotes.accuracy, quotesFound: r.quotes.found, quotesGold: r.quotes.gold,
    quotesExtra: r.quotes.extra, wireFields: r.wireAll.accuracy, wire: Object.fromEntries(WIRE_FIELDS.map((k) => [k, r.wire[k].accuracy])),
  };
}
