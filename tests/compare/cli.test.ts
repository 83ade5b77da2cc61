// `ehcp-check compare` as a user runs it: a child process, files in any mix of formats.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Comparison, FailedComparison } from '../../services/analyser/src/compare/schema.ts';
import { expectSelfContainedPage } from '../format/html-checks.ts';
import { PNG_BYTES } from '../cli/plans.ts';

const BIN = fileURLToPath(new URL('../../bin/ehcp-check.js', import.meta.url));
const PAIR = fileURLToPath(new URL('../../corpus/pairs/q02/', import.meta.url));
let dir: string;

interface Run { code: number | null; stdout: Buffer; stderr: string }

function run(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir } });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out), stderr });
    });
  });
}

const OLD = `Section E: Outcomes
• By July 2027, Sami will read 100 common words.

Section F: Special educational provision
• Speech and language therapy: 45 minutes weekly from a speech and language therapist, 1:1.
• A visual timetable on his desk, used by all staff in every lesson.

Section G: Health provision
None.

Section I: Placement
Oak School <script>alert(1)</script>
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehcp-compare-'));
  writeFileSync(join(dir, 'old.txt'), OLD);
  writeFileSync(join(dir, 'new.txt'), OLD.replace('45 minutes weekly from a speech and language therapist', '30 minutes weekly from staff'));
  writeFileSync(join(dir, 'picture.pdf'), PNG_BYTES);
  copyFileSync(join(PAIR, 'old.docx'), join(dir, 'draft.docx'));
  copyFileSync(join(PAIR, 'new.pdf'), join(dir, 'final.pdf'));
}, 30_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('ehcp-check compare', () => {
  it('--format json prints the contract object for a DOCX draft and a PDF final, and exits 1 for a cut', async () => {
    const r = await run(['compare', '--format', 'json', 'draft.docx', 'final.pdf']);
    expect(r.code, r.stderr).toBe(1);
    const c = Comparison.parse(JSON.parse(r.stdout.toString()));
    expect(c.old.document.mediaType).toMatch(/wordprocessingml/);
    expect(c.new.document.mediaType).toBe('application/pdf');
    const moved = c.changes.find((ch) => ch.kind === 'moved')!;
    expect(moved).toMatchObject({ section: 'G', before: { section: 'F' }, after: { section: 'G' } });
    expect(c.changes.find((ch) => ch.section === 'I')?.kind).toBe('changed');
  }, 60_000);

  it('exits 0 when nothing changed, and text lists the changes readably', async () => {
    const same = await run(['compare', 'old.txt', 'old.txt']);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout.toString()).toMatch(/unchanged/);
    const r = await run(['compare', 'old.txt', 'new.txt']);
    expect(r.code).toBe(1);
    const text = r.stdout.toString();
    expect(text).toMatch(/^WEAKENED {2}Section F provision: .*"a speech and language therapist" became "staff"/m);
    expect(text).toMatch(/45 minutes weekly became 30 minutes weekly/);
  }, 60_000);

  it('exits 2 for a file it cannot read, with the reason, and json keeps the pair with its error', async () => {
    const r = await run(['compare', '--format', 'json', 'picture.pdf', 'new.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/picture\.pdf: .*\(unsupported_media_type\)/);
    const f = FailedComparison.parse(JSON.parse(r.stdout.toString()));
    expect(f.error.code).toBe('unsupported_media_type');
    expect(f.old.error?.code).toBe('unsupported_media_type');
    const missing = await run(['compare', 'old.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/pairs/);
  }, 60_000);

  it('--format csv gives one row per change; html is one self-contained, escaped side-by-side page', async () => {
    const csv = (await run(['compare', '--format', 'csv', 'old.txt', 'new.txt'])).stdout.toString();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('section,about,kind,before_section,before_start,before_end,before_text,after_section,after_start,after_end,after_text,detail,why');
    expect(lines.length).toBe(1 + 4);
    expect(lines.some((l) => l.startsWith('F,provision,weakened,F,'))).toBe(true);
    const html = (await run(['compare', '--format', 'html', 'old.txt', 'new.txt'])).stdout.toString();
    expectSelfContainedPage(html);
    expect(html).toContain('Oak School &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(/<th scope="col">Old wording<\/th><th scope="col">New wording<\/th>/);
  }, 60_000);

  it('--format docx writes a working document that reads back as a table of old | new | what changed | why', async () => {
    const r = await run(['compare', '--format', 'docx', '--output', 'changes.docx', 'old.txt', 'new.txt']);
    expect(r.code, r.stderr).toBe(1);
    const bytes = readFileSync(join(dir, 'changes.docx'));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    expect(html).toMatch(/<table>/);
    for (const h of ['Old wording', 'New wording', 'What changed', 'Why it matters']) expect(html).toContain(h);
    expect(html).toContain('30 minutes weekly from staff');
    // LibreOffice opens it: converting it to PDF succeeds.
    const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    if (soffice.status === 0) {
      const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
      spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'changes.docx')], { timeout: 120_000 });
      rmSync(profile, { recursive: true, force: true });
      expect(existsSync(join(dir, 'changes.pdf'))).toBe(true);
    }
  }, 180_000);
});
