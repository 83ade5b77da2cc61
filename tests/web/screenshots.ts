// Refreshes the README's screenshots: `npx tsx tests/web/screenshots.ts` writes
// docs/screenshots/upload.png and docs/screenshots/report.png (a realistic plan's provision section).
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer } from './helpers.ts';

const OUT = path.resolve(import.meta.dirname, '../../docs/screenshots');
const PLAN = path.resolve(import.meta.dirname, '../fixtures/ingest/plan-libreoffice.pdf');

const [server, browser] = await Promise.all([startServer({ logLevel: 'silent' }), launch()]);
try {
  fs.mkdirSync(OUT, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`${server.base}/`);
  await page.screenshot({ path: path.join(OUT, 'upload.png') });
  await page.setViewportSize({ width: 1100, height: 1500 });
  await page.setInputFiles('#file', PLAN);
  await page.getByRole('button', { name: 'Upload and check the plan' }).click();
  await page.waitForURL(/\/plans\/[0-9a-f-]+\?key=/, { timeout: 60_000 });
  const provision = page.locator('.plan-section h3', { hasText: 'Section F' });
  if ((await provision.count()) !== 1) throw new Error('The report has no Section F to show.');
  await provision.evaluate((h) => {
    h.scrollIntoView();
    window.scrollBy(0, -24);
  });
  await page.screenshot({ path: path.join(OUT, 'report.png') });
  process.stdout.write(`wrote ${path.join(OUT, 'upload.png')} and report.png\n`);
} finally {
  await browser.close();
  await server.stop();
}
