// Builds the DOCX advice reports of the advice corpus from their text sources (NAME.source.txt ->
// NAME.docx), through HTML and LibreOffice, so the DOCX holds real headings, lists and tables.
//   npx tsx corpus/advice/build.ts [--only h16,a02]
// The text layout the sources use: a short line with no full stop is a heading; "• " starts a bullet;
// "1. " a numbered item; a line with tabs is a table row; "**text**" inside a line is bold (a lead-in).
// In a table row a cell that is just "^" merges into the cell above it (rowspan) and a cell that is just
// "<" into the cell to its left (colspan); a table with neither is built exactly as before.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set(process.argv[onlyArg + 1].split(',')) : null;
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\*\*(.+?)\*\*/g, '<b>$1</b>');

/** A table's rows as HTML, "^" and "<" cells merged into the cell above or to the left. */
function tableRows(rows: string[][]): string[] {
  return rows.map((row, r) => {
    const cells: string[] = [];
    row.forEach((cell, c) => {
      if (cell === '^' || cell === '<') return;
      let colspan = 1;
      while (row[c + colspan] === '<') colspan++;
      let rowspan = 1;
      while (rows[r + rowspan]?.[c] === '^') rowspan++;
      const span = (rowspan > 1 ? ` rowspan="${rowspan}"` : '') + (colspan > 1 ? ` colspan="${colspan}"` : '');
      cells.push(`<td${span}>${esc(cell)}</td>`);
    });
    return `<tr>${cells.join('')}</tr>`;
  });
}

function toHtml(text: string): string {
  const out: string[] = [];
  let list: 'ul' | 'ol' | null = null;
  let table = false;
  let rows: string[][] = [];
  const close = () => {
    if (list) out.push(`</${list}>`);
    if (table) {
      out.push(...tableRows(rows));
      out.push('</table>');
    }
    list = null;
    table = false;
    rows = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) {
      close();
      continue;
    }
    const bullet = /^•\s+(.*)$/.exec(line);
    const numbered = /^\d+\.\s+(.*)$/.exec(line);
    if (bullet || numbered) {
      const kind = bullet ? 'ul' : 'ol';
      if (list !== kind) {
        close();
        out.push(`<${kind}>`);
        list = kind;
      }
      out.push(`<li>${esc((bullet ?? numbered)![1])}</li>`);
      continue;
    }
    if (raw.includes('\t')) {
      if (!table) {
        close();
        out.push('<table border="1">');
        table = true;
      }
      rows.push(raw.split('\t').map((c) => c.trim()));
      continue;
    }
    close();
    const heading = line.length < 70 && !/[.:;,]$/.test(line) && /^[A-Z]/.test(line) && line.split(/\s+/).length <= 9;
    out.push(heading ? `<h2>${esc(line)}</h2>` : `<p>${esc(line)}</p>`);
  }
  close();
  return `<!doctype html><html><head><meta charset="utf-8"><title>Advice</title></head><body>${out.join('\n')}</body></html>`;
}

for (const dir of readdirSync(here, { withFileTypes: true }).filter((d) => d.isDirectory() && (!only || only.has(d.name)))) {
  const folder = join(here, dir.name);
  for (const f of readdirSync(folder).filter((n) => n.endsWith('.source.txt'))) {
    const base = f.replace(/\.source\.txt$/, '');
    const tmp = mkdtempSync(join(tmpdir(), 'advice-docx-'));
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    try {
      writeFileSync(join(tmp, `${base}.html`), toHtml(readFileSync(join(folder, f), 'utf8')));
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', tmp, join(tmp, `${base}.html`)], { stdio: 'ignore', timeout: 120_000 });
      renameSync(join(tmp, `${base}.docx`), join(folder, `${base}.docx`));
      console.log(`built ${dir.name}/${base}.docx`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    }
  }
}
