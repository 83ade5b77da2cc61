// DATA_DIR full: the embedded service on a small tmpfs (mounted here: the tests run as root) whose
// free space is then used up. An upload answers 507 storage_full with a Retry-After, keeps nothing
// (no document row, no partial file under uploads/), and once space is freed uploads are taken and
// checked again, with what was stored before still readable.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { form, samplePlan, settle, useService } from './helpers.ts';

type Json = Record<string, any>;

describe('DATA_DIR full (a 64 MB tmpfs, embedded database on it)', () => {
  // Root is needed to mount; without it this test cannot make a real full disk and says so.
  const svc = useService('disk', {
    beforeStart: (dir) => execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', dir]),
    afterStop: (dir) => execFileSync('umount', [dir]),
  });
  const filler = () => path.join(svc.dataDir, 'filler');

  const upload = async (text: string, name: string) => {
    const r = await fetch(`${svc.base}/v1/documents`, { method: 'POST', body: form(text, name) });
    return { status: r.status, retryAfter: r.headers.get('retry-after'), body: (await r.json()) as Json };
  };
  const documentCount = async () => Number(((await svc.app.db.query<{ n: number }>('SELECT count(*) AS n FROM documents')).rows[0] as Json).n);
  const uploadFiles = () => (fs.existsSync(path.join(svc.dataDir, 'uploads')) ? fs.readdirSync(path.join(svc.dataDir, 'uploads')) : []);

  it('answers 507 storage_full and keeps nothing while full, and works again once space is freed', async () => {
    const { base } = svc;
    const first = await upload(samplePlan(1), 'before.md');
    expect(first.status).toBe(202);
    expect((await settle(base, first.body.links.self)).state).toBe('done');

    // Use up every block left.
    const fd = fs.openSync(filler(), 'w');
    let full = false;
    for (const size of [1 << 20, 1 << 12, 1]) {
      try {
        for (;;) fs.writeSync(fd, Buffer.alloc(size, 0x5a));
      } catch (e) {
        expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
        full = true;
      }
    }
    fs.closeSync(fd);
    expect(full).toBe(true);

    const before = await documentCount();
    const refused = await upload(samplePlan(2) + `\n${'Pip enjoys music. '.repeat(5000)}`, 'while-full.md');
    expect([refused.status, refused.body.error.code]).toEqual([507, 'storage_full']);
    expect(refused.body.error.message).toMatch(/nothing was kept/);
    expect(refused.retryAfter).toBe('60');
    expect(await documentCount()).toBe(before);
    expect(uploadFiles()).toEqual([]);
    // The web upload page says it in plain words.
    const page = new FormData();
    page.append('file', new Blob([samplePlan(3)]), 'page.md');
    const web = await fetch(`${base}/upload`, { method: 'POST', body: page, redirect: 'manual' });
    expect(web.status).toBe(507);
    expect(await web.text()).toMatch(/no room to store new plans/);
    expect(await documentCount()).toBe(before);

    fs.rmSync(filler());
    const after = await upload(samplePlan(4), 'after.md');
    expect(after.status).toBe(202);
    expect((await settle(base, after.body.links.self)).state).toBe('done');
    expect((await fetch(base + first.body.links.report, { headers: { accept: 'application/json' } })).status).toBe(200);
  }, 120_000);
});
