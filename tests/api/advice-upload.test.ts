// A plan uploaded with its advice reports (POST /v1/documents, field "advice"): the report carries
// each recommendation's verdict, the web report shows them in plain words, and a bad advice file is
// refused with the same codes as a bad plan, naming which file by its place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { createApp, type App } from '../../services/api/src/app.ts';
import { listen, pngBytes, settle, testConfig } from './helpers.ts';

type Json = Record<string, any>;

const PLAN = `# Education, Health and Care Plan: Tilly Example

Status: Final. Year 3.

## Section B: Special educational needs

Tilly has a language disorder.

## Section E: Outcomes

- By July 2027, Tilly will retell a short story in 4 steps.

## Section F: Special educational provision

- A language group with a teaching assistant when staff are available.

## Section G: Health provision

- Direct speech and language therapy from a speech and language therapist for 30 minutes each week, 1:1.

## Section I: Placement

Brook Lane Primary School.
`;

const SLT = `Speech and Language Therapy Report

Recommendations

- Direct speech and language therapy from a speech and language therapist for 30 minutes each week, 1:1.
- A language group of 4 children with a teaching assistant for 20 minutes three times a week.
- A wobble cushion during carpet time.
`;

describe('advice uploaded with a plan', () => {
  let svc: App;
  let base: string;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    svc = await createApp(testConfig('embedded', { maxUploadBytes: 200_000 }));
    ({ base, stop } = await listen(svc.app));
  });
  afterAll(async () => {
    await stop?.();
    await svc?.close();
  });

  const post = async (files: [string, Uint8Array | string, string][]) => {
    const fd = new FormData();
    for (const [field, bytes, name] of files) fd.append(field, new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name);
    const r = await fetch(`${base}/v1/documents`, { method: 'POST', body: fd });
    return { status: r.status, body: (await r.json()) as Json };
  };

  it('judges the plan against each advice file and shows it on the web report', async () => {
    const { status, body } = await post([['file', PLAN, 'plan.md'], ['advice', SLT, 'slt-report.txt'], ['advice', 'Occupational therapy advice\n\nRecommendations\n\n- Tilly should use a writing slope for all written work.\n', 'ot.txt']]);
    expect(status).toBe(202);
    expect((await settle(base, body.links.self)).state).toBe('done');
    const report = Report.parse(await (await fetch(base + body.links.report, { headers: { accept: 'application/json' } })).json());
    expect(report.advice?.map((a) => [a.source, a.verdict])).toEqual([
      ['slt-report.txt', 'moved'],
      ['slt-report.txt', 'diluted'],
      ['slt-report.txt', 'missing'],
      ['ot.txt', 'missing'],
    ]);
    expect(report.findings.filter((f) => f.ruleId === 'advice.missing')).toHaveLength(2);
    const page = await (await fetch(base + body.links.report, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('What the professionals advised, and what the plan says');
    expect(page).toContain('Left out of the plan (2)');
    expect(page).toContain('In the plan, but not in Section F (1)');
    expect(page).toContain('This point is in the letter of points to raise.');
  });

  it('leaves a plan uploaded alone without advice entries', async () => {
    const { body } = await post([['file', PLAN, 'plan.md']]);
    await settle(base, body.links.self);
    const report = Report.parse(await (await fetch(base + body.links.report)).json());
    expect(report.advice).toBeUndefined();
  });

  it.each([
    ['an empty advice file', new Uint8Array(), 'empty_file'],
    ['an image sent as advice', pngBytes(), 'unsupported_media_type'],
  ])('refuses %s with its code and its place, storing nothing', async (_why, bytes, code) => {
    const { status, body } = await post([['file', PLAN, 'plan.md'], ['advice', SLT, 'slt.txt'], ['advice', bytes, 'second.pdf']]);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/^Advice file 2 of 2: /);
    expect(body.error.message).not.toContain('second.pdf');
    const count = await svc.db.query<{ n: number }>('SELECT count(*)::int AS n FROM documents');
    expect(count.rows[0].n).toBe(2); // the two uploads of the tests above, nothing from this one
  });

  it('refuses advice with no plan', async () => {
    const { status, body } = await post([['advice', SLT, 'slt.txt']]);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_request');
  });

  it('takes advice on the web upload page too, and refuses a bad advice file with a page that says which', async () => {
    const home = await (await fetch(`${base}/`)).text();
    expect(home).toContain('name="advice" multiple');
    const fd = new FormData();
    fd.append('file', new Blob([PLAN]), 'plan.md');
    fd.append('advice', new Blob([SLT]), 'slt-report.txt');
    const r = await fetch(`${base}/upload`, { method: 'POST', body: fd, redirect: 'manual' });
    expect(r.status).toBe(303);
    const progress = new URL(r.headers.get('location')!, base);
    const id = progress.pathname.split('/')[2];
    const key = progress.searchParams.get('key')!;
    expect((await settle(base, `/v1/documents/${id}?key=${encodeURIComponent(key)}`)).state).toBe('done');
    const page = await (await fetch(`${base}/plans/${id}?key=${encodeURIComponent(key)}`)).text();
    expect(page).toContain('What the professionals advised, and what the plan says');

    const bad = new FormData();
    bad.append('file', new Blob([PLAN]), 'plan.md');
    bad.append('advice', new Blob([new Uint8Array(pngBytes())]), 'scan.pdf');
    const refused = await fetch(`${base}/upload`, { method: 'POST', body: bad, redirect: 'manual' });
    expect(refused.status).toBe(400);
    const text = await refused.text();
    expect(text).toContain('One of the advice reports could not be read');
    expect(text).toContain('Advice file 1 of 1:');
  });

  it('deletes the advice with its document', async () => {
    const { body } = await post([['file', PLAN, 'plan.md'], ['advice', SLT, 'slt.txt']]);
    await settle(base, body.links.self);
    expect((await svc.db.query('SELECT 1 FROM document_advice WHERE document_id = $1', [body.id])).rows).toHaveLength(1);
    expect((await fetch(base + body.links.self, { method: 'DELETE' })).status).toBe(204);
    expect((await svc.db.query('SELECT 1 FROM document_advice WHERE document_id = $1', [body.id])).rows).toHaveLength(0);
  });
});
