// Fifty plans uploaded at once, two workers on Redis and PostgreSQL: every good plan is done,
// every bad file fails on its own with its code, and nothing is left waiting.
import { afterAll, describe, expect, it } from 'vitest';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { createApp, type App } from '../../services/api/src/app.ts';
import { jobHandlers } from '../../services/api/src/worker.ts';
import { dropIsolated, form, listen, makePdf, pngBytes, samplePlan, settle, testConfig } from './helpers.ts';

describe('fifty plans at once', () => {
  const config = testConfig('scaled', { workers: false, rateLimitUploads: 0 });
  let svc: App | undefined;
  afterAll(async () => {
    await svc?.close();
    await dropIsolated(config);
  });

  it('finishes them all with two workers; bad files fail alone', async () => {
    svc = await createApp(config);
    const handlers = jobHandlers({ db: svc.db, config, logger: svc.logger });
    await svc.queue.startWorkers(handlers, 1);
    await svc.queue.startWorkers(handlers, 1);
    const { base, stop } = await listen(svc.app);
    try {
      const pdf = makePdf(['Section F: Special educational provision', 'Weekly speech and language therapy for 30 minutes.']);
      const bad: { name: string; bytes: Uint8Array | string; code: string }[] = [
        { name: 'empty.pdf', bytes: new Uint8Array(), code: 'empty_file' },
        { name: 'scan.pdf', bytes: pngBytes(), code: 'unsupported_media_type' },
        { name: 'page.docx', bytes: '<!doctype html><html><body><p>Not a plan</p></body></html>', code: 'unsupported_media_type' },
        { name: 'cut.pdf', bytes: pdf.slice(0, 120), code: 'corrupt_file' },
      ];
      const files = Array.from({ length: 50 }, (_, i) => {
        const b = bad[i % 13 === 0 ? i / 13 : -1];
        if (b) return b;
        // Mostly Markdown, some PDFs: PDF extraction is ingest's own bench; this test is about the queue.
        return i % 9 === 4 ? { name: `plan-${i}.pdf`, bytes: pdf, code: '' } : { name: `plan-${i}.md`, bytes: samplePlan(i), code: '' };
      });
      expect(files.filter((f) => f.code)).toHaveLength(4);

      const accepted = await Promise.all(
        files.map(async (f) => {
          const r = await fetch(`${base}/v1/documents`, { method: 'POST', body: form(f.bytes, f.name) });
          expect(r.status).toBe(202);
          return { file: f, body: (await r.json()) as { id: string; links: { self: string; report: string } } };
        }),
      );
      const results = await Promise.all(accepted.map(async (a) => ({ ...a, final: await settle(base, a.body.links.self, {}, 120_000) })));

      for (const { file, final, body } of results) {
        if (file.code) {
          expect([file.name, final.state, final.error?.code]).toEqual([file.name, 'failed', file.code]);
        } else {
          expect([file.name, final.state]).toEqual([file.name, 'done']);
          Report.parse(await (await fetch(base + body.links.report)).json());
        }
      }
      const counts = await svc.db.query<{ state: string; n: string }>('SELECT state, count(*)::text AS n FROM documents GROUP BY state ORDER BY state');
      expect(Object.fromEntries(counts.rows.map((c) => [c.state, Number(c.n)]))).toEqual({ done: 46, failed: 4 });
      expect((await svc.db.query('SELECT 1 FROM reports')).rows).toHaveLength(46);
      expect((await svc.db.query('SELECT 1 FROM document_bytes')).rows).toHaveLength(0); // bytes gone once read
    } finally {
      await stop();
    }
  }, 180_000);
});
