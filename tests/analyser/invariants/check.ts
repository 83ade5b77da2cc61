// The contract's invariants for one report, as a list of violations (empty when the report holds).
import { pageAt, type StructuredDocument } from '../../../services/ingest/src/document.ts';
import { Report, SECTION_KEYS, type SectionKey } from '../../../services/analyser/src/report-schema.ts';
import { compileRubric, type Rubric } from '../../../services/analyser/src/rubric.ts';

const PROVISION_KEYS = ['F', 'G', 'H1', 'H2'];
// Template debris a message must never show (unless the plan itself contains it).
const DEBRIS = [/\{\w+\}/, /\bundefined\b/, /\[object Object\]/, /\bNaN\b/];

function isSpan(x: { start: unknown; end: unknown }, len: number): boolean {
  return Number.isInteger(x.start) && Number.isInteger(x.end) && (x.start as number) >= 0 && (x.start as number) <= (x.end as number) && (x.end as number) <= len;
}

/** Whether a reported vague term is one of the rubric's hedges (matched in full by a hedge's pattern). */
function hedgeMatcher(rubric: Rubric): (term: string) => boolean {
  const specs = compileRubric(rubric).vague.filter((v) => v.spec.hedge).map((v) => new RegExp(`^(?:${v.re.source})$`, v.re.flags.replace('g', '')));
  return (term) => specs.some((re) => re.test(term));
}

