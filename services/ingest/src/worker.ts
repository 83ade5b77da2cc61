// Worker thread entry: runs one task per message and answers with its result or its error's code.
//
// Protocol (run-worker.ts is the other end): in `{ id, task, input }`, out `{ id, ok: true, result,
// heapUsed }` or `{ id, ok: false, code, message, heapUsed }`, where heapUsed is this thread's V8
// heap after the task, which the pool uses to decide when to retire the worker. A new kind of work
// is one more entry in TASKS. A task whose result holds large buffers returns it as Moved: the
// buffers are transferred to the service, not copied, so receiving them costs its thread nothing.
import { parentPort } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { CheckError, isCheckError } from './errors.ts';
import type { Rubric } from '../../analyser/src/rubric.ts';
import { parseDocument } from './parse.ts';
import { loadPdfJs } from './parse-pdf.ts';
import { collectHashedPlans, type Plan, type UnpackLimits } from './zip.ts';
import type { StructuredDocument } from './document.ts';
import type { RubricText } from './run-worker.ts';
import type { Report } from '../../analyser/src/report-schema.ts';

export interface TaskRequest {
  id: number;
  task: string;
  input: unknown;
}
export type TaskReply = { id: number; heapUsed: number } & ({ ok: true; result: unknown } | { ok: false; code: string; message: string });
/** Sent before the reply by a task with code to load (LOADS): its time limit starts here. */
export type TaskLoaded = { id: number; loaded: true };

/** A result sent with its buffers transferred (they are unusable here afterwards). */
class Moved {
  constructor(
    readonly value: unknown,
    readonly transfer: ArrayBuffer[],
  ) {}
}

/** A plan's report as the service stores it (run-worker.ts: analyseToJsonInWorker). */
export interface ReportJson {
  /** UTF-8 JSON of the report without its `text` (the plan's text is stored once, as the structured document). */
  json: Uint8Array;
  band: string;
  overall: number;
}

async function analyseTask({ doc, rubric, advice }: { doc: StructuredDocument; rubric: RubricText | null; advice: StructuredDocument[] | null }): Promise<Report> {
  const { analyse } = await import('../../analyser/src/index.ts');
  const r = await rubricOf(rubric);
  try {
    return analyse(doc, { rubric: r, ...(advice ? { advice } : {}) });
  } catch (err) {
    throw new CheckError('internal_error', 'The plan could not be analysed.', { cause: err });
  }
}

const TASKS: Record<string, (input: any) => Promise<unknown>> = {
  parse: ({ bytes, name }: { bytes: Uint8Array; name: string }) => parseDocument(bytes, name),
  // Loads the parsers' libraries (all, or those named) while the worker waits for its first file.
  warm: async (only: ('pdf' | 'docx')[] | null) => {
    const want = (p: 'pdf' | 'docx') => !only || only.includes(p);
    await Promise.all([want('pdf') && loadPdfJs(), want('docx') && import('mammoth')]);
    return null;
  },
  // A spot-check's population: zips unpacked and every plan hashed (run-worker.ts: collectPlansInWorker).
  'collect-plans': async ({ files, limits }: { files: Plan[]; limits: UnpackLimits }) => collectHashedPlans(files, limits),
  // A plan's analysis (run-worker.ts: analyseInWorker): its CPU grows with the plan, so it stays off the service's event loop.
  analyse: analyseTask,
  // The same, answered as the JSON bytes the service seals and stores: a 2 MB plan's report (about
  // 23 MB of JSON) received as an object cost the service's thread about a second to rebuild and
  // as long again to serialise; bytes transferred cost it nothing.
  'analyse-json': async (input) => {
    const report = await analyseTask(input);
    const { text: _text, ...withoutText } = report;
    const json = new TextEncoder().encode(JSON.stringify(withoutText));
    const out: ReportJson = { json, band: report.score.band, overall: report.score.overall };
    return new Moved(out, [json.buffer as ArrayBuffer]);
  },
  // Two versions of a plan analysed and aligned (run-worker.ts: compareInWorker): like analyse, CPU that grows with the plans.
  compare: async ({ oldDoc, newDoc, rubric }: { oldDoc: StructuredDocument; newDoc: StructuredDocument; rubric: RubricText | null }) => {
    const { compareDocuments } = await import('../../analyser/src/compare/index.ts');
    const r = await rubricOf(rubric);
    try {
      return compareDocuments(oldDoc, newDoc, { rubric: r });
    } catch (err) {
      throw new CheckError('internal_error', 'The two versions could not be compared.', { cause: err });
    }
  },
};

