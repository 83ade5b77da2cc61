// CSV cells (RFC 4180: fields quoted when they need it, quotes doubled), with spreadsheet formula
// injection defused: a text cell starting with = + - @ (or a tab or CR, which some spreadsheets strip
// before looking) gets a leading apostrophe. A comparison's CSV and a spot-check's use the same.

export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  let s = typeof v === 'number' ? String(v) : v;
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: (string | number | null)[]): string {
  return cells.map(csvCell).join(',');
}
