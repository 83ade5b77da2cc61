// Spot-checks end to end, on embedded defaults (PGlite + in-process queue) and on PostgreSQL + Redis:
// creation from files and from a zip, reproducible draws, the aggregate against the stored reports,
// the CSV, access, failure of one plan, and deletion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { createApp, type App } from '../../services/api/src/app.ts';
import { dropIsolated, listen, seedAccounts, makePdf, pngBytes, samplePlan, testConfig, waitFor, type Backend } from './helpers.ts';
import { parseCsv } from './spot-check-helpers.ts';

type Json = Record<string, any>;

/** Distinct plans: some good, some poor, so that rules and scores vary. */
function plan(i: number): string {
  const base = samplePlan(i);
  if (i % 3 === 0) return base.replace('- Pip will be happier.\n', '').replace('regular speech and language therapy as required', 'speech and language therapy from a speech and language therapist for 45 minutes once a week');
  if (i % 3 === 1) return base.replace('Status: Final. Year 10.', 'Status: Draft. Year 4.');
  return base.replace('## Section G: Health provision\n\n- The school nurse will review the asthma care plan every term.\n', '## Section G: Health provision\n\nNone.\n');
}

const PLANS = Array.from({ length: 7 }, (_, i) => ({ name: `plan-${i + 1}.md`, bytes: strToU8(plan(i + 1)) }));

function filesForm(files: { name: string; bytes: Uint8Array }[], fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  for (const f of files) fd.append('file', new Blob([new Uint8Array(f.bytes)]), f.name);
  return fd;
}

