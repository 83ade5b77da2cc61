// Server-rendered SVG charts for the spot-check dashboard: no script, no external assets.
//
// Each chart is drawn twice, for wide and for narrow screens (CSS shows one: the other is
// display:none and so also hidden from assistive technology), because SVG text does not wrap and
// would shrink to nothing if one drawing were scaled down to a phone. Every SVG has role="img" and
// an accessible name; the numbers are also in an adjacent table. Colours keep 3:1 against white
// for graphics and 4.5:1 for text, and never carry meaning alone (text labels, shapes).
import { escapeHtml as e } from '../../../analyser/src/format/html-kit.ts';

export const CHART_CSS = `
.chart { margin: 1rem 0 .5rem; }
.chart svg { display: block; width: 100%; height: auto; }
.chart-narrow { display: none; }
@media (max-width: 40em) {
  .chart-wide { display: none; }
  .chart-narrow { display: block; }
}
.chart-legend { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: .25rem 0 .5rem; padding: 0; list-style: none; color: #3d3d3d; font-size: .95rem; }
.chart-legend svg { vertical-align: middle; margin-right: .35rem; }
`;

const INK = '#1b1b1b';
const MUTED = '#3d3d3d';
const BAR = '#1d4f91';
const TRACK = '#e9eef5';
const GRID = '#b1b4b6';
const FONT = 'system-ui, -apple-system, &quot;Segoe UI&quot;, Roboto, Arial, sans-serif';

interface Layout {
  width: number;
  font: number;
  /** Space kept right of the longest bar for its value. */
  valueSpace: number;
}

const WIDE: Layout = { width: 720, font: 15, valueSpace: 76 };
const NARROW: Layout = { width: 300, font: 13, valueSpace: 52 };

function svgOpen(id: string, l: Layout, height: number, label: string): string {
  return `<svg id="${e(id)}" role="img" aria-label="${e(label)}" viewBox="0 0 ${l.width} ${height}" width="${l.width}" height="${height}" style="max-width:${l.width}px" font-family="${FONT}" font-size="${l.font}" xmlns="http://www.w3.org/2000/svg">`;
}

function both(id: string, render: (l: Layout, suffix: string) => string): string {
  return `<div class="chart chart-wide">${render(WIDE, '-wide')}</div><div class="chart chart-narrow">${render(NARROW, '-narrow')}</div>`;
}

export interface Bar {
  label: string;
  value: number;
  /** Shown after the bar, e.g. "4 of 6". */
  valueText: string;
  colour?: string;
}

/**
 * Horizontal bars, each labelled above (so long labels never collide with bars), over a light
 * track that shows the scale's maximum.
 */
export function barChart(opts: { id: string; label: string; bars: Bar[]; max: number }): string {
  const max = Math.max(1, opts.max);
  return both(opts.id, (l, suffix) => {
    const line = Math.round(l.font * 1.3);
    const barH = Math.round(l.font * 1.1);
    const full = l.width - l.valueSpace;
    const parts: string[] = [];
    let y = 4;
    for (const b of opts.bars) {
      const lines = wrapWords(b.label, Math.floor(l.width / (l.font * 0.52)));
      lines.forEach((text, i) => parts.push(`<text x="0" y="${y + l.font + i * line}" fill="${INK}">${e(text)}</text>`));
      const barY = y + lines.length * line + 2;
      const w = b.value <= 0 ? 0 : Math.max(3, Math.round((full * b.value) / max));
      parts.push(
        `<rect x="0" y="${barY}" width="${full}" height="${barH}" fill="${TRACK}"/>`,
        w > 0 ? `<rect x="0" y="${barY}" width="${w}" height="${barH}" fill="${b.colour ?? BAR}"/>` : `<line x1="0.5" y1="${barY}" x2="0.5" y2="${barY + barH}" stroke="${MUTED}"/>`,
        `<text x="${full + 8}" y="${barY + barH - 3}" fill="${INK}" font-weight="700">${e(b.valueText)}</text>`,
      );
      y = barY + barH + Math.round(l.font * 0.75);
    }
    return `${svgOpen(opts.id + suffix, l, y + 2, opts.label)}${parts.join('')}</svg>`;
  });
}

