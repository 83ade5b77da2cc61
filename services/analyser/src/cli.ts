// The command line: `npx ehcp-check [options] FILE...` (shared/contract.md, "The command line").
// Reads, ingests and analyses each file in order; one bad file never stops the others.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readInputFile } from './read-input.ts';
import { consoleToStderr, failureOf } from './cli-io.ts';
import { toErrorBody, type ErrorCode } from '../../ingest/src/errors.ts';
import { parseWorkersFor } from '../../ingest/src/run-worker.ts';
import { analyse, loadRubric, type Rubric } from './index.ts';
import { SECTION_KEYS, SectionKey, type FailedReport, type Report } from './report-schema.ts';
import { renderText, type BatchItem } from './format/text.ts';
import type { StructuredDocument } from '../../ingest/src/document.ts';

const FORMATS = ['text', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];


export const USAGE = `Usage: ehcp-check [options] FILE...
       ehcp-check compare [options] OLD NEW   (see ehcp-check compare --help)

Checks each Education, Health and Care Plan (PDF, DOCX, plain text or Markdown)
against the law and good practice, and says where it falls short.

Options:
  -f, --format FORMAT  text (default), json or html
      --findings       text format: every finding, one line each, instead of the
                       report's points (json always has every finding)
      --section KEY    treat each FILE as the body of one section: ${SECTION_KEYS.join(' ')}
      --include-text   add the plan's extracted text to each JSON report
      --rubric FILE    use an adjusted rubric (YAML) instead of the default one
      --advice FILE    an advice report (SLT, OT, EP, physio, health) the plan was
                       written from; repeatable. With --advice, every FILE but the
                       last is advice too, and the last is the plan (--advice REPORT… PLAN)
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 every file analysed, 1 some file has an error finding,
2 some file could not be read (or the command line was wrong).
`;

export interface CliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

interface Checked { item: BatchItem; pageStarts?: number[] }

type Ingested = { doc: StructuredDocument } | { failure: Checked };

/** Reads and ingests one file; never rejects (a failure is the file's report). */
async function readAndIngest(file: string): Promise<Ingested> {
  const read = await readInputFile(file);
  return 'error' in read ? { failure: failed(file, read.error) } : { doc: read.doc };
}

function checkIngested(file: string, ingested: Ingested, opts: { rubric: Rubric; section?: SectionKey; advice?: StructuredDocument[] }): Checked {
  if ('failure' in ingested) return ingested.failure;
  try {
    // Text is always asked for: the terminal listing counts lines and the web page draws highlights.
    const report = analyse(ingested.doc, { rubric: opts.rubric, section: opts.section, includeText: true, advice: opts.advice });
    return { item: report, pageStarts: ingested.doc.pageStarts };
  } catch (e) {
    return failed(file, toErrorBody(e));
  }
}

function failed(name: string, error: { code: ErrorCode; message: string }): Checked {
  const item: FailedReport = { document: { name }, error };
  return { item };
}

function exitStatus(items: BatchItem[]): 0 | 1 | 2 {
  if (items.some((i) => 'error' in i)) return 2;
  if (items.some((i) => (i as Report).findings.some((f) => f.severity === 'error'))) return 1;
  return 0;
}

function withoutText(item: BatchItem): BatchItem {
  if ('error' in item) return item;
  const { text: _text, ...rest } = item;
  return rest;
}


/** Runs the command; returns the exit status. Never throws for bad input. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  // `ehcp-check compare OLD NEW`: two versions of one plan (a file named "compare" is ./compare).
  // Loaded on use: comparing brings the Word writer (docx) and the stemmer, which checking never needs.
  if (argv[0] === 'compare') return (await import('./compare/cli.ts')).runCompareCli(argv.slice(1), io);
  const fail = failureOf(io.stderr, 'ehcp-check', USAGE);

  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        section: { type: 'string' },
        'include-text': { type: 'boolean' },
        findings: { type: 'boolean' },
        rubric: { type: 'string' },
        advice: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    return fail((e as Error).message, true);
  }
  const { values } = parsed;
  let files = parsed.positionals;
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`ehcp-check ${version()}\n`);
    return 0;
  }

  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) return fail(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}").`, true);

  let section: SectionKey | undefined;
  if (values.section !== undefined) {
    const key = SectionKey.safeParse(values.section.trim().toUpperCase());
    if (!key.success) return fail(`--section must be one of ${SECTION_KEYS.join(', ')} (got "${values.section}").`);
    section = key.data;
  }
  if (files.length === 0) return fail('no files given.', true);

  let rubric: Rubric;
  try {
    rubric = loadRubric(values.rubric);
  } catch (e) {
    const where = values.rubric === undefined ? 'the default rubric' : `rubric ${values.rubric}`;
    return fail(`${where} is not valid: ${(e as Error).message}`);
  }

  // --advice REPORT… PLAN: the last file is the plan, everything before it advice.
  const adviceFiles = values.advice ? [...values.advice, ...files.slice(0, -1)] : [];
  if (values.advice) files = files.slice(-1);
  let adviceFailed = false;

  const checked: Checked[] = [];
  // Libraries that print warnings with console.log (pdf.js does) must not corrupt stdout (json).
  const restore = consoleToStderr(io.stderr);
  try {
    let advice: StructuredDocument[] | undefined;
    if (values.advice) {
      advice = [];
      for (const file of adviceFiles) {
        const a = await readInputFile(file);
        if ('error' in a) {
          adviceFailed = true;
          io.stderr.write(`ehcp-check: ${file}: ${a.error.message} (${a.error.code})\n`);
        } else advice.push(a.doc);
      }
    }
    // Files are parsed in worker threads, as many at once as parseWorkersFor allows, while this
    // thread analyses the earlier ones; reports keep the order of the command line.
    const ahead = parseWorkersFor(files.length, io.env);
    const ingesting: Promise<Ingested>[] = [];
    const startNext = () => {
      if (ingesting.length < files.length) ingesting.push(readAndIngest(files[ingesting.length]));
    };
    for (let k = 0; k < ahead; k++) startNext();
    for (const [i, file] of files.entries()) {
      if (io.stderrIsTTY && files.length > 1) io.stderr.write(`Checking ${i + 1} of ${files.length}…\n`);
      const ingested = await ingesting[i];
      startNext();
      const result = checkIngested(file, ingested, { rubric, section, advice });
      if ('error' in result.item) io.stderr.write(`ehcp-check: ${file}: ${result.item.error.message} (${result.item.error.code})\n`);
      checked.push(result);
    }
  } finally {
    restore();
  }
  const items = checked.map((c) => c.item);

  if (format === 'json') {
    const out = values['include-text'] ? items : items.map(withoutText);
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else if (format === 'html') {
    // Loaded on use: the web page's writer is not needed for text or JSON.
    const { renderReportsHtml } = await import('./format/html.ts');
    io.stdout.write(renderReportsHtml(items, { rubric }));
  } else {
    const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
    io.stdout.write(renderText(items, { rubric, color: io.stdoutIsTTY && !noColor, findings: values.findings, pageStartsByIndex: checked.map((c) => c.pageStarts) }));
  }
  return adviceFailed ? 2 : exitStatus(items);
}

// Run when this file is the entry point (`tsx services/analyser/src/cli.ts`); bin/ehcp-check.js calls runCli itself.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runCli(process.argv.slice(2));
}
