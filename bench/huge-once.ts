// npx tsx bench/huge-once.ts: one analysis of the invariants test's 2 MB generated plan, timed (for a CPU profile: node --import tsx --cpu-prof bench/huge-once.ts).
import { analyse, loadRubric } from '../services/analyser/src/index.ts';
import { parseDocument } from '../services/ingest/src/parse.ts';
import { hugeText } from '../tests/analyser/invariants/generate.ts';

const rubric = loadRubric();
const doc = await parseDocument(new TextEncoder().encode(hugeText(20261201)), 'huge.txt');
analyse(await parseDocument(new TextEncoder().encode('Section F: Special educational provision\n\n• Speech therapy, 30 minutes weekly, from a speech and language therapist.'), 'x.txt'), { rubric });
const c0 = process.cpuUsage();
const t0 = performance.now();
const r = analyse(doc, { rubric, includeText: true });
const cpu = process.cpuUsage(c0);
console.log(`2 MB plan: ${doc.text.length} chars, ${r.provisions.length} provisions, ${r.outcomes.length} outcomes, ${r.findings.length} findings: ${(performance.now() - t0).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`);