/** Greedy word wrap by an estimate of characters per line (SVG text does not wrap by itself). */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (cur && cur.length + 1 + w.length > maxChars) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines.length ? lines : [''];
}

export interface Strip {
  label: string;
  /** Right-aligned beside the label, e.g. the average. */
  note?: string;
  /** 0-100 each. */
  values: number[];
  mean: number | null;
}

/**
 * One strip per row on a 0-100 axis: a dot per plan (stacked where scores coincide) and a bar for
 * the mean, so shape as well as colour tells them apart.
 */
export function stripChart(opts: { id: string; label: string; strips: Strip[] }): string {
  return both(opts.id, (l, suffix) => {
    const left = 10;
    const right = l.width - 14;
    const x = (v: number) => left + ((right - left) * Math.max(0, Math.min(100, v))) / 100;
    const row = Math.round(l.font * 4.4);
    const top = 4;
    const axisY = top + opts.strips.length * row + 6;
    const height = axisY + l.font + 12;
    const parts: string[] = [];
    for (const t of [0, 25, 50, 75, 100]) {
      parts.push(`<line x1="${x(t)}" y1="${top}" x2="${x(t)}" y2="${axisY}" stroke="${GRID}" stroke-dasharray="${t === 0 || t === 100 ? '' : '3 4'}"/>`);
      parts.push(`<text x="${x(t)}" y="${axisY + l.font + 6}" fill="${MUTED}" text-anchor="middle">${t}</text>`);
    }
    opts.strips.forEach((s, i) => {
      const y = top + i * row;
      const cy = y + Math.round(l.font * 2.75);
      parts.push(`<rect x="${left - 6}" y="${y}" width="${right - left + 12}" height="${l.font + 6}" fill="#ffffff"/>`);
      parts.push(`<text x="${left - 4}" y="${y + l.font}" fill="${INK}">${e(s.label)}</text>`);
      if (s.note) parts.push(`<text x="${right + 4}" y="${y + l.font}" fill="${MUTED}" text-anchor="end">${e(s.note)}</text>`);
      parts.push(`<line x1="${left}" y1="${cy}" x2="${right}" y2="${cy}" stroke="${GRID}" stroke-width="1.5"/>`);
      const seen = new Map<number, number>();
      for (const v of s.values) {
        const k = Math.round(v / 3);
        const n = seen.get(k) ?? 0;
        seen.set(k, n + 1);
        const dy = n === 0 ? 0 : (n % 2 ? -1 : 1) * Math.ceil(n / 2) * 6;
        parts.push(`<circle cx="${x(v).toFixed(1)}" cy="${cy + dy}" r="6" fill="${BAR}" fill-opacity="0.85" stroke="#ffffff" stroke-width="1.5"/>`);
      }
      if (s.mean !== null) parts.push(`<rect x="${(x(s.mean) - 2).toFixed(1)}" y="${cy - 13}" width="4" height="26" fill="${INK}"/>`);
    });
    return `${svgOpen(opts.id + suffix, l, height, opts.label)}${parts.join('')}</svg>`;
  });
}

/** The key to the strip chart's marks, as HTML (the same shapes, drawn small). */
export function stripLegend(): string {
  const dot = `<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><circle cx="7" cy="7" r="6" fill="${BAR}"/></svg>`;
  const mean = `<svg width="6" height="18" viewBox="0 0 6 18" aria-hidden="true" focusable="false"><rect x="1" y="0" width="4" height="18" fill="${INK}"/></svg>`;
  return `<ul class="chart-legend"><li>${dot}One plan's score</li><li>${mean}The average (mean)</li><li>Scores run from 0 (left) to 100 (right)</li></ul>`;
}