for (const backend of ['embedded', 'scaled'] as Backend[]) {
  describe(`spot-checks on ${backend === 'embedded' ? 'embedded defaults' : 'PostgreSQL and Redis'}`, () => {
    const config = testConfig(backend, { maxUploadBytes: 2_000_000 });
    let svc: App;
    let base: string;
    let stop: () => Promise<void>;
    const tokens: Record<string, string> = {};
    let laOrg: string;

    beforeAll(async () => {
      svc = await createApp(config);
      ({ base, stop } = await listen(svc.app));
      const seeded = await seedAccounts(svc.db, { adviser: ['la', 'adviser'], adviser2: ['la', 'adviser'], caseworker: ['la', 'caseworker'], admin: ['la', 'admin'], otherOrg: ['iass', 'adviser'] });
      laOrg = seeded.la;
      Object.assign(tokens, seeded.tokens);
    });
    afterAll(async () => {
      await stop?.();
      await svc?.close();
      await dropIsolated(config);
    });

    const as = (who?: string): Record<string, string> => (who ? { authorization: `Bearer ${tokens[who]}` } : {});
    const call = async (method: string, path: string, who?: string, body?: FormData, headers: Record<string, string> = {}) => {
      const r = await fetch(base + path, { method, headers: { ...as(who), ...headers }, body });
      const text = await r.text();
      const json = r.headers.get('content-type')?.includes('json') && text ? (JSON.parse(text) as Json) : null;
      return { status: r.status, body: json as Json, text, type: r.headers.get('content-type') ?? '' };
    };
    const create = (files: { name: string; bytes: Uint8Array }[], fields: Record<string, string>, who = 'adviser') => call('POST', '/v1/spot-checks', who, filesForm(files, fields));
    const settled = (self: string, who = 'adviser') =>
      waitFor(async () => {
        const r = await call('GET', self, who);
        return r.body.aggregate.progress.pending === 0 ? r.body : undefined;
      }, 60_000, 100);
    const orgDocumentCount = async () => Number((await svc.db.query<{ n: string }>('SELECT count(*) AS n FROM documents WHERE org_id = $1', [laOrg])).rows[0].n);

    let first: Json;

    it('creates a spot-check from several files, storing only the sample', async () => {
      const before = await orgDocumentCount();
      const r = await create(PLANS, { sampleSize: '4', seed: 'northshire 2026-Q4' });
      expect(r.status).toBe(202);
      expect(r.body).toMatchObject({ seed: 'northshire 2026-Q4', sampleSize: 4, requestedSampleSize: 4, population: 7 });
      expect(r.body.links.self).toBe(`/v1/spot-checks/${r.body.id}`);
      expect(await orgDocumentCount()).toBe(before + 4); // the other three were never stored
      first = await settled(r.body.links.self);
      expect(first.plans).toHaveLength(4);
      expect(first.plans.every((p: Json) => p.state === 'done')).toBe(true);
      expect(first.aggregate.progress).toEqual({ total: 4, done: 4, failed: 0, pending: 0 });
      expect(first.plans.map((p: Json) => p.position)).toEqual([1, 2, 3, 4]);
      for (const p of first.plans) expect(p.links.report).toBe(`/v1/documents/${p.documentId}/report`);
    });

    it('draws the same sample from the same plans and seed, whatever their order, as files or as a zip', async () => {
      const names = (b: Json) => b.plans.map((p: Json) => p.name);
      const again = await create([...PLANS].reverse(), { sampleSize: '4', seed: 'northshire 2026-Q4' });
      expect(again.status).toBe(202);
      const b = (await call('GET', again.body.links.self, 'adviser')).body;
      expect(names(b)).toEqual(names(first));

      const zip = zipSync({ ...Object.fromEntries(PLANS.map((p) => [p.name, p.bytes])), '__MACOSX/._plan-1.md': strToU8('junk'), '.DS_Store': strToU8('junk'), 'empty-dir/': new Uint8Array(0) });
      const fromZip = await create([{ name: 'plans.zip', bytes: zip }], { sampleSize: '4', seed: 'northshire 2026-Q4' });
      expect(fromZip.status).toBe(202);
      expect(fromZip.body.population).toBe(7);
      const z = await settled(fromZip.body.links.self);
      expect(names(z)).toEqual(names(first));
      expect(z.aggregate.progress.done).toBe(4);

      const other = await create(PLANS, { sampleSize: '4', seed: 'a different seed' });
      const o = (await call('GET', other.body.links.self, 'adviser')).body;
      expect(o.plans).toHaveLength(4);
      // Different seed, different draw (35 possible samples: this pair is checked to differ).
      expect(names(o)).not.toEqual(names(first));
    });

    it('generates and records a seed when none is given; takes everything when the sample is larger', async () => {
      const r = await create(PLANS.slice(0, 3), { sampleSize: '10' });
      expect(r.status).toBe(202);
      expect(r.body.seed).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
      expect(r.body).toMatchObject({ sampleSize: 3, requestedSampleSize: 10, population: 3 });
      const got = (await call('GET', r.body.links.self, 'adviser')).body;
      expect(got).toMatchObject({ seed: r.body.seed, seedGenerated: true });
      expect(got.plans.map((p: Json) => p.name).sort()).toEqual(['plan-1.md', 'plan-2.md', 'plan-3.md']);
      expect(first.seedGenerated).toBe(false);
    });

    it('aggregates exactly what the stored reports say', async () => {
      const reports: Report[] = [];
      for (const p of first.plans) {
        const r = await call('GET', p.links.report, 'adviser');
        expect(r.status).toBe(200);
        reports.push(Report.parse(r.body));
      }
      const agg = first.aggregate;
      // Per rule: the number of plans with at least one finding of it.
      const ruleIds = new Set(reports.flatMap((r) => r.findings.map((f) => f.ruleId)));
      expect(ruleIds.size).toBeGreaterThan(1);
      for (const id of ruleIds) {
        const rule = agg.rules.find((x: Json) => x.ruleId === id);
        expect(rule.plans, id).toBe(reports.filter((r) => r.findings.some((f) => f.ruleId === id)).length);
        expect(rule.findings, id).toBe(reports.reduce((n, r) => n + r.findings.filter((f) => f.ruleId === id).length, 0));
      }
      for (const rule of agg.rules) if (!ruleIds.has(rule.ruleId)) expect(rule.plans).toBe(0);
      // Per section: mean, min, max and count of the scored sections.
      for (const s of agg.sections) {
        const scores = reports.map((r) => r.sections.find((x) => x.key === s.key)?.score).filter((x): x is number => typeof x === 'number');
        expect(s.count, s.key).toBe(scores.length);
        expect(s.min, s.key).toBe(Math.min(...scores));
        expect(s.max, s.key).toBe(Math.max(...scores));
        expect(s.mean, s.key).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 1);
      }
      expect(agg.sections.map((s: Json) => s.key)).toContain('F');
      const overall = reports.map((r) => r.score.overall);
      expect(agg.overall.mean).toBeCloseTo(overall.reduce((a, b) => a + b, 0) / overall.length, 1);
      // Bands: every done plan counted once, in its band.
      for (const b of agg.bands) expect(b.plans, b.band).toBe(reports.filter((r) => r.score.band === b.band).length);
      expect(agg.bands.reduce((n: number, b: Json) => n + b.plans, 0)).toBe(4);
      for (const p of first.plans) expect(p.score).toBe(reports[p.position - 1].score.overall);
    });

    it('gives the per-plan table as CSV, one row per sampled plan', async () => {
      const r = await call('GET', `/v1/spot-checks/${first.id}`, 'adviser', undefined, { accept: 'text/csv' });
      expect(r.status).toBe(200);
      expect(r.type).toMatch(/^text\/csv/);
      const rows = parseCsv(r.text);
      expect(rows).toHaveLength(1 + 4);
      const header = rows[0];
      for (const col of ['name', 'state', 'overall_score', 'band', 'section_F_score', 'error_findings', 'warning_findings', 'non_specific_provisions', 'non_smart_outcomes']) expect(header).toContain(col);
      const rec = rows.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
      expect(rec.map((x) => x.name)).toEqual(first.plans.map((p: Json) => p.name));
      expect(rec.map((x) => Number(x.overall_score))).toEqual(first.plans.map((p: Json) => p.score));
      const viaQuery = await call('GET', `/v1/spot-checks/${first.id}?format=csv`, 'adviser');
      expect(viaQuery.text).toBe(r.text);
    });

    it('a bad file fails alone and shows as failed in the aggregate', async () => {
      const r = await create([...PLANS.slice(0, 3), { name: 'scan.png', bytes: pngBytes() }, { name: 'letter.pdf', bytes: makePdf(['Dear parent,', 'This is not a plan.']) }], { sampleSize: '5', seed: 'bad one' });
      expect(r.status).toBe(202);
      const got = await settled(r.body.links.self);
      expect(got.aggregate.progress).toEqual({ total: 5, done: 4, failed: 1, pending: 0 });
      const failed = got.plans.filter((p: Json) => p.state === 'failed');
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ name: 'scan.png', score: null, error: { code: 'unsupported_media_type' } });
      expect(got.aggregate.bands.reduce((n: number, b: Json) => n + b.plans, 0)).toBe(4);
      const csv = parseCsv((await call('GET', `${r.body.links.self}?format=csv`, 'adviser')).text);
      const h = csv[0];
      const png = csv.find((row) => row[h.indexOf('name')] === 'scan.png')!;
      expect(png[h.indexOf('state')]).toBe('failed');
      expect(png[h.indexOf('error_code')]).toBe('unsupported_media_type');
    });

    it('validates the request', async () => {
      for (const fields of [{}, { sampleSize: '0' }, { sampleSize: 'three' }, { sampleSize: '2.5' }, { sampleSize: '-1' }, { sampleSize: '2', seed: 'x'.repeat(65) }, { sampleSize: '2', seed: '<script>' }]) {
        const r = await create(PLANS.slice(0, 2), fields as Record<string, string>);
        expect([JSON.stringify(fields), r.status, r.body.error.code]).toEqual([JSON.stringify(fields), 400, 'invalid_request']);
      }
      const none = await call('POST', '/v1/spot-checks', 'adviser', filesForm([], { sampleSize: '2' }));
      expect([none.status, none.body.error.code]).toEqual([400, 'invalid_request']);
      const onlyJunk = await create([{ name: 'junk.zip', bytes: zipSync({ '__MACOSX/x': strToU8('x'), 'd/': new Uint8Array(0) }) }], { sampleSize: '2' });
      expect([onlyJunk.status, onlyJunk.body.error.code]).toEqual([400, 'invalid_request']);
    });

    it('refuses a zip bomb before storing anything', async () => {
      const before = await orgDocumentCount();
      const bomb = zipSync({ 'a.md': new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
      expect(bomb.length).toBeLessThan(config.maxUploadBytes);
      const r = await create([{ name: 'bomb.zip', bytes: bomb }], { sampleSize: '1' });
      expect([r.status, r.body.error.code]).toEqual([413, 'file_too_large']);
      expect(await orgDocumentCount()).toBe(before);
    });

    it('access: no token 401, caseworker 403, another organisation 404', async () => {
      const self = `/v1/spot-checks/${first.id}`;
      for (const [method, path] of [['POST', '/v1/spot-checks'], ['GET', '/v1/spot-checks'], ['GET', self], ['DELETE', self]] as const) {
        const body = method === 'POST' ? filesForm(PLANS.slice(0, 1), { sampleSize: '1' }) : undefined;
        const none = await call(method, path, undefined, body);
        expect([method, path, none.status, none.body.error.code]).toEqual([method, path, 401, 'unauthorised']);
        const cw = await call(method, path, 'caseworker', method === 'POST' ? filesForm(PLANS.slice(0, 1), { sampleSize: '1' }) : undefined);
        expect([method, path, cw.status, cw.body.error.code]).toEqual([method, path, 403, 'forbidden']);
      }
      for (const method of ['GET', 'DELETE']) {
        const other = await call(method, self, 'otherOrg');
        expect([method, other.status, other.body.error.code]).toEqual([method, 404, 'not_found']);
      }
      expect((await call('GET', '/v1/spot-checks/not-a-uuid', 'adviser')).status).toBe(404);
      const theirs = await call('GET', '/v1/spot-checks', 'otherOrg');
      expect(theirs.body.spotChecks).toEqual([]);
      const ours = await call('GET', '/v1/spot-checks', 'adviser2');
      expect(ours.body.spotChecks.map((s: Json) => s.id)).toContain(first.id);
      expect(ours.body.spotChecks.find((s: Json) => s.id === first.id)).toMatchObject({ sampleSize: 4, population: 7, progress: { total: 4, done: 4, failed: 0, pending: 0 } });
      // Colleagues may read it; only its maker or an admin may delete it.
      expect((await call('GET', self, 'adviser2')).status).toBe(200);
      expect((await call('DELETE', self, 'adviser2')).body.error.code).toBe('forbidden');
    });

    it('deletion removes the spot-check and every document in it, and the audit holds ids only', async () => {
      const r = await create(PLANS, { sampleSize: '3', seed: 'to delete' });
      const got = await settled(r.body.links.self);
      const docIds = got.plans.map((p: Json) => p.documentId);
      await call('GET', `${r.body.links.self}?format=csv`, 'adviser');
      const del = await call('DELETE', r.body.links.self, 'admin');
      expect(del.status).toBe(204);
      expect((await call('GET', r.body.links.self, 'adviser')).status).toBe(404);
      expect((await call('DELETE', r.body.links.self, 'admin')).status).toBe(404);
      for (const id of docIds) expect((await call('GET', `/v1/documents/${id}`, 'adviser')).status).toBe(404);
      for (const table of ['documents', 'reports', 'structured_documents', 'document_bytes']) {
        const col = table === 'documents' ? 'id' : 'document_id';
        expect((await svc.db.query(`SELECT 1 FROM ${table} WHERE ${col} = ANY($1::text[])`, [docIds])).rows, table).toEqual([]);
      }
      expect((await svc.db.query('SELECT 1 FROM spot_check_documents WHERE spot_check_id = $1', [r.body.id])).rows).toEqual([]);
      const events = (await svc.db.query<{ action: string; actor: string }>('SELECT substr(action, 12) AS action, actor FROM audit_log WHERE spot_check_id = $1 ORDER BY id', [r.body.id])).rows;
      expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['created', 'read', 'exported', 'deleted']));
      const docAudit = (await svc.db.query<{ action: string }>('SELECT action FROM audit_log WHERE document_id = ANY($1::text[])', [docIds])).rows.map((e) => e.action);
      expect(docAudit.filter((a) => a === 'deleted')).toHaveLength(3);
      const allAudit = JSON.stringify((await svc.db.query('SELECT * FROM audit_log')).rows);
      expect(allAudit).not.toContain('plan-');
      expect(allAudit).not.toContain('Pip');
    });

    it('is described in the OpenAPI document', async () => {
      const doc = (await call('GET', '/openapi.json')).body;
      expect(doc.paths['/v1/spot-checks'].post.responses['202']).toBeDefined();
      expect(doc.paths['/v1/spot-checks/{id}'].get.responses['200'].content['text/csv']).toBeDefined();
      expect(doc.components.schemas.SpotCheck.properties.aggregate).toBeDefined();
    });
  });
}
