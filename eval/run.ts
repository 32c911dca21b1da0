import { evaluate, TARGETS } from './score.ts';

/**
 * `npm run eval [-- --json] [-- --all]`: precision, recall and F1 per field over the labelled set, and
 * the worst misses. With `--json` the last line is one JSON object of the figures.
 */
const args = new Set(process.argv.slice(2));
const report = evaluate();

const row = (field: string, s: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }, target?: number): string =>
  `${field.padEnd(16)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})${target === undefined ? '' : `  target ≥ ${target}${s.f1 < target ? '  BELOW' : ''}`}`;

console.log(`Extraction evaluation: ${report.stories} stories\n`);
console.log(row('people', report.people, TARGETS.people));
console.log(row('people titles', report.titles));
console.log(row('organisations', report.organisations, TARGETS.organisations));
console.log(row('places', report.places, TARGETS.places));
console.log(row('contributors', report.contributors, TARGETS.contributors));
const q = report.quotes;
console.log(`${'quote speakers'.padEnd(16)} accuracy ${q.accuracy.toFixed(3)}  (${q.rightSpeaker} of ${q.gold} gold quotes; ${q.gold - q.found} not found, ${q.extra} extra)  target ≥ ${TARGETS.quoteSpeakers}${q.accuracy < TARGETS.quoteSpeakers ? '  BELOW' : ''}`);

const shown = args.has('--all') ? report.misses : report.misses.filter((m) => m.field !== 'titles').slice(0, 25);
console.log(`\n${args.has('--all') ? 'All' : 'Worst'} misses (${report.misses.length} in all${args.has('--all') ? '' : '; --all lists every one'}):`);
for (const m of shown) console.log(`  ${m.field.padEnd(13)} ${m.kind.padEnd(8)} ${m.story}: ${m.item}`);

if (args.has('--json')) {
  const f = (s: { precision: number; recall: number; f1: number }) => ({ precision: s.precision, recall: s.recall, f1: s.f1 });
  console.log(JSON.stringify({
    stories: report.stories, people: f(report.people), peopleTitles: f(report.titles), organisations: f(report.organisations),
    places: f(report.places), contributors: f(report.contributors), quoteSpeakerAccuracy: q.accuracy, quotesFound: q.found, quotesGold: q.gold, quotesExtra: q.extra,
  }));
}
