// Structural checks on generated HTML, shared by the formatter and CLI tests.
import { expect } from 'vitest';

export function ids(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
}

export function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
}

/** Unescapes the few entities the formatter writes. */
export function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** A valid, self-contained page: one doctype, one html/head/body, no scripts, no external assets. */
export function expectSelfContainedPage(html: string): void {
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html.match(/<!doctype/gi)).toHaveLength(1);
  for (const tag of ['<html', '<head>', '<body>', '</body>', '</html>', '<main']) expect(html.split(tag).length - 1, tag).toBe(1);
  expect(html).toMatch(/<html lang="en-GB">/);
  expect(html).toMatch(/<title>[^<]+<\/title>/);
  expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
  expect(html).not.toMatch(/(src|href|action)="(https?:)?\/\//i);
  expect(html).not.toMatch(/https?:\/\//i);
  // Landmarks.
  expect(html).toMatch(/<header[\s>]/);
  expect(html).toMatch(/<footer[\s>]/);
  // Ids unique, and every in-page link lands on one.
  const all = ids(html);
  expect(new Set(all).size, `duplicate ids: ${all.filter((x, i) => all.indexOf(x) !== i).join(', ')}`).toBe(all.length);
  for (const m of html.matchAll(/href="#([^"]+)"/g)) expect(all, `link to #${m[1]}`).toContain(m[1]);
  // One h1, and headings never skip a level going down.
  const levels = headingLevels(html);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1], `heading h${levels[i - 1]} then h${levels[i]}`).toBeLessThanOrEqual(1);
}
