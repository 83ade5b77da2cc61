// On the embedded database on disk, a large result (structured text, report) is sealed into a file
// under DATA_DIR/results and its row keeps an empty value, as uploads are (db/uploads.ts): PGlite runs
// on the event loop and took seconds per megabyte. Read back through the API, gone with its document,
// and a file whose document is gone is cleared at start. The analysis worker hands the report over as
// its JSON bytes (transferred, never rebuilt as an object on the service's thread): the same report.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { removeOrphanResults, RESULT_FILE_OVER } from '../../services/api/src/db/uploads.ts';
import { analyse, loadRubric } from '../../services/analyser/src/index.ts';
import { ingest } from '../../services/ingest/src/index.ts';
import { analyseToJsonInWorker } from '../../services/ingest/src/run-worker.ts';
import { scanDir } from './scan-dir.ts';
import { form, samplePlan, settle, useService } from './helpers.ts';

type Json = Record<string, any>;

describe('large results on the embedded database', () => {
  const svc = useService('disk');
  const results = () => path.join(svc.dataDir, 'results');

  it('are sealed files, read back whole, deleted with their document, and orphans are cleared', async () => {
    const { app, base } = svc;
    const marker = `Quorvendel${randomBytes(5).toString('hex')}`;
    const lines = Array.from({ length: 600 }, (_, i) => `- Pip will have regular support from ${marker} as required (item ${i}).\n`).join('');
    const text = samplePlan(8).replace('## Section G', `${lines}\n## Section G`);
    const up = await fetch(`${base}/v1/documents`, { method: 'POST', body: form(text, 'long-plan.md') });
    expect(up.status).toBe(202);
    const { id, links } = (await up.json()) as Json;
    expect((await settle(base, links.self)).state).toBe('done');

    expect(fs.readdirSync(results()).sort()).toEqual([`${id}.report.sealed`, `${id}.structured.sealed`]);
    expect(fs.statSync(path.join(results(), `${id}.report.sealed`)).size).toBeGreaterThan(RESULT_FILE_OVER);
    const rows = await app.db.query<{ s: number; r: number }>('SELECT octet_length(s.sealed) AS s, octet_length(r.sealed) AS r FROM structured_documents s JOIN reports r USING (document_id) WHERE document_id = $1', [id]);
    expect(rows.rows.map((x) => [Number(x.s), Number(x.r)])).toEqual([[0, 0]]);
    // Sealed: the marker is in no file, yet the report and the text read back whole.
    expect(scanDir(svc.dataDir, { marker: Buffer.from(marker) })).toEqual({});
    const report = (await (await fetch(`${base}${links.report}&include=text`, { headers: { accept: 'application/json' } })).json()) as Json;
    expect(report.findings.length).toBeGreaterThan(600);
    expect(report.text).toContain(`${marker} as required (item 599)`);

    const stray = path.join(results(), `${randomUUID()}.report.sealed`);
    fs.writeFileSync(stray, 'left by a crash');
    expect(await removeOrphanResults(app.db)).toBe(1);
    expect(fs.existsSync(stray)).toBe(false);
    expect(fs.readdirSync(results())).toHaveLength(2);

    expect((await fetch(base + links.self, { method: 'DELETE' })).status).toBe(204);
    expect(fs.readdirSync(results())).toEqual([]);
    expect((await fetch(base + links.report)).status).toBe(404);
  }, 120_000);
});

describe('the report handed over as bytes', () => {
  it('is analyse()\'s report, with its score, in a buffer of its own', async () => {
    const text = samplePlan(9).replace('## Section G', `${'- Pip will have regular support as required.\n'.repeat(50)}\n## Section G`);
    const doc = await ingest(new TextEncoder().encode(text), { name: 'plan.md' });
    const got = await analyseToJsonInWorker(doc, null, 60_000);
    const { text: _text, ...expected } = analyse(doc, { rubric: loadRubric() });
    expect(new TextDecoder().decode(got.json)).toBe(JSON.stringify(expected));
    expect([got.band, got.overall]).toEqual([expected.score.band, expected.score.overall]);
    // The whole of a transferred buffer, not a view into a copy of the worker's message.
    expect(got.json.byteLength).toBe(got.json.buffer.byteLength);
  }, 120_000);
});
