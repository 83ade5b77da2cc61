// Shared plumbing for the web page tests: a real server on a random port with embedded defaults
// (PGlite in a temp DATA_DIR, in-process queue and workers), one Chromium per file, axe-core and
// keyboard checks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import type { Page } from 'playwright-core';
import { createToken, createOrg, createUser, type Role } from '../../services/api/src/accounts.ts';
import { createApp, type App } from '../../services/api/src/app.ts';
import { loadConfig, type Config } from '../../services/api/src/config.ts';
import { listen, seededDataDir } from '../api/helpers.ts';

export { launch } from './browser.ts';

export interface WebServer {
  base: string;
  app: App;
  dataDir: string;
  /** Every log line the server wrote. */
  logs: string[];
  stop(): Promise<void>;
}

export async function startServer(overrides: Partial<Config> = {}): Promise<WebServer> {
  const dataDir = seededDataDir('ehcp-web-');
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir } as NodeJS.ProcessEnv, {
    logLevel: 'info',
    sweepIntervalMs: 0,
    jobBackoffMs: 50,
    ...overrides,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const app = await createApp(config, { logDestination: sink });
  const http = await listen(app.app);
  return {
    base: http.base,
    app,
    dataDir,
    logs,
    async stop() {
      await http.stop();
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An organisation with one user of `role`; returns their API token. */
export async function makeUser(app: App, orgName: string, userName: string, role: Role): Promise<{ orgId: string; userId: string; token: string; tokenId: string }> {
  const orgId = await createOrg(app.db, orgName, 'iass');
  const userId = await createUser(app.db, orgId, userName, role);
  const t = await createToken(app.db, userId);
  return { orgId, userId, token: t.token, tokenId: t.id };
}

/** Writes a plan to a temp file for the file chooser. */
export function planFile(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ehcp-plan-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

// ---------- axe-core ----------

const axeSource: string = createRequire(import.meta.url)('axe-core').source;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeResult { violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[] }

/** Runs axe-core on the page as it is (the page's CSP stays on: axe is evaluated through the driver). */
export async function axe(page: Page): Promise<AxeResult> {
  const has = await page.evaluate(() => 'axe' in window);
  if (!has) await page.evaluate(axeSource);
  return (await page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } };
    return w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  }, TAGS)) as AxeResult;
}

export function describeViolations(r: AxeResult): string {
  return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 3).map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`).join('\n');
}

/**
 * axe at the page's width and again at 320 px (WCAG 1.4.10 reflow: no sideways scrolling either).
 * Returns the problems found, empty when the page passes.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const size = page.viewportSize() ?? { width: 1024, height: 900 };
  for (const width of [size.width, 320]) {
    await page.setViewportSize({ width, height: size.height });
    const r = await axe(page);
    if (r.violations.length) problems.push(`at ${width}px:\n${describeViolations(r)}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems.push(`at ${width}px the page scrolls sideways by ${overflow}px`);
  }
  await page.setViewportSize(size);
  return problems;
}

// ---------- keyboard ----------

interface Focused { tag: string; text: string; visible: boolean; key: string }

/** What has focus now, and whether its focus is visibly indicated (an outline or a ring). */
async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const ring = s.boxShadow !== 'none' && s.boxShadow !== '';
    const all = [...document.querySelectorAll('*')];
    return { tag: el.tagName.toLowerCase(), text: (el.textContent || (el as HTMLInputElement).name || el.id || '').trim().slice(0, 60), visible: outline || ring, key: `${el.tagName}#${all.indexOf(el)}` };
  });
}

/** Every control a keyboard user must reach on this page (visible, not disabled). */
async function controls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), textarea, select, summary')]
      // checkVisibility is false inside a closed <details> (not focusable, rightly) and for hidden elements.
      .filter((el) => !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true }))
      .map((el) => `${el.tagName}#${all.indexOf(el)}`);
  });
}

/**
 * Tabs through the whole page from the top: every control must be reached, each with visible focus.
 * Returns what went wrong (empty when fine).
 */
export async function keyboardProblems(page: Page): Promise<string[]> {
  const want = new Set(await controls(page));
  // Start from the top of the document, whatever a #fragment or an earlier focus made the starting point.
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
    window.scrollTo(0, 0);
  });
  await page.keyboard.press('Tab');
  const problems: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < want.size + 5; i++) {
    const f = await focused(page);
    if (!f) break;
    if (seen.has(f.key)) break;
    seen.add(f.key);
    if (!f.visible) problems.push(`no visible focus on <${f.tag}> "${f.text}"`);
    await page.keyboard.press('Tab');
  }
  const missed = [...want].filter((k) => !seen.has(k));
  if (missed.length) problems.push(`${missed.length} controls never reached by Tab: ${missed.slice(0, 5).join(', ')}`);
  return problems;
}

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 200): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) {
      const f = await focused(page);
      if (!f?.visible) throw new Error(`${selector} has focus but no visible focus indicator`);
      return;
    }
  }
  throw new Error(`Tab never reached ${selector}`);
}
