// npm run bench:analyse: analysis time per plan and how it grows with plan length
// (1x, 4x, 16x a ~20-page synthetic plan, built by repeating its E and F content).
import { performance } from 'node:perf_hooks';
import { analyse, loadRubric } from '../services/analyser/src/index.ts';
import { buildDoc, type Part } from '../tests/analyser/build-doc.ts';
import { parseDocument } from '../services/ingest/src/parse.ts';
import { hugeText } from '../tests/analyser/invariants/generate.ts';

function plan(repeat: number): Part[] {
  const e: Part[] = [];
  const f: Part[] = [];
  for (let i = 0; i < repeat * 40; i++) {
    e.push({ li: `By the end of Year 6, Amara will read ${50 + i} common words in 4 out of 5 opportunities.` }, { li: 'Amara will improve her confidence with writing.' });
    f.push(
      { li: `A structured phonics programme, 3 x 20 minutes a week, delivered by a teaching assistant trained in Read Write Inc (${i}).` },
      { li: 'Amara will have access to speech and language therapy as required.' },
      'The school will provide regular support with literacy. This will be delivered where possible by an adult.',
      { table: [['Provision', 'Who', 'How often'], ['Pre-teaching of topic vocabulary', 'Class teacher', '2 x 15 minutes a week'], ['Movement breaks', 'All staff', 'In every lesson']] },
    );
  }
  return [
    'Final Education, Health and Care Plan', 'Name: Amara Okafor', 'Year group: Year 5', 'Date of plan: 12 March 2026',
    { h: 'Section A: Views, interests and aspirations' }, 'Amara enjoys drawing and animals. '.repeat(40),
    { h: 'Section B: Special educational needs' }, 'Amara has difficulties with reading, phonics and regulating her emotions. '.repeat(40),
    { h: 'Section C: Health needs' }, 'Amara has asthma.', { h: 'Section D: Social care needs' }, 'None.',
    { h: 'Section E: Outcomes' }, ...e, { h: 'Section F: Special educational provision' }, ...f,
    { h: 'Section G: Health provision' }, 'An asthma care plan held by the school nurse, used at all times.',
    { h: 'Section H: Social care provision' }, 'None.', { h: 'Section I: Placement' }, 'Oakfield Primary School, a mainstream school.',
    { h: 'Section J: Personal budget' }, 'None requested.', { h: 'Section K: Advice and information' }, { li: 'Appendix 1: Educational psychology advice' },
  ];
}

const rubric = loadRubric();
analyse(buildDoc(plan(1)), { rubric }); // warm-up: compile the rubric's patterns once
// On a machine shared with other work the wall time is the CPU time and the wait for a core: the
// CPU time (user + system, this process) is printed beside it.
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
console.log('size   chars     statements  ms/plan (median of runs)  CPU ms');
let base = 0;
/** Median wall and CPU ms of `runs` analyses of one document, and its statement count. */
function timed(doc: Parameters<typeof analyse>[0], runs: number): { ms: number; cpu: number; n: number } {
  const times: number[] = [];
  const cpus: number[] = [];
  let n = 0;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = analyse(doc, { rubric });
    times.push(performance.now() - t0);
    cpus.push(cpuMs(process.cpuUsage(c0)));
    n = r.provisions.length + r.outcomes.length;
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ms: median(times), cpu: median(cpus), n };
}

for (const k of [1, 4, 16]) {
  const doc = buildDoc(plan(k));
  const { ms, cpu, n } = timed(doc, k === 16 ? 5 : 15);
  if (k === 1) base = ms;
  console.log(`${String(k).padStart(2)}x  ${String(doc.text.length).padStart(8)}  ${String(n).padStart(10)}  ${ms.toFixed(1).padStart(8)}   (x${(ms / base).toFixed(1)} of 1x)  ${cpu.toFixed(1).padStart(8)}`);
}

// The tests' 2 MB plan (tests/analyser/invariants/generate.ts: hugeText, the invariants test's seed).
{
  const doc = await parseDocument(new TextEncoder().encode(hugeText(20261201)), 'huge.txt');
  const { ms, cpu, n } = timed(doc, 3);
  console.log(`2 MB ${String(doc.text.length).padStart(8)}  ${String(n).padStart(10)}  ${ms.toFixed(1).padStart(8)}   (median of 3)  ${cpu.toFixed(1).padStart(8)}`);
}

// Hostile text: long runs that catch regular expressions which backtrack. Each should grow about
// linearly (x4 the text, about x4 the time); a quadratic pattern shows as x16.
const hostile: [string, (n: number) => string][] = [
  ['dots', (n) => '.'.repeat(n)],
  ['commas', (n) => ','.repeat(n)],
  ['spaces', (n) => `a${' '.repeat(n)}b`],
  ['"the the"', (n) => 'the '.repeat(n / 4)],
  ['digits', (n) => '1'.repeat(n)],
  ['dashes', (n) => '-'.repeat(n)],
  ['"access to"', (n) => 'access to '.repeat(n / 10)],
  ['one long word', (n) => 'a'.repeat(n)],
  ['"a a"', (n) => 'a '.repeat(n / 2)],
  ['"3 x "', (n) => '3 x '.repeat(n / 4)],
  ['". " sentences', (n) => 'He will. '.repeat(n / 9)],
  ['"(" and ")"', (n) => '('.repeat(n / 2) + ')'.repeat(n / 2)],
  ['new lines', (n) => 'a\n'.repeat(n / 2)],
];
console.log('\nhostile paragraph in Section F   8k chars   32k chars   growth');
for (const [name, make] of hostile) {
  const ms = [8000, 32000].map((n) => {
    const doc = buildDoc([{ h: 'Section F: Special educational provision' }, make(n), { li: make(n) }]);
    const t0 = performance.now();
    analyse(doc, { rubric });
    return performance.now() - t0;
  });
  console.log(`${name.padEnd(32)} ${ms[0].toFixed(0).padStart(7)} ms ${ms[1].toFixed(0).padStart(8)} ms   x${(ms[1] / Math.max(ms[0], 0.1)).toFixed(1)}`);
}
