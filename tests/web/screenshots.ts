// Refreshes the README's screenshots: `npx tsx tests/web/screenshots.ts` writes
// docs/screenshots/upload.png and docs/screenshots/report.png (a realistic plan's report as a parent
// first sees it: the summary and the points that matter most). Run with tsx, not vitest: it starts
// its own server in a temporary DATA_DIR.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../services/api/src/app.ts';
import { loadConfig } from '../../services/api/src/config.ts';
import { withKeepAlive } from '../../services/api/src/http-server.ts';
import { launch } from './browser.ts';

const OUT = path.resolve(import.meta.dirname, '../../docs/screenshots');
const PLAN = path.resolve(import.meta.dirname, '../fixtures/ingest/plan-libreoffice.pdf');

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ehcp-screenshots-'));
const app = await createApp(loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir } as NodeJS.ProcessEnv, { logLevel: 'silent', sweepIntervalMs: 0 }), {
  logDestination: new Writable({ write: (_c, _e, cb) => cb() }),
});
const server = await new Promise<import('node:http').Server>((resolve) => {
  const s = withKeepAlive(app.app.listen(0, '127.0.0.1', () => resolve(s)));
});
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launch();
try {
  fs.mkdirSync(OUT, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`${base}/`);
  await page.screenshot({ path: path.join(OUT, 'upload.png') });
  await page.setViewportSize({ width: 1100, height: 1500 });
  await page.setInputFiles('#file', PLAN);
  await page.getByRole('button', { name: 'Upload and check the plan' }).click();
  await page.waitForURL(/\/plans\/[0-9a-f-]+\?key=/, { timeout: 60_000 });
  const summary = page.locator('.summary');
  if ((await summary.count()) !== 1 || (await page.locator('.key-points').count()) !== 1) throw new Error('The report has no summary or no points that matter most to show.');
  await summary.evaluate((h) => {
    h.scrollIntoView();
    window.scrollBy(0, -24);
  });
  await page.screenshot({ path: path.join(OUT, 'report.png') });
  process.stdout.write(`wrote ${path.join(OUT, 'upload.png')} and report.png\n`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await app.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
