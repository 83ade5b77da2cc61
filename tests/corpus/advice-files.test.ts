// The advice corpus's files (corpus/advice/*): each pair's gold.json names a plan and advice files that
// exist, gives every recommendation a known verdict and quotes it verbatim from its file, and each
// held-out pair (id "h…") names its held-out set. Reads files only: the analyser is not run here
// (tests/advice/advice-accuracy.test.ts scores the verdicts).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADVICE_VERDICTS } from '../../services/analyser/src/report-schema.ts';

const ADVICE_DIR = join(__dirname, '..', '..', 'corpus', 'advice');
const norm = (s: string) => s.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

interface Gold {
  plan: string;
  heldOutSet?: number;
  advice: { file: string; sectionK?: boolean; recommendations: { quote: string; verdict: string }[] }[];
}

const ids = readdirSync(ADVICE_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ADVICE_DIR, d.name, 'gold.json')))
  .map((d) => d.name)
  .sort();

/** The text a quote is checked against: the file itself, or for a built DOCX its committed source. */
function textOf(dir: string, file: string): string | null {
  if (!/\.docx$/i.test(file)) return readFileSync(join(dir, file), 'utf8');
  const source = join(dir, file.replace(/\.docx$/i, '.source.txt'));
  return existsSync(source) ? readFileSync(source, 'utf8') : null;
}

describe('advice corpus files', () => {
  it('has tuning and held-out pairs', () => {
    expect(ids.filter((id) => !id.startsWith('h')).length).toBeGreaterThanOrEqual(10);
    expect(ids.filter((id) => id.startsWith('h')).length).toBeGreaterThanOrEqual(10);
  });

  it.each(ids)('%s: gold names existing files, known verdicts and verbatim quotes', (id) => {
    const dir = join(ADVICE_DIR, id);
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
    expect(existsSync(join(dir, gold.plan)), `${id} plan ${gold.plan}`).toBe(true);
    if (id.startsWith('h') && gold.heldOutSet !== undefined) expect(Number.isInteger(gold.heldOutSet) && gold.heldOutSet >= 1).toBe(true);
    expect(gold.advice.length).toBeGreaterThanOrEqual(1);
    for (const a of gold.advice) {
      expect(existsSync(join(dir, a.file)), `${id} ${a.file}`).toBe(true);
      expect(a.recommendations.length, `${id} ${a.file}`).toBeGreaterThanOrEqual(1);
      const text = textOf(dir, a.file);
      const quotes = a.recommendations.map((r) => norm(r.quote));
      expect(new Set(quotes).size, `${id} ${a.file}: quotes unique`).toBe(quotes.length);
      for (const r of a.recommendations) {
        expect(ADVICE_VERDICTS as readonly string[], `${id}: ${r.quote}`).toContain(r.verdict);
        expect(r.quote.trim().length, `${id}: empty quote`).toBeGreaterThan(10);
        if (text !== null) expect(norm(text).includes(norm(r.quote)), `${id} ${a.file}: ${r.quote}`).toBe(true);
      }
    }
  });
});
