// POST/GET/DELETE /v1/comparisons: the same access rules as documents (capability key for anonymous
// callers, the organisation for signed-in ones), every representation, and deletion that is total.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { createApp, type App } from '../../services/api/src/app.ts';
import { Comparison } from '../../services/analyser/src/compare/schema.ts';
import { dropIsolated, listen, pngBytes, samplePlan, seedAccounts, testConfig } from '../api/helpers.ts';

const OLD = samplePlan(1);
const NEW = OLD.replace('- A specialist teacher will deliver 30 minutes of 1:1 literacy support three times a week.', '- A teaching assistant will deliver 30 minutes of 1:1 literacy support once a week.');

function pair(a: Uint8Array | string, b: Uint8Array | string, names = ['old.md', 'new.md']): FormData {
  const f = new FormData();
  f.append('old', new Blob([a as BlobPart]), names[0]);
  f.append('new', new Blob([b as BlobPart]), names[1]);
  return f;
}

describe('/v1/comparisons', () => {
  const config = testConfig('embedded');
  let svc: App;
  let base: string;
  let stop: () => Promise<void>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    svc = await createApp(config);
    ({ base, stop } = await listen(svc.app));
    Object.assign(tokens, (await seedAccounts(svc.db, { caseworker: ['la', 'caseworker'], colleague: ['la', 'caseworker'], admin: ['la', 'admin'], otherOrg: ['iass', 'adviser'] })).tokens);
  });
  afterAll(async () => {
    await stop?.();
    await svc?.close();
    await dropIsolated(config);
  });

  const as = (who?: string): Record<string, string> => (who ? { authorization: `Bearer ${tokens[who]}` } : {});
  const post = async (who?: string, body = pair(OLD, NEW)) => {
    const r = await fetch(`${base}/v1/comparisons`, { method: 'POST', headers: as(who), body });
    return { status: r.status, body: (await r.json()) as any };
  };

  it('an anonymous comparison answers the contract object with a capability link; without the key it is out of reach', async () => {
    const { status, body } = await post();
    expect(status).toBe(201);
    expect(body.links.self).toMatch(/^\/v1\/comparisons\/[0-9a-f-]{36}\?key=/);
    const c = Comparison.parse(body);
    expect(c.changes.find((ch) => ch.kind === 'reduced')?.detail).toMatch(/three times a week became .*once a week|"a specialist teacher" became "a teaching assistant"/);
    const self = body.links.self as string;
    const json = await fetch(base + self);
    expect(json.status).toBe(200);
    expect(Comparison.parse(await json.json()).changes).toEqual(c.changes);
    const bare = self.replace(/\?key=.*/, '');
    expect((await fetch(base + bare)).status).toBe(401);
    expect((await fetch(`${base}${bare}?key=wrong-key-wrong-key`)).status).toBe(404);
    expect((await fetch(base + bare, { headers: as('caseworker') })).status).toBe(404);
  });

  it('answers HTML, CSV and DOCX by Accept or ?format', async () => {
    const self = (await post()).body.links.self as string;
    const html = await fetch(base + self, { headers: { accept: 'text/html' } });
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(await html.text()).toMatch(/<h1>What changed in this plan<\/h1>/);
    const csv = await fetch(`${base}${self}&format=csv`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^section,about,kind,/);
    const docx = await fetch(base + self, { headers: { accept: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(await docx.arrayBuffer()) });
    expect(value).toContain('Why it matters');
  });

  it('a signed-in comparison belongs to the organisation: colleagues read it, other organisations and anonymous callers do not', async () => {
    const { status, body } = await post('caseworker');
    expect(status).toBe(201);
    expect(body.links.self).toBe(`/v1/comparisons/${body.id}`);
    expect((await fetch(base + body.links.self, { headers: as('colleague') })).status).toBe(200);
    expect((await fetch(base + body.links.self, { headers: as('otherOrg') })).status).toBe(404);
    expect((await fetch(base + body.links.self)).status).toBe(401);
    // Only its creator or an admin deletes it.
    expect((await fetch(base + body.links.self, { method: 'DELETE', headers: as('colleague') })).status).toBe(403);
    expect((await fetch(base + body.links.self, { method: 'DELETE', headers: as('admin') })).status).toBe(204);
    expect((await fetch(base + body.links.self, { headers: as('caseworker') })).status).toBe(404);
  });

  it('deleting removes it everywhere: every link answers 404 and no row is left', async () => {
    const { body } = await post();
    expect((await fetch(base + body.links.self, { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(base + body.links.self)).status).toBe(404);
    const rows = await svc.db.query('SELECT id FROM comparisons WHERE id = $1', [body.id]);
    expect(rows.rowCount).toBe(0);
  });

  it('refuses a bad version with its code and stores nothing; a missing field is invalid_request', async () => {
    const before = (await svc.db.query('SELECT count(*)::int AS n FROM comparisons')).rows[0] as { n: number };
    const bad = await post(undefined, pair(pngBytes(), NEW, ['old.pdf', 'new.md']));
    expect(bad.status).toBe(415);
    expect(bad.body.error.code).toBe('unsupported_media_type');
    expect(bad.body.error.message).toMatch(/old version/);
    const after = (await svc.db.query('SELECT count(*)::int AS n FROM comparisons')).rows[0] as { n: number };
    expect(after.n).toBe(before.n);
    const f = new FormData();
    f.append('old', new Blob([OLD]), 'old.md');
    const missing = await fetch(`${base}/v1/comparisons`, { method: 'POST', body: f });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as any).error.code).toBe('invalid_request');
  });

  it("a signed-in organisation's comparison reads both versions with the organisation's rubric", async () => {
    // "flexibly" is not vague in the default rubric; this organisation counts it as a hedge.
    const hedged = OLD.replace('literacy support three times a week.', 'literacy support three times a week, flexibly.');
    const yaml = 'extends: default\nid: la-standard\nversion: "1"\naddVagueTerms:\n  - { term: flexibly, pattern: "flexibly", undermines: frequency, hedge: true }\n';
    const put = await fetch(`${base}/v1/rubric`, { method: 'PUT', headers: { ...as('admin'), 'content-type': 'application/yaml' }, body: yaml });
    expect(put.status).toBe(200);
    try {
      const kindOf = (c: Comparison) => c.changes.find((ch) => ch.after?.text.includes('flexibly'))?.kind;
      expect(kindOf(Comparison.parse((await post(undefined, pair(OLD, hedged))).body))).toBe('unchanged');
      expect(kindOf(Comparison.parse((await post('caseworker', pair(OLD, hedged))).body))).toBe('weakened');
      // Another organisation still has the default.
      expect(kindOf(Comparison.parse((await post('otherOrg', pair(OLD, hedged))).body))).toBe('unchanged');
    } finally {
      await fetch(`${base}/v1/rubric`, { method: 'DELETE', headers: as('admin') });
    }
  });

  it("labels an organisation's comparison page and DOCX in its rubric's words, and no one else's", async () => {
    const yaml = 'extends: default\nid: la-own\nversion: "1"\ncomparison:\n  labels:\n    kinds: { reduced: Cut (LA) }\n    heading: What changed (LA)\n';
    const put = await fetch(`${base}/v1/rubric`, { method: 'PUT', headers: { ...as('admin'), 'content-type': 'application/yaml' }, body: yaml });
    expect(put.status).toBe(200);
    try {
      const own = (await post('caseworker')).body.links.self as string;
      const html = await (await fetch(`${base}${own}${own.includes('?') ? '&' : '?'}format=html`, { headers: as('caseworker') })).text();
      expect(html).toContain('What changed (LA)');
      expect(html).toContain('>Cut (LA)<');
      const docx = Buffer.from(await (await fetch(`${base}${own}${own.includes('?') ? '&' : '?'}format=docx`, { headers: as('caseworker') })).arrayBuffer());
      expect((await mammoth.extractRawText({ buffer: docx })).value).toContain('Cut (LA)');
      const anon = (await post()).body.links.self as string;
      const page = await (await fetch(`${base}${anon}&format=html`)).text();
      expect(page).toContain('What changed in this plan');
      expect(page).not.toContain('(LA)');
    } finally {
      await fetch(`${base}/v1/rubric`, { method: 'DELETE', headers: as('admin') });
    }
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${base}/openapi.json`)).json()) as any;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/comparisons', '/v1/comparisons/{id}']));
    expect(doc.components.schemas.Comparison.properties.changes.items.properties.kind.enum).toContain('weakened');
  });

  it('an expired anonymous comparison is out of reach', async () => {
    const { body } = await post();
    await svc.db.query("UPDATE comparisons SET expires_at = now() - interval '1 minute' WHERE id = $1", [body.id]);
    expect((await fetch(base + body.links.self)).status).toBe(404);
  });
});