export function checkReport(report: Report, doc: StructuredDocument, rubric: Rubric, mode: { section?: SectionKey; oneHeadingPerSection?: boolean } = {}): string[] {
  const v: string[] = [];
  const bad = (msg: string) => v.push(msg);
  const parsed = Report.safeParse(report);
  if (!parsed.success) bad(`schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const text = report.text;
  if (text !== doc.text) bad('text is not the document text');
  if (report.document.characters !== doc.text.length) bad('document.characters is not the text length');
  const len = doc.text.length;
  const t = doc.text;
  const pageOk = (p: number | null) => (report.document.pages === null ? p === null : p === null || (Number.isInteger(p) && p >= 1 && p <= report.document.pages));

  // Sections: in document order, one per key, no overlap except keys opened by one heading (same span).
  const keys = report.sections.map((s) => s.key);
  if (new Set(keys).size !== keys.length) bad(`section key repeated: ${keys.join(',')}`);
  report.sections.forEach((s, i) => {
    if (!isSpan(s, len)) bad(`section ${s.key} span ${s.start}-${s.end} outside 0..${len}`);
    if (!pageOk(s.page) || s.page !== pageAt(doc, s.start)) bad(`section ${s.key} page ${s.page} (pages ${report.document.pages}, starts on ${pageAt(doc, s.start)})`);
    const prev = report.sections[i - 1];
    if (prev && prev.start > s.start) bad(`sections out of order: ${prev.key}@${prev.start} before ${s.key}@${s.start}`);
    if (prev && prev.end > s.start && !(prev.start === s.start && prev.end === s.end)) bad(`sections overlap: ${prev.key} ${prev.start}-${prev.end} and ${s.key} ${s.start}-${s.end}`);
    if (s.score !== null && !(Number.isInteger(s.score) && s.score >= 0 && s.score <= 100)) bad(`section ${s.key} score ${s.score}`);
    if ((s.score === null) !== (s.band === null)) bad(`section ${s.key} score ${s.score} with band ${s.band}`);
    if (s.band !== null && !rubric.bands.some((b) => b.name === s.band)) bad(`section ${s.key} band "${s.band}" not in the rubric`);
    if (s.score !== null && s.band !== null && s.band !== bandOf(rubric, s.score)) bad(`section ${s.key} score ${s.score} has band ${s.band}, rubric says ${bandOf(rubric, s.score)}`);
  });
  const inside = (s: { start: number; end: number }, x: { start: number; end: number }) => s.start <= x.start && x.end <= s.end;
  // A key whose heading appears more than once (a combined B/E/F table per area of need, a repeated
  // heading, a contents list) reports one span, its largest piece, while its statements come from
  // every piece (sections.ts mergePieces). Only a plan with one heading per section can promise
  // that every statement lies inside its section's span; any other still names a reported section.
  const inSection = (key: string, x: { start: number; end: number }) => {
    const own = report.sections.filter((s) => s.key === key);
    return mode.oneHeadingPerSection === false ? own.length > 0 : own.some((s) => inside(s, x));
  };

  if (mode.section) {
    if (report.missingSections.length) bad(`--section ${mode.section}: missingSections ${report.missingSections.join(',')}`);
    if (keys.some((k) => k !== mode.section)) bad(`--section ${mode.section}: sections ${keys.join(',')}`);
  } else {
    const expected = SECTION_KEYS.filter((k) => !keys.includes(k));
    if (JSON.stringify(report.missingSections) !== JSON.stringify(expected)) bad(`missingSections ${report.missingSections.join(',')} but sections ${keys.join(',')}`);
  }

  const isHedge = hedgeMatcher(rubric);
  const seenProv = new Set<string>();
  for (const p of report.provisions) {
    const where = `provision ${p.section} ${p.start}-${p.end}`;
    if (!isSpan(p, len)) { bad(`${where}: span outside 0..${len}`); continue; }
    if (p.text !== t.slice(p.start, p.end)) bad(`${where}: text is not text.slice(start, end)`);
    if (!p.text.trim()) bad(`${where}: empty statement`);
    if (!PROVISION_KEYS.includes(p.section)) bad(`${where}: section not F/G/H1/H2`);
    if (!inSection(p.section, p)) bad(`${where}: not inside a reported ${p.section} span (${report.sections.filter((s) => s.key === p.section).map((s) => `${s.start}-${s.end}`).join(',') || 'none'})`);
    if (!pageOk(p.page) || p.page !== pageAt(doc, p.start)) bad(`${where}: page ${p.page}`);
    if (p.specific && !p.elements.activity) bad(`${where}: specific without an activity`);
    const hedges = p.vagueTerms.filter(isHedge);
    if (p.specific && hedges.length) bad(`${where}: specific with hedge ${JSON.stringify(hedges)}`);
    if (seenProv.has(`${p.start}:${p.end}`)) bad(`${where}: reported twice`);
    seenProv.add(`${p.start}:${p.end}`);
  }
  for (const o of report.outcomes) {
    const where = `outcome ${o.start}-${o.end}`;
    if (!isSpan(o, len)) { bad(`${where}: span outside 0..${len}`); continue; }
    if (o.text !== t.slice(o.start, o.end)) bad(`${where}: text is not text.slice(start, end)`);
    if (!o.text.trim()) bad(`${where}: empty statement`);
    if (!inSection('E', o)) bad(`${where}: not inside a reported E span`);
    if (!pageOk(o.page) || o.page !== pageAt(doc, o.start)) bad(`${where}: page ${o.page}`);
    if (o.smart && !(o.measurable && o.timeBound)) bad(`${where}: smart but not measurable and time-bound`);
  }

  let lastStart = -1;
  const seenFinding = new Set<string>();
  for (const f of report.findings) {
    const where = `finding ${f.ruleId} ${f.start}-${f.end}`;
    if (!isSpan(f, len)) bad(`${where}: span outside 0..${len}`);
    else if (f.quote !== t.slice(f.start, f.end)) bad(`${where}: quote is not text.slice(start, end)`);
    if (f.start < lastStart) bad(`${where}: findings not sorted by start`);
    lastStart = f.start;
    if (!pageOk(f.page) || f.page !== pageAt(doc, f.start)) bad(`${where}: page ${f.page}`);
    const rule = rubric.rules[f.ruleId];
    if (!rule) { bad(`${where}: rule not in the rubric`); continue; }
    if (f.severity !== rule.severity) bad(`${where}: severity ${f.severity}, rubric ${rule.severity}`);
    if (f.reference !== rule.reference) bad(`${where}: reference differs from the rubric`);
    for (const field of ['message', 'suggestion'] as const) {
      for (const re of DEBRIS) if (re.test(f[field]) && !re.test(t)) bad(`${where}: ${field} has ${re.source}: ${f[field].slice(0, 120)}`);
    }
    if (f.section !== null && f.end > f.start && !inSection(f.section, f)) bad(`${where}: section ${f.section} but not inside its span`);
    const key = `${f.ruleId}|${f.start}|${f.end}|${f.message}`;
    if (seenFinding.has(key)) bad(`${where}: reported twice`);
    seenFinding.add(key);
  }
  if (!(Number.isInteger(report.score.overall) && report.score.overall >= 0 && report.score.overall <= 100)) bad(`overall score ${report.score.overall}`);
  if (report.score.band !== bandOf(rubric, report.score.overall)) bad(`overall band ${report.score.band}`);
  if (report.rubric.id !== rubric.id || report.rubric.version !== rubric.version) bad('rubric id/version');

  // Output grows with the text, not faster: a statement needs a few characters, a finding needs a statement or a plan-level reason.
  const statements = report.provisions.length + report.outcomes.length;
  if (statements > len / 2 + 1) bad(`${statements} statements in ${len} characters`);
  if (report.findings.length > 40 + 6 * statements + len / 3) bad(`${report.findings.length} findings for ${statements} statements in ${len} characters`);
  return v;
}

export function bandOf(rubric: Rubric, score: number): string {
  const sorted = [...rubric.bands].sort((a, b) => b.min - a.min);
  return (sorted.find((b) => score >= b.min) ?? sorted[sorted.length - 1]).name;
}
