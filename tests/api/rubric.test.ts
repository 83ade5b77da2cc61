// An organisation's rubric, end to end, on embedded defaults (PGlite + in-process queue) and on
// PostgreSQL + Redis: PUT/GET/DELETE /v1/rubric with roles and audit, an invalid rubric refused with
// its paths and lines, and the rubric reaching that organisation's reports and spot-checks and no
// one else's (another organisation, anonymous uploads).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { DEFAULT_RUBRIC_FILE } from '../../services/analyser/src/rubric.ts';
import { createApp, type App } from '../../services/api/src/app.ts';
import { getReport, rubricAuditForOrg } from '../../services/api/src/store.ts';
import { dropIsolated, form, listen, orgRubricYaml, samplePlan, seedAccounts, settle, testConfig, waitFor, type Backend } from './helpers.ts';

type Json = Record<string, any>;

const sha = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const DEFAULT_TEXT = readFileSync(DEFAULT_RUBRIC_FILE, 'utf8');
const DEFAULT_MESSAGE = /leaves it open whether, how much or how often/;

/** Rewrites one rule's message and level, and renames the bands: all visible in reports and aggregates. */
const NORTHSHIRE = orgRubricYaml('Northshire', '2026.3', '4.2');

for (const backend of ['embedded', 'scaled'] as Backend[]) {
  describe(`an organisation's rubric on ${backend === 'embedded' ? 'embedded defaults' : 'PostgreSQL and Redis'}`, () => {
    const config = testConfig(backend);
    let svc: App;
    let base: string;
    let stop: () => Promise<void>;
    const tokens: Record<string, string> = {};
    let la: string;

    beforeAll(async () => {
      svc = await createApp(config);
      ({ base, stop } = await listen(svc.app));
      const seeded = await seedAccounts(svc.db, { adviser: ['la', 'adviser'], admin: ['la', 'admin'], caseworker: ['la', 'caseworker'], otherAdviser: ['iass', 'adviser'] });
      la = seeded.la;
      Object.assign(tokens, seeded.tokens);
    });
    afterAll(async () => {
      await stop?.();
      await svc?.close();
      await dropIsolated(config);
    });

    const call = async (method: string, path: string, who?: string, body?: BodyInit, headers: Record<string, string> = {}) => {
      const r = await fetch(base + path, { method, headers: { ...(who ? { authorization: `Bearer ${tokens[who]}` } : {}), ...headers }, body });
      const text = await r.text();
      const json = r.headers.get('content-type')?.includes('json') && text ? (JSON.parse(text) as Json) : null;
      return { status: r.status, body: json as Json, text, type: r.headers.get('content-type') ?? '' };
    };
    const put = (yaml: string, who = 'adviser', type = 'application/yaml') => call('PUT', '/v1/rubric', who, yaml, { 'content-type': type });
    /** Uploads the sample plan and returns its finished report. */
    const reportOf = async (who?: string): Promise<Report> => {
      const up = await call('POST', '/v1/documents', who, form(samplePlan(), 'plan.md'));
      expect(up.status).toBe(202);
      const headers: Record<string, string> = who ? { authorization: `Bearer ${tokens[who]}` } : {};
      expect((await settle(base, up.body.links.self, headers, 60_000)).state).toBe('done');
      const r = await fetch(base + up.body.links.report, { headers: { ...headers, accept: 'application/json' } });
      return Report.parse(await r.json());
    };
    const vagueTerm = (r: Report) => r.findings.filter((f) => f.ruleId === 'provision.vague-term');

    it('answers the default rubric until one is set, as JSON and as its YAML text', async () => {
      const json = await call('GET', '/v1/rubric', 'caseworker');
      expect(json.status).toBe(200);
      expect(json.body).toMatchObject({ id: 'default', custom: false, sha256: sha(DEFAULT_TEXT), setAt: null, setBy: null });
      expect(json.body.rubric.rules['provision.vague-term'].message).toMatch(DEFAULT_MESSAGE);
      const yaml = await call('GET', '/v1/rubric', 'caseworker', undefined, { accept: 'application/yaml' });
      expect(yaml.type).toMatch(/^application\/yaml/);
      expect(yaml.text).toBe(DEFAULT_TEXT);
    });

    it('lets only the organisation\'s advisers and admins change it, and no one anonymous even read it', async () => {
      for (const m of ['GET', 'PUT', 'DELETE']) expect((await call(m, '/v1/rubric', undefined, m === 'PUT' ? NORTHSHIRE : undefined, { 'content-type': 'application/yaml' })).status).toBe(401);
      const cw = await put(NORTHSHIRE, 'caseworker');
      expect(cw.status).toBe(403);
      expect(cw.body.error.code).toBe('forbidden');
      expect((await call('DELETE', '/v1/rubric', 'caseworker')).status).toBe(403);
      expect((await call('GET', '/v1/rubric', 'adviser')).body.custom).toBe(false); // nothing was stored
      expect(await rubricAuditForOrg(svc.db, la)).toEqual([]);
    });

    it('refuses an invalid rubric with every problem by path and line, and keeps the one in force', async () => {
      const bad = ['extends: default', 'id: northshire', 'version: "1"', 'rules:', '  provision.vague-term:', '    severity: loud', 'addVagueTerms:', '  - { term: broken, pattern: "(unclosed", undermines: frequency, hedge: true }', ''].join('\n');
      const r = await put(bad);
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe('invalid_rubric');
      expect(r.body.error.message).toMatch(/2 problems/);
      expect(r.body.error.details).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'rules.provision.vague-term.severity', line: 6, message: expect.any(String) }),
          expect.objectContaining({ path: 'addVagueTerms.0.pattern', line: 8, message: expect.stringMatching(/regular expression/) }),
        ]),
      );
      const notYaml = await put('rules: [unclosed\n');
      expect(notYaml.status).toBe(422);
      expect(notYaml.body.error.details[0]).toMatchObject({ path: '', line: expect.any(Number) });
      const fileExtends = await put('extends: ../../../etc/passwd\n');
      expect(fileExtends.status).toBe(422);
      expect(fileExtends.body.error.details).toEqual([expect.objectContaining({ path: 'extends' })]);
      const badWord = await put('extends: default\nvocabulary:\n  preparingForAdulthood:\n    addWork: ["(unclosed"]\n');
      expect(badWord.status).toBe(422);
      expect(badWord.body.error.details).toEqual([expect.objectContaining({ path: 'vocabulary.preparingForAdulthood.addWork.0', line: 4, message: expect.stringMatching(/regular expression/) })]);
      expect((await put(NORTHSHIRE, 'adviser', 'application/json')).status).toBe(415);
      const huge = await put(`extends: default\n# ${'x'.repeat(300 * 1024)}\n`);
      expect(huge.status).toBe(413);
      expect(huge.body.error.code).toBe('file_too_large');
      expect((await call('GET', '/v1/rubric', 'adviser')).body.id).toBe('default');
      expect(await rubricAuditForOrg(svc.db, la)).toEqual([]);
    });

    let northshireReport: Report;

    it('sets the rubric (audited), answers it, and analyses the organisation\'s uploads with it', async () => {
      const set = await put(NORTHSHIRE);
      expect(set.status).toBe(200);
      expect(set.body).toEqual({ id: 'northshire', version: '2026.3', sha256: sha(NORTHSHIRE) });
      const got = await call('GET', '/v1/rubric', 'caseworker');
      expect(got.body).toMatchObject({ id: 'northshire', version: '2026.3', sha256: sha(NORTHSHIRE), custom: true, setBy: expect.stringMatching(/^user:/) });
      expect(new Date(got.body.setAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(got.body.rubric.bands.map((b: Json) => b.name)).toEqual(['meets our standard', 'below our standard']);
      expect((await call('GET', '/v1/rubric', 'caseworker', undefined, { accept: 'application/yaml' })).text).toBe(NORTHSHIRE);

      const audit = await rubricAuditForOrg(svc.db, la);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'set', rubric_id: 'northshire', version: '2026.3', sha256: sha(NORTHSHIRE), actor: expect.stringMatching(/^user:/) });

      northshireReport = await reportOf('caseworker');
      expect(northshireReport.rubric).toEqual({ id: 'northshire', version: '2026.3', sha256: sha(NORTHSHIRE) });
      expect(vagueTerm(northshireReport).length).toBeGreaterThan(0);
      for (const f of vagueTerm(northshireReport)) {
        expect(f.message).toMatch(/^Northshire standard 4\.2: ".+" must be replaced by an amount\.$/);
        expect(f.severity).toBe('warning');
      }
      expect(['meets our standard', 'below our standard']).toContain(northshireReport.score.band);
    });

    it('leaves another organisation and anonymous uploads on the default', async () => {
      expect((await call('GET', '/v1/rubric', 'otherAdviser')).body).toMatchObject({ id: 'default', custom: false });
      for (const who of ['otherAdviser', undefined]) {
        const r = await reportOf(who);
        expect(r.rubric).toEqual({ id: 'default', version: expect.any(String), sha256: sha(DEFAULT_TEXT) });
        expect(vagueTerm(r).length).toBe(vagueTerm(northshireReport).length); // the same plan, the same hits…
        for (const f of vagueTerm(r)) {
          expect(f.message).toMatch(DEFAULT_MESSAGE); // …in the default's words and level
          expect(f.severity).toBe('error');
        }
        expect(['good', 'needs work', 'poor']).toContain(r.score.band);
      }
    });

    it('analyses the organisation\'s spot-checks with it, and adds them up in its bands; another organisation\'s in the default\'s', async () => {
      const spot = async (who: string) => {
        const fd = new FormData();
        fd.append('sampleSize', '2');
        fd.append('seed', 'rubric');
        for (const i of [1, 2, 3]) fd.append('file', new Blob([samplePlan(i)]), `plan-${i}.md`);
        const created = await call('POST', '/v1/spot-checks', who, fd);
        expect(created.status).toBe(202);
        return waitFor(async () => {
          const r = await call('GET', created.body.links.self, who);
          return r.body.aggregate.progress.pending === 0 ? r.body : undefined;
        }, 90_000, 100);
      };
      const [mine, theirs] = [await spot('adviser'), await spot('otherAdviser')];
      expect(mine.aggregate.progress.done).toBe(2);
      expect(mine.aggregate.bands.map((b: Json) => b.band)).toEqual(['meets our standard', 'below our standard']);
      expect(mine.aggregate.bands.reduce((n: number, b: Json) => n + b.plans, 0)).toBe(2);
      expect(theirs.aggregate.bands.map((b: Json) => b.band)).toEqual(['good', 'needs work', 'poor']);
      for (const p of mine.plans) {
        const r = Report.parse((await call('GET', p.links.report, 'adviser', undefined, { accept: 'application/json' })).body);
        expect(r.rubric.id).toBe('northshire');
        expect(vagueTerm(r).every((f) => f.message.startsWith('Northshire standard 4.2'))).toBe(true);
      }
    });

    it('returns to the default on DELETE (audited); reports already written keep the rubric they were made with', async () => {
      const del = await call('DELETE', '/v1/rubric', 'admin');
      expect(del.status).toBe(204);
      expect((await call('GET', '/v1/rubric', 'caseworker')).body).toMatchObject({ id: 'default', custom: false, sha256: sha(DEFAULT_TEXT) });
      const audit = await rubricAuditForOrg(svc.db, la);
      expect(audit.map((a) => a.action)).toEqual(['deleted', 'set']);
      expect(audit[0]).toMatchObject({ rubric_id: 'northshire', sha256: sha(NORTHSHIRE) });
      expect((await call('DELETE', '/v1/rubric', 'admin')).status).toBe(204); // already the default: nothing to audit
      expect(await rubricAuditForOrg(svc.db, la)).toHaveLength(2);

      const after = await reportOf('caseworker');
      expect(after.rubric.id).toBe('default');
      expect(vagueTerm(after).every((f) => DEFAULT_MESSAGE.test(f.message))).toBe(true);
      // Reports are stored sealed: read them back the way the service does.
      const ids = (await svc.db.query<{ id: string }>('SELECT r.document_id AS id FROM reports r JOIN documents d ON d.id = r.document_id WHERE d.org_id = $1', [la])).rows.map((r) => r.id);
      const rows = await Promise.all(ids.map(async (id) => (await getReport(svc.db, id))?.rubric.id));
      expect(rows).toContain('northshire');
      expect(rows).toContain('default');
    });

    it('turns a rule off with the shorthand `rules: { id: off }` for that organisation only', async () => {
      const off = 'extends: default\nid: no-vague-terms\nversion: "1"\nrules:\n  provision.vague-term: off\n';
      expect((await put(off)).status).toBe(200);
      const ours = await reportOf('caseworker');
      expect(ours.rubric).toMatchObject({ id: 'no-vague-terms', sha256: sha(off) });
      expect(vagueTerm(ours)).toEqual([]);
      expect(ours.findings.length).toBeGreaterThan(0); // the other rules still run
      expect(vagueTerm(await reportOf('otherAdviser')).length).toBeGreaterThan(0);
      expect((await call('DELETE', '/v1/rubric', 'adviser')).status).toBe(204);
    });

    it('serves its changes, and spot-check events, in GET /v1/audit beside the documents\' events (admins only)', async () => {
      expect((await call('GET', '/v1/audit', 'adviser')).status).toBe(403);
      const r = await call('GET', '/v1/audit?limit=500', 'admin');
      expect(r.status).toBe(200);
      const events: Json[] = r.body.events;
      const rubricEvents = events.filter((e) => e.action.startsWith('rubric_'));
      expect(rubricEvents.map((e) => [e.action, e.rubric.id])).toEqual([
        ['rubric_deleted', 'no-vague-terms'],
        ['rubric_set', 'no-vague-terms'],
        ['rubric_deleted', 'northshire'],
        ['rubric_set', 'northshire'],
      ]);
      expect(rubricEvents[3]).toEqual({ id: expect.any(String), at: expect.any(String), actor: expect.stringMatching(/^user:/), action: 'rubric_set', rubric: { id: 'northshire', version: '2026.3', sha256: sha(NORTHSHIRE) } });
      // The organisation's one spot-check (the other organisation's is not here), read while it ran.
      const spot = events.filter((e) => e.action.startsWith('spot_check_'));
      expect(spot.filter((e) => e.action === 'spot_check_created')).toHaveLength(1);
      expect(spot.some((e) => e.action === 'spot_check_read')).toBe(true);
      for (const e of spot) expect(Object.keys(e).sort()).toEqual(['action', 'actor', 'at', 'id', 'spotCheckId']);
      expect(new Set(spot.map((e) => e.spotCheckId)).size).toBe(1);
      expect(events.filter((e) => e.action === 'created').every((e) => typeof e.documentId === 'string')).toBe(true);
      const times = events.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      // One document's events are that document's only.
      const doc = events.find((e) => e.action === 'created')!.documentId;
      const one = await call('GET', `/v1/audit?documentId=${doc}`, 'admin');
      expect(one.body.events.length).toBeGreaterThan(0);
      expect(one.body.events.every((e: Json) => e.documentId === doc)).toBe(true);
    });

    it('describes the routes in /openapi.json', async () => {
      const doc = (await call('GET', '/openapi.json')).body;
      expect(Object.keys(doc.paths['/v1/rubric']).sort()).toEqual(['delete', 'get', 'put']);
      expect(doc.paths['/v1/rubric'].put.requestBody.content).toHaveProperty('application/yaml');
      expect(doc.paths['/v1/rubric'].put.responses['422'].content['application/json'].schema.$ref).toMatch(/InvalidRubric/);
    });
  });
}
