// File names are cleaned once, at the boundary (ingest/src/file-name.ts), for every route and page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanFileName, decodeExtValue } from '../../services/ingest/src/file-name.ts';
import { entryName } from '../../services/ingest/src/zip.ts';
import { createApp, type App } from '../../services/api/src/app.ts';
import { createOrg } from '../../services/api/src/accounts.ts';
import { listen, settle, testConfig, userToken, pngBytes } from './helpers.ts';

type Json = Record<string, any>;

describe('cleanFileName', () => {
  it.each([
    ['plan.pdf', 'plan.pdf'],
    ['C:\\Users\\pip\\Documents\\plan.pdf', 'plan.pdf'],
    ['plans/2026/Pip final.docx', 'Pip final.docx'],
    ['bad\u202Efdp.exe', 'badfdp.exe'],
    ['a\u0000b\u001fc\u007f\u0085.txt', 'abc.txt'],
    ['\u2066x\u2069\u200b\ufeff.md', 'x.md'],
    ["UTF-8''Pip%E2%80%99s%20plan.pdf", 'Pip’s plan.pdf'],
    ["UTF-8''evil%E2%80%AEfdp.exe", 'evilfdp.exe'],
    ["UTF-8''dir%2Fsub%2Fplan.md", 'plan.md'],
    ['  lots   of   space .md ', 'lots of space .md'],
    ['../..', 'upload'],
    ['\u202E', 'upload'],
    ['', 'upload'],
  ])('%j -> %j', (raw, want) => {
    expect(cleanFileName(raw)).toBe(want);
  });

  it('keeps names under 255 characters with their extension, never splitting a character', () => {
    const long = cleanFileName(`${'😀'.repeat(300)}.pdf`);
    expect([...long].length).toBe(255);
    expect(long.endsWith('….pdf')).toBe(true);
    expect(long).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('leaves text that is not an RFC 5987 value alone', () => {
    expect(decodeExtValue("Pip's plan.pdf")).toBe("Pip's plan.pdf");
    expect(decodeExtValue("utf-8'en'%ZZ")).toBe("utf-8'en'%ZZ");
  });

  it('zip entries are stripped the same way, path kept', () => {
    expect(entryName('dir/\u202Eplan\u0001.md')).toBe('dir/plan.md');
  });
});

describe('names through the API', () => {
  let app: App;
  let base: string;
  let stop: () => Promise<void>;
  let auth: Record<string, string>;

  beforeAll(async () => {
    app = await createApp(testConfig('embedded'));
    ({ base, stop } = await listen(app.app));
    const org = await createOrg(app.db, 'Nameshire County Council', 'la');
    auth = { authorization: `Bearer ${await userToken(app.db, org, 'Nia Name', 'caseworker')}` };
  }, 60_000);
  afterAll(async () => {
    await stop?.();
    await app?.close();
  });

  /** A multipart body written by hand, so the filename* parameter goes exactly as given. */
  async function rawUpload(disposition: string, body: Uint8Array | string) {
    const boundary = 'XyZ123boundary';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const r = await fetch(`${base}/v1/documents`, { method: 'POST', headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` }, body: Buffer.concat([head, Buffer.from(body), tail]) });
    return { status: r.status, body: (await r.json()) as Json };
  }

  it('decodes filename*, strips bidi and control characters, keeps the base name; a failed document keeps its name', async () => {
    const ok = await rawUpload(`filename="x.md"; filename*=UTF-8''plans%2FPip%E2%80%AE%01%20plan.md`, '# Section F\n\nPip will have speech and language therapy for 30 minutes weekly.\n');
    expect(ok.status).toBe(202);
    const bad = await rawUpload(`filename="scans/photo\u202Egnp.pdf"`, pngBytes());
    expect(bad.status).toBe(202);
    expect((await settle(base, ok.body.links.self, auth)).state).toBe('done');
    expect((await settle(base, bad.body.links.self, auth)).state).toBe('failed');
    const list = (await (await fetch(`${base}/v1/documents`, { headers: auth })).json()) as Json;
    const names = Object.fromEntries(list.documents.map((d: Json) => [d.id, d.name]));
    expect(names[ok.body.id]).toBe('Pip plan.md');
    expect(names[bad.body.id]).toBe('photognp.pdf');
    const report = (await (await fetch(`${base}${ok.body.links.report}`, { headers: auth })).json()) as Json;
    expect(report.document.name).toBe('Pip plan.md');
  }, 60_000);
});
