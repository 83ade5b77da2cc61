// Tables drawn with pipes in running text ("Need | Provision"): the same layout whether it arrives as
// plain text or as the paragraphs of a Word document or a PDF made from such text.

/** A line's cells where pipes between spaces divide it ("a | b", "| a | b |"), or null (fewer than two filled cells). */
export function splitPipes(line: string): string[] | null {
  if (!/\s\|\s/.test(line)) return null;
  const cells = line.trim().split('|').map((c) => c.trim());
  // "| a | b |": the outer pipes frame the row.
  if (line.trimStart().startsWith('|') && cells[0] === '') cells.shift();
  if (line.trimEnd().endsWith('|') && cells[cells.length - 1] === '') cells.pop();
  return cells.filter((c) => c).length >= 2 ? cells : null;
}

/**
 * In a table whose rows have no outer pipes ("need | provision"), a line that opens with a pipe
 * ("| more provision") is a row whose first cell is empty (a merged need cell, as Word prints it
 * when one need has two provisions). Null for any other line.
 */
export function openCellRow(line: string, framed: boolean): string[] | null {
  if (framed || !/^\s*\|\s*\S/.test(line) || /\|\s*$/.test(line)) return null;
  return ['', ...line.trim().slice(1).split('|').map((c) => c.trim())];
}

/** Whether a table's first row is framed by outer pipes ("| a | b |"). */
export function framedRow(line: string): boolean {
  return /^\s*\|/.test(line) && /\|\s*$/.test(line);
}