// Parsed rubrics by sha256 of their text (the service validated them before sending), as org-rubric.ts does.
const rubrics = new Map<string, Rubric>();
async function rubricOf(text: RubricText | null): Promise<Rubric> {
  const { loadRubric, parseRubricYaml } = await import('../../analyser/src/rubric.ts');
  if (!text) return loadRubric();
  const hit = rubrics.get(text.sha256);
  if (hit) return hit;
  const r = parseRubricYaml(text.source);
  if (!r.ok) throw new CheckError('invalid_rubric', 'The organisation\'s rubric is not valid.');
  if (rubrics.size >= 20) rubrics.delete(rubrics.keys().next().value as string);
  rubrics.set(text.sha256, r.rubric);
  return r.rubric;
}

// What a task loads on its first use in this worker (the analyser's modules, the default rubric parsed),
// before its time limit starts: that second or so is the worker's cost, not the plan's, and on a busy
// machine a freshly started worker's loading alone came close to an 8-second limit.
// The rubric's patterns are compiled on first reading, so one small plan is analysed here too, once per
// worker: otherwise the first real plan's limit paid for compiling them.
const WARM_UP_PLAN = [
  'Section B: Special educational needs', '', 'Sam finds it hard to follow spoken instructions.', '',
  'Section E: Outcomes', '', 'By July 2027, Sam will follow a two-step instruction in 4 out of 5 lessons.', '',
  'Section F: Special educational provision', '', '- 30 minutes of speech and language therapy weekly from a speech and language therapist.',
  '- Support in class as needed.', '', 'Section I: Placement', '', 'Oakfield Primary School', '',
].join('\n');
let analyserWarm: Promise<unknown> | undefined;
const analyserLoaded = () =>
  (analyserWarm ??= Promise.all([import('../../analyser/src/index.ts'), import('../../analyser/src/rubric.ts').then((m) => m.loadRubric())]).then(async ([{ analyse }, rubric]) => {
    try {
      analyse(await parseDocument(new TextEncoder().encode(WARM_UP_PLAN), 'warm-up.txt'), { rubric });
    } catch {
      // Only a warm-up: the real plan meets any fault itself.
    }
  }));
const LOADS: Record<string, () => Promise<unknown>> = {
  analyse: analyserLoaded,
  'analyse-json': analyserLoaded,
  compare: () => Promise.all([analyserLoaded(), import('../../analyser/src/compare/index.ts')]),
};

parentPort?.on('message', async ({ id, task, input }: TaskRequest) => {
  let reply: TaskReply;
  try {
    const run = TASKS[task];
    if (!run) throw new Error(`unknown worker task ${task}`);
    const load = LOADS[task];
    if (load) {
      await load();
      parentPort?.postMessage({ id, loaded: true } satisfies TaskLoaded);
    }
    const result = await run(input);
    if (result instanceof Moved) {
      parentPort?.postMessage({ id, ok: true, result: result.value, heapUsed: getHeapStatistics().used_heap_size } satisfies TaskReply, result.transfer);
      return;
    }
    reply = { id, ok: true, result, heapUsed: 0 };
  } catch (err) {
    reply = isCheckError(err)
      ? { id, ok: false, code: err.code, message: err.message, heapUsed: 0 }
      : { id, ok: false, code: 'corrupt_file', message: 'The file could not be read: it may be damaged.', heapUsed: 0 };
  }
  reply.heapUsed = getHeapStatistics().used_heap_size;
  parentPort?.postMessage(reply);
});
