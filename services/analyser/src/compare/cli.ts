// `ehcp-check compare OLD NEW`: what changed between two versions of one plan (contract, "Comparing
// two versions"). Exit status as the checker's: 0 compared, 1 some provision was removed, reduced,
// weakened or moved (the comparison's "error findings"), 2 a file could not be read or the command
// line was wrong.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readInputFile, type InputError } from '../read-input.ts';
import { consoleToStderr, failureOf } from '../cli-io.ts';
import { loadRubric, type Rubric } from '../index.ts';
import { compareDocuments } from './index.ts';
import { CUT_KINDS, type Comparison, type FailedComparison } from './schema.ts';
import { renderComparisonCsv, renderComparisonHtml, renderComparisonText } from './format.ts';
import { renderComparisonDocx } from './docx.ts';

const FORMATS = ['text', 'json', 'html', 'csv', 'docx'] as const;
type Format = (typeof FORMATS)[number];

export const COMPARE_USAGE = `Usage: ehcp-check compare [options] OLD NEW [OLD NEW ...]

Compares two versions of one plan (a draft and its final, or a plan before and
after an annual review; PDF, DOCX, plain text or Markdown, in any mix) and says
what changed: provision removed, reduced, weakened, moved, added or
strengthened; outcomes removed, added or changed; Section I changed.

Options:
  -f, --format FORMAT  text (default), json, html, csv or docx
  -o, --output FILE    write to FILE instead of standard output (needed for docx on a terminal)
      --all            list unchanged statements too (text)
      --rubric FILE    use an adjusted rubric (YAML) to read the plans
  -h, --help           show this help

With several pairs, json prints an array, one comparison per pair.
Exit status: 0 compared, 1 some provision was removed, reduced, weakened or
moved, 2 a file could not be read (or the command line was wrong).
`;

export interface CompareIo {
  stdout: { write(s: string | Uint8Array): unknown };
  stderr: { write(s: string): unknown };
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
}

/** Runs `compare`; `argv` is what follows the word "compare". Never throws for bad input. */
export async function runCompareCli(argv: string[], io: CompareIo): Promise<number> {
  const fail = failureOf(io.stderr, 'ehcp-check compare', COMPARE_USAGE);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        all: { type: 'boolean' },
        rubric: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return fail((e as Error).message, true);
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    io.stdout.write(COMPARE_USAGE);
    return 0;
  }
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) return fail(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}").`, true);
  if (files.length < 2 || files.length % 2 !== 0) return fail('give the files in pairs: OLD NEW.', true);
  const pairs = files.length / 2;
  if (format === 'docx' && pairs > 1) return fail('--format docx takes one pair.');
  if (format === 'docx' && !values.output && io.stdoutIsTTY) return fail('a DOCX file is not for the terminal: use --output FILE or redirect standard output.');

  let rubric: Rubric;
  try {
    rubric = loadRubric(values.rubric);
  } catch (e) {
    return fail(`${values.rubric === undefined ? 'the default rubric' : `rubric ${values.rubric}`} is not valid: ${(e as Error).message}`);
  }

  // pdf.js warns with console.log: keep standard output for the result.
  const restore = consoleToStderr(io.stderr);
  const results: (Comparison | FailedComparison)[] = [];
  try {
    for (let p = 0; p < pairs; p++) {
      const [oldFile, newFile] = [files[2 * p], files[2 * p + 1]];
      const [a, b] = [await readInputFile(oldFile), await readInputFile(newFile)];
      for (const [file, r] of [[oldFile, a], [newFile, b]] as const) if ('error' in r) io.stderr.write(`ehcp-check compare: ${file}: ${r.error.message} (${r.error.code})\n`);
      if ('doc' in a && 'doc' in b) results.push(compareDocuments(a.doc, b.doc, { rubric }));
      else {
        const err = 'error' in a ? a.error : (b as { error: InputError }).error;
        results.push({
          schemaVersion: 1,
          old: { document: { name: oldFile }, ...('error' in a ? { error: a.error } : {}) },
          new: { document: { name: newFile }, ...('error' in b ? { error: b.error } : {}) },
          error: err,
        });
      }
    }
  } finally {
    restore();
  }

  const ok = results.filter((r): r is Comparison => !('error' in r));
  let out: string | Uint8Array;
  if (format === 'json') out = `${JSON.stringify(pairs === 1 ? results[0] : results, null, 2)}\n`;
  else if (format === 'csv') out = ok.map(renderComparisonCsv).join('');
  else if (format === 'html') out = ok.map((c) => renderComparisonHtml(c, { rubric })).join('');
  else if (format === 'docx') out = ok.length ? await renderComparisonDocx(ok[0], { rubric }) : new Uint8Array();
  else {
    const color = io.stdoutIsTTY && !values.output && !(io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '');
    out = ok.map((c) => renderComparisonText(c, { color, all: values.all, rubric })).join('\n');
  }
  if (values.output) {
    try {
      await writeFile(values.output, out);
    } catch (e) {
      return fail(`cannot write ${values.output}: ${(e as Error).message}`);
    }
  } else if (out.length) io.stdout.write(out);

  if (results.some((r) => 'error' in r)) return 2;
  if (ok.some((c) => c.changes.some((ch) => ch.about === 'provision' && CUT_KINDS.includes(ch.kind) && !(ch.kind === 'moved' && ch.after?.section === 'F')))) return 1;
  return 0;
}
