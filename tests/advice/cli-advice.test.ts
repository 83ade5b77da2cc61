// ehcp-check --advice REPORT… PLAN: the plan's report gains `advice` in every format; an advice
// report that cannot be read is named on standard error and the plan is still checked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../services/analyser/src/cli.ts';
import { Report } from '../../services/analyser/src/report-schema.ts';

let dir: string;
const PLAN = `Education, Health and Care Plan
Status: Draft
Name: Sam Test
Date of draft: 3 March 2026

Section F: Special educational provision

• Pre-teaching of key topic vocabulary by a teaching assistant for 15 minutes before each science lesson, in a group of no more than 3 pupils.

Section G: Health provision

• Speech and language therapy from a speech and language therapist, 45 minutes each week, 1:1.
`;
const SLT = `Speech and Language Therapy Report

Recommendations

• Sam should be taught key topic vocabulary by a teaching assistant for 15 minutes before each science lesson, in a group of no more than 3 pupils.
• Sam should receive direct speech and language therapy from a speech and language therapist for 45 minutes each week, 1:1.
`;
const OT = `Occupational Therapy Advice

Recommendations

• Sam should use a wobble cushion during carpet time.
`;

function io() {
  const out = { stdout: '', stderr: '' };
  const x: CliIo = { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) }, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  return { x, out };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehcp-advice-'));
  writeFileSync(join(dir, 'plan.txt'), PLAN);
  writeFileSync(join(dir, 'slt.txt'), SLT);
  writeFileSync(join(dir, 'ot.txt'), OT);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ehcp-check --advice', () => {
  it('adds advice from repeated --advice files and from files before the plan (json)', async () => {
    const { x, out } = io();
    const code = await runCli(['--format', 'json', '--advice', join(dir, 'slt.txt'), join(dir, 'ot.txt'), join(dir, 'plan.txt')], x);
    const reports = JSON.parse(out.stdout) as unknown[];
    expect(reports).toHaveLength(1);
    const r = Report.parse(reports[0]);
    expect(r.document.name).toContain('plan.txt');
    expect(r.advice?.map((a) => a.verdict)).toEqual(['carried', 'moved', 'missing']);
    expect(r.advice?.[2].source).toContain('ot.txt');
    expect(r.deadlines?.map((d) => [d.kind, d.due])).toEqual([['draftRepresentations', '2026-03-17']]);
    expect(code).toBeLessThan(2);
  });

  it('lists the advice and the deadline in the text format and the HTML page', async () => {
    const text = io();
    await runCli(['--advice', join(dir, 'slt.txt'), join(dir, 'plan.txt')], text.x);
    expect(text.out.stdout).toMatch(/Advice: 2 recommendations \(1 carried, 1 moved out of F\)/);
    expect(text.out.stdout).toContain('2026-03-17');
    const html = io();
    await runCli(['--format', 'html', '--advice', join(dir, 'slt.txt'), join(dir, 'plan.txt')], html.x);
    expect(html.out.stdout).toContain('What the professionals advised, and what the plan says');
    expect(html.out.stdout).toContain('In the plan, but not in Section F (1)');
    expect(html.out.stdout).toContain('Tuesday 17 March 2026');
  });

  it('names an advice file it cannot read, still checks the plan, and exits 2', async () => {
    const { x, out } = io();
    const code = await runCli(['--format', 'json', '--advice', join(dir, 'nope.txt'), '--advice', join(dir, 'slt.txt'), join(dir, 'plan.txt')], x);
    expect(code).toBe(2);
    expect(out.stderr).toMatch(/nope\.txt: .*\(not_found\)/);
    const r = Report.parse((JSON.parse(out.stdout) as unknown[])[0]);
    expect(r.advice).toHaveLength(2);
  });
});
