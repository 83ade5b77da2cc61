// The CLI as a user runs it: a child process, from a clean working directory, fixtures written here.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FailedReport, Report } from '../../services/analyser/src/report-schema.ts';
import { reportPoints } from '../../services/analyser/src/format/points.ts';
import { expectSelfContainedPage } from '../format/html-checks.ts';
import { PNG_BYTES, SPECIFIC_PARAGRAPH, WEAK_PLAN } from './plans.ts';

const BIN = fileURLToPath(new URL('../../bin/ehcp-check.js', import.meta.url));
let dir: string;

interface Run { code: number | null; stdout: string; stderr: string }

const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const CLI_TS = fileURLToPath(new URL('../../services/analyser/src/cli.ts', import.meta.url));

// The fixtures never change after beforeAll and the command line's output is deterministic, so a
// command line run with the same arguments twice (json of weak.txt serves four tests) runs once.
const runs = new Map<string, Promise<Run>>();
function run(args: string[], env: Record<string, string> = {}, entry: string[] = [BIN]): Promise<Run> {
  const key = JSON.stringify([entry, args, env]);
  const known = runs.get(key);
  if (known) return known;
  const started = spawnRun(args, env, entry);
  runs.set(key, started);
  return started;
}

function spawnRun(args: string[], env: Record<string, string>, entry: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...entry, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function parseBatch(stdout: string): (Report | FailedReport)[] {
  const parsed = JSON.parse(stdout) as unknown[];
  expect(Array.isArray(parsed)).toBe(true);
  return parsed.map((item) => ('error' in (item as object) ? FailedReport.parse(item) : Report.parse(item)));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehcp-cli-'));
  writeFileSync(join(dir, 'weak.txt'), WEAK_PLAN);
  writeFileSync(join(dir, 'weak.md'), WEAK_PLAN.replace(/^(Section [A-K]\d?:)/gm, '## $1'));
  writeFileSync(join(dir, 'specific-f.txt'), SPECIFIC_PARAGRAPH);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'picture.pdf'), PNG_BYTES);
  // Sparse: over the size limit without writing 21 MB to disk.
  writeFileSync(join(dir, 'huge.txt'), '');
  truncateSync(join(dir, 'huge.txt'), 21 * 1024 * 1024);
  mkdirSync(join(dir, 'a-folder.pdf'));
  writeFileSync(join(dir, 'bad-rubric.yaml'), 'extends: default\nbands: "not a list"\n');
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('ehcp-check --format json', () => {
  it('prints one JSON array, one valid report per file, and exits 1 when a file has an error finding', async () => {
    const r = await run(['--format', 'json', 'weak.txt', 'weak.md']);
    expect(r.stderr).toBe('');
    const [a, b] = parseBatch(r.stdout) as Report[];
    expect(a.document.name).toBe('weak.txt');
    expect(b.document.name).toBe('weak.md');
    expect(a.document.mediaType).toBe('text/plain');
    expect(a.text).toBeUndefined();
    expect(a.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(a.provisions.filter((p) => !p.specific).length).toBeGreaterThanOrEqual(3);
    expect(r.code).toBe(1);
  });

  it('keeps a file that could not be read in its place, analyses the others, and exits 2', async () => {
    const r = await run(['--format', 'json', 'weak.txt', 'picture.pdf', 'empty.txt', 'missing.txt', 'specific-f.txt']);
    expect(r.code).toBe(2);
    const items = parseBatch(r.stdout);
    expect(items.map((i) => i.document.name)).toEqual(['weak.txt', 'picture.pdf', 'empty.txt', 'missing.txt', 'specific-f.txt']);
    expect('error' in items[0]).toBe(false);
    expect(items[1]).toEqual({ document: { name: 'picture.pdf' }, error: { code: 'unsupported_media_type', message: expect.any(String) } });
    expect((items[2] as FailedReport).error.code).toBe('empty_file');
    expect((items[3] as FailedReport).error.code).toBe('not_found');
    expect('error' in items[4]).toBe(false);
    // One line of reason per unreadable file, naming it; nothing else on stderr.
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^ehcp-check: picture\.pdf: .+ \(unsupported_media_type\)$/);
    expect(lines[1]).toMatch(/^ehcp-check: empty\.txt: .+ \(empty_file\)$/);
    expect(lines[2]).toMatch(/^ehcp-check: missing\.txt: .+ \(not_found\)$/);
  });

  it('refuses a file over the size limit and a folder without reading them', async () => {
    const r = await run(['--format', 'json', 'huge.txt', 'a-folder.pdf']);
    expect(r.code).toBe(2);
    const items = parseBatch(r.stdout) as FailedReport[];
    expect(items.map((i) => i.error.code)).toEqual(['file_too_large', 'invalid_request']);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(2);
  });

  it('adds the text with --include-text, and every located finding quotes it exactly', async () => {
    const r = await run(['--format', 'json', '--include-text', 'weak.txt']);
    const [report] = parseBatch(r.stdout) as Report[];
    expect(typeof report.text).toBe('string');
    expect(report.text!.length).toBe(report.document.characters);
    for (const f of report.findings.filter((x) => x.end > x.start)) expect(report.text!.slice(f.start, f.end)).toBe(f.quote);
    for (const p of report.provisions) expect(report.text!.slice(p.start, p.end)).toBe(p.text);
  });

  it('checks a single paragraph as one section with --section, and exits 0 when nothing is wrong', async () => {
    const r = await run(['--format', 'json', '--section', 'f', 'specific-f.txt']);
    const [report] = parseBatch(r.stdout) as Report[];
    expect(report.sections.map((s) => s.key)).toEqual(['F']);
    expect(report.provisions).toHaveLength(1);
    expect(report.provisions[0].specific).toBe(true);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('ehcp-check --format text (the default)', () => {
  it('reads like the report, linter-style per file, without colour when not a terminal', async () => {
    const [r, json] = await Promise.all([run(['weak.txt', 'picture.pdf']), run(['--format', 'json', '--include-text', 'weak.txt'])]);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout.startsWith('weak.txt\n  The points that matter most\n')).toBe(true);
    expect(r.stdout).toMatch(/^ {4}\d+:\d+ +error +#\d+ +Section F: .+ provision\.[a-z-]+$/m);
    expect(r.stdout).toMatch(/^ {2}Section F: Special educational provision$/m);
    expect(r.stdout).toMatch(/^ {2}Provision: \d+ specific, \d+ not specific \(of \d+\)$/m);
    expect(r.stdout).toMatch(/^ {2}Score: \d+\/100 \(.+\)/m);
    expect(r.stdout).toMatch(/^picture\.pdf\n {2}error {2}Could not be read: .+ unsupported_media_type$/m);
    expect(r.stdout).toMatch(/✖ \d+ points from \d+ findings .* in 2 files; 1 could not be read\n$/);
    expect(r.stderr).toMatch(/^ehcp-check: picture\.pdf: /);
    // One line per point, each at the line:column of its first finding in the text.
    const [report] = parseBatch(json.stdout) as Report[];
    const points = reportPoints(report);
    const heads = r.stdout.split('\n').filter((l) => /^ {4}\S+ +(?:error|warning|info) +#\d+ /.test(l) && !l.includes('(above, with'));
    expect(heads).toHaveLength(points.length);
    expect(points.length).toBeLessThan(report.findings.length);
    const text = report.text!;
    for (const p of points.filter((x) => x.spans.length)) {
      const first = [...p.findings].sort((a, b) => a.start - b.start)[0];
      const line = text.slice(0, first.start).split('\n').length;
      const column = first.start - (text.lastIndexOf('\n', first.start - 1) + 1) + 1;
      expect(heads.find((l) => new RegExp(` #${p.n} `).test(l)), `point ${p.n}`).toMatch(new RegExp(`^ {4}${line}:${column} `));
    }
  });

  it('lists every finding, one line each, with --findings', async () => {
    const [r, json] = await Promise.all([run(['--findings', 'weak.txt']), run(['--format', 'json', 'weak.txt'])]);
    expect(r.code).toBe(1);
    const [report] = parseBatch(json.stdout) as Report[];
    expect(r.stdout).not.toContain('The points that matter most');
    const lines = r.stdout.split('\n').filter((l) => /^ {4}\S+ +(?:error|warning|info) {2,}/.test(l));
    expect(lines).toHaveLength(report.findings.length);
    for (const f of report.findings) expect(r.stdout).toContain(`${f.message}  ${f.ruleId}`);
    expect(r.stdout).toMatch(new RegExp(`✖ ${report.findings.length} problems .* in 1 file\n$`));
  });
});

describe('ehcp-check --format html', () => {
  it('prints one self-contained page with every finding highlighted and explained', async () => {
    const [html, json] = await Promise.all([run(['--format', 'html', 'weak.txt']), run(['--format', 'json', 'weak.txt'])]);
    expect(html.code).toBe(1);
    expectSelfContainedPage(html.stdout);
    const [report] = parseBatch(json.stdout) as Report[];
    // One explanation per point (a statement's findings speak with one voice), one flag per highlight.
    const points = reportPoints(report);
    const located = points.reduce((n, p) => n + p.spans.length, 0);
    expect(points.flatMap((p) => p.findings)).toHaveLength(report.findings.length);
    expect(html.stdout.match(/<li class="finding finding-(error|warning|info)" id="r1-f\d+">/g)).toHaveLength(points.length);
    expect(html.stdout.match(/<a class="flag flag-\w+" id="r1-m\d+(?:-\d+)?" href="#r1-f\d+">/g)?.length ?? 0).toBe(located);
    expect(html.stdout.match(/<mark class="hl-/g)?.length ?? 0).toBeGreaterThanOrEqual(located);
    // The page has the text (for the highlights) even though --include-text was not given.
    expect(html.stdout).toContain('Jasper likes trains and building models.');
  });

  it('puts several files, and a failure, in one page in order', async () => {
    const r = await run(['--format', 'html', 'weak.txt', 'empty.txt', 'specific-f.txt']);
    expect(r.code).toBe(2);
    expectSelfContainedPage(r.stdout);
    const at = ['id="r1-title">weak.txt', 'id="r2-title">empty.txt', 'id="r3-title">specific-f.txt'].map((s) => r.stdout.indexOf(s));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(r.stdout).toContain('This file could not be checked.');
  });
});

describe('ehcp-check usage errors (exit 2)', () => {
  it('rejects an unknown option with the usage on stderr and nothing on stdout', async () => {
    const r = await run(['--frobnicate', 'weak.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("Unknown option '--frobnicate'");
    expect(r.stderr).toContain('Usage: ehcp-check [options] FILE...');
  });

  it('rejects no files', async () => {
    const r = await run(['--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no files given[\s\S]*Usage:/);
  });

  it('rejects a bad --format and a bad --section key', async () => {
    const [format, section] = await Promise.all([run(['--format', 'xml', 'weak.txt']), run(['--section', 'Z', 'weak.txt'])]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be one of text, json, html (got "xml")');
    expect(section.code).toBe(2);
    expect(section.stdout).toBe('');
    expect(section.stderr).toContain('--section must be one of A, B, C, D, E, F, G, H1, H2, I, J, K (got "Z")');
  });

  it('rejects a bad --rubric with a message naming the bad field, and a missing one', async () => {
    const [bad, missing] = await Promise.all([run(['--rubric', 'bad-rubric.yaml', 'weak.txt']), run(['--rubric', 'nope.yaml', 'weak.txt'])]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('rubric bad-rubric.yaml is not valid');
    expect(bad.stderr).toMatch(/bands/);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('rubric nope.yaml is not valid');
  });

  it('prints help and version on stdout with exit 0', async () => {
    const [help, version] = await Promise.all([run(['--help']), run(['--version'])]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: ehcp-check \[options\] FILE\.\.\./);
    expect(help.stdout).toContain('--include-text');
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^ehcp-check \d+\.\d+\.\d+\n$/);
  });

  it('runs the same when cli.ts is the entry point (npm run check)', async () => {
    const r = await run(['--format', 'json', 'empty.txt'], {}, [TSX, CLI_TS]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual([{ document: { name: 'empty.txt' }, error: { code: 'empty_file', message: expect.any(String) } }]);
  });
});
