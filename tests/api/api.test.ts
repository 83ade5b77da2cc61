// The API on embedded defaults (PGlite in memory, in-process queue): the contract end to end.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { createApp, type App } from '../../services/api/src/app.ts';
import { createOrg } from '../../services/api/src/accounts.ts';
import { jobHandlers } from '../../services/api/src/worker.ts';
import { form, listen, userToken, makePdf, pngBytes, samplePlan, settle, testConfig } from './helpers.ts';

type Json = Record<string, any>;

describe('API on embedded defaults', () => {
  let svc: App;
  let base: string;
  let stop: () => Promise<void>;
  const logLines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, cb) {
        logLines.push(String(chunk));
        cb();
      },
    });
    svc = await createApp(testConfig('embedded', { logLevel: 'info', maxUploadBytes: 200_000 }), { logDestination: sink });
    ({ base, stop } = await listen(svc.app));
  });
  afterAll(async () => {
    await stop?.();
    await svc?.close();
  });

  const upload = async (bytes: Uint8Array | string, name: string, headers: Record<string, string> = {}) => {
    const r = await fetch(`${base}/v1/documents`, { method: 'POST', body: form(bytes, name), headers });
    return { status: r.status, body: (await r.json()) as Json };
  };

  it('answers health, readiness and an OpenAPI 3.1 document with the Report schema', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { storage: true, queue: true } });
    const doc = (await (await fetch(`${base}/openapi.json`)).json()) as Json;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/documents', '/v1/documents/{id}', '/v1/documents/{id}/report']));
    expect(doc.components.schemas.Report.properties.findings).toBeDefined();
    expect(doc.components.schemas.Error.properties.error).toBeDefined();
  });

  it('takes an anonymous upload through the queue to a report, with capability links', async () => {
    const plan = samplePlan(1);
    const { status, body } = await upload(plan, 'pip-plan.md');
    expect(status).toBe(202);
    expect(body.state).toBe('queued');
    const key = new URL(body.links.self, base).searchParams.get('key')!;
    expect(Buffer.from(key, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(body.links).toEqual({ self: `/v1/documents/${body.id}?key=${key}`, report: `/v1/documents/${body.id}/report?key=${key}` });

    const final = await settle(base, body.links.self);
    expect(final).toMatchObject({ id: body.id, state: 'done' });
    expect(final.error).toBeUndefined();

    const r = await fetch(base + body.links.report, { headers: { accept: 'application/json' } });
    expect(r.status).toBe(200);
    const report = Report.parse(await r.json());
    expect(report.document.name).toBe('pip-plan.md');
    expect(report.text).toBeUndefined();

    const withText = Report.parse(await (await fetch(`${base + body.links.report}&include=text`)).json());
    expect(withText.text).toContain('Pip likes trains');
    for (const f of withText.findings) expect(withText.text!.slice(f.start, f.end)).toBe(f.quote);

    const page = await fetch(base + body.links.report, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("style-src 'self' 'unsafe-inline'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('pip-plan.md');
  });

  it('reads a PDF too', async () => {
    const { body } = await upload(makePdf(['Section F: Special educational provision', 'Pip will get regular support as required.']), 'plan.pdf');
    const final = await settle(base, body.links.self);
    expect(final.state).toBe('done');
    const report = Report.parse(await (await fetch(base + body.links.report)).json());
    expect(report.document.mediaType).toBe('application/pdf');
  });

  it('fails bad files with their codes, and their report answers that code', async () => {
    const empty = await upload(new Uint8Array(), 'empty.pdf');
    const png = await upload(pngBytes(), 'photo.pdf');
    expect((await settle(base, empty.body.links.self)).error?.code).toBe('empty_file');
    expect((await settle(base, png.body.links.self)).error?.code).toBe('unsupported_media_type');
    const r = await fetch(base + png.body.links.report);
    expect(r.status).toBe(409);
    expect(((await r.json()) as Json).error.code).toBe('unsupported_media_type');
  });

  it('refuses requests without a file, with the wrong field, or over the size limit', async () => {
    const none = await fetch(`${base}/v1/documents`, { method: 'POST' });
    expect(none.status).toBe(400);
    expect(((await none.json()) as Json).error.code).toBe('invalid_request');
    const wrong = await fetch(`${base}/v1/documents`, { method: 'POST', body: form('hello', 'a.txt', 'upload') });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as Json).error.code).toBe('invalid_request');
    const big = await upload('x'.repeat(200_001), 'big.txt');
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('file_too_large');
    const garbage = await fetch(`${base}/v1/documents`, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=zzz' }, body: '--zzz\r\nbroken' });
    expect(garbage.status).toBe(400);
    expect(((await garbage.json()) as Json).error.code).toBe('invalid_request');
    const route = await fetch(`${base}/v2/nothing`);
    expect(route.status).toBe(404);
    expect(((await route.json()) as Json).error.code).toBe('not_found');
  });

  it('deletes a document: every link then answers 404', async () => {
    const { body } = await upload(samplePlan(2), 'to-delete.md');
    await settle(base, body.links.self);
    const del = await fetch(base + body.links.self, { method: 'DELETE' });
    expect(del.status).toBe(204);
    for (const link of [body.links.self, body.links.report]) {
      const r = await fetch(base + link);
      expect(r.status).toBe(404);
      expect(((await r.json()) as Json).error.code).toBe('not_found');
    }
    expect((await fetch(base + body.links.self, { method: 'DELETE' })).status).toBe(404);
    const rows = await svc.db.query('SELECT 1 FROM documents WHERE id = $1', [body.id]);
    expect(rows.rows).toHaveLength(0);
  });

  it('never logs plan text, file names or capability keys', async () => {
    const secretName = 'Zebedee-Quinton-plan.md';
    const secretText = 'Zebedee Quintonsson needs XYZZY-PLUGH support';
    const { body } = await upload(`${samplePlan(3)}\n${secretText}\n`, secretName);
    await settle(base, body.links.self);
    await fetch(base + body.links.report);
    await fetch(`${base + body.links.report}&include=text`);
    await fetch(base + body.links.self, { method: 'DELETE' });
    const key = new URL(body.links.self, base).searchParams.get('key')!;
    const logs = logLines.join('');
    expect(logs).toContain(body.id); // the requests were logged, by path
    expect(logs).toContain('"statusCode":204');
    for (const secret of [secretName, 'Zebedee', 'XYZZY', key, 'key=']) expect(logs).not.toContain(secret);
  });
});

describe('API flow control on embedded defaults', () => {
  it('answers 409 not_ready until a worker has done the job', async () => {
    const svc = await createApp(testConfig('embedded', { workers: false }));
    const { base, stop } = await listen(svc.app);
    try {
      const r = await fetch(`${base}/v1/documents`, { method: 'POST', body: form(samplePlan(4), 'p.md') });
      const body = (await r.json()) as Json;
      const early = await fetch(base + body.links.report);
      expect(early.status).toBe(409);
      expect(((await early.json()) as Json).error.code).toBe('not_ready');
      expect(((await (await fetch(base + body.links.self)).json()) as Json).state).toBe('queued');
      await svc.queue.startWorkers(jobHandlers({ db: svc.db, config: svc.ctx.config, logger: svc.logger }), 1);
      expect((await settle(base, body.links.self)).state).toBe('done');
      expect((await fetch(base + body.links.report)).status).toBe(200);
    } finally {
      await stop();
      await svc.close();
    }
  });

  it('rate-limits anonymous uploads with rate_limited, not signed-in ones', async () => {
    const svc = await createApp(testConfig('embedded', { workers: false, rateLimitUploads: 2 }));
    const { base, stop } = await listen(svc.app);
    try {
      const org = await createOrg(svc.db, 'Ratesbury Council', 'la');
      const token = await userToken(svc.db, org, 'Cai Caseworker', 'caseworker');
      const post = (headers: Record<string, string> = {}) => fetch(`${base}/v1/documents`, { method: 'POST', body: form('hello', 'a.txt'), headers });
      expect((await post()).status).toBe(202);
      expect((await post()).status).toBe(202);
      const third = await post();
      expect(third.status).toBe(429);
      expect(((await third.json()) as Json).error.code).toBe('rate_limited');
      expect((await post({ authorization: `Bearer ${token}` })).status).toBe(202);
    } finally {
      await stop();
      await svc.close();
    }
  });
});
