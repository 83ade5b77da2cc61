// The rubric an organisation's plans are analysed with: its own (set with PUT /v1/rubric or the
// /rubric page, stored as YAML text in organisation_rubrics) or else the default. Shared by the
// worker, spot-checks, the API route and the web page. Parsed rubrics are cached by sha256 of their
// text, so a job costs one small query, not a YAML parse.
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { DEFAULT_RUBRIC_FILE, loadRubric, parseRubricYaml, rubricSha256, type Rubric, type RubricProblem } from '../../analyser/src/rubric.ts';
import type { UserPrincipal } from './accounts.ts';
import { actorOf } from './auth.ts';
import type { Db, Queryable } from './db/db.ts';
import { deleteOrgRubric, getOrgRubric, setOrgRubric } from './store.ts';

/** The largest rubric accepted (the default is about 30 KB). */
export const MAX_RUBRIC_BYTES = 256 * 1024;

export interface EffectiveRubric {
  rubric: Rubric;
  sha256: string;
  /** The YAML text whose sha256 this is. */
  source: string;
  /** True when the organisation set it; false for the default. */
  custom: boolean;
  setAt: Date | null;
  setBy: string | null;
}

const parsed = new Map<string, Rubric>();
const MAX_CACHED = 100;

function cached(sha256: string, source: string): Rubric | RubricProblem[] {
  const hit = parsed.get(sha256);
  if (hit) return hit;
  const r = parseRubricYaml(source);
  if (!r.ok) return r.errors;
  remember(sha256, r.rubric);
  return r.rubric;
}

function remember(sha256: string, rubric: Rubric): void {
  if (parsed.size >= MAX_CACHED) parsed.delete(parsed.keys().next().value as string);
  parsed.set(sha256, rubric);
}

let defaultSource: string | undefined;
export function defaultRubric(): EffectiveRubric {
  defaultSource ??= readFileSync(DEFAULT_RUBRIC_FILE, 'utf8');
  const rubric = loadRubric();
  return { rubric, sha256: rubricSha256(rubric), source: defaultSource, custom: false, setAt: null, setBy: null };
}

/**
 * The organisation's effective rubric; the default for anonymous documents (orgId null). A stored
 * rubric that no longer validates (the rubric's format changed since it was set) falls back to the
 * default, which the report's rubric id then shows, and is logged by sha256 and problem paths.
 */
export async function rubricFor(q: Queryable, orgId: string | null, logger?: Logger): Promise<EffectiveRubric> {
  if (!orgId) return defaultRubric();
  const row = await getOrgRubric(q, orgId);
  if (!row) return defaultRubric();
  const rubric = cached(row.sha256, row.source);
  if (Array.isArray(rubric)) {
    logger?.warn({ orgId, sha256: row.sha256, problems: rubric.map((p) => p.path) }, 'stored rubric no longer valid: using the default');
    return defaultRubric();
  }
  return { rubric, sha256: row.sha256, source: row.source, custom: true, setAt: row.set_at, setBy: row.set_by };
}

/** A rule's level: \`severity\` today; \`level\` (with "off") or the bare shorthand once rules carry them. */
export function ruleLevel(rule: unknown): string {
  if (typeof rule === 'string') return rule;
  const r = rule as { level?: string; severity?: string };
  return r.level ?? r.severity ?? 'off';
}

export type SetRubricResult = { ok: true; id: string; version: string; sha256: string } | { ok: false; errors: RubricProblem[] };

/** Validates the YAML text and, when it is valid, makes it the organisation's rubric (audited). */
export async function setRubric(db: Db, p: UserPrincipal, text: string): Promise<SetRubricResult> {
  const r = parseRubricYaml(text);
  if (!r.ok) return r;
  remember(r.sha256, r.rubric);
  await setOrgRubric(db, { orgId: p.orgId, rubricId: r.rubric.id, version: r.rubric.version, sha256: r.sha256, source: text, userId: p.userId, actor: actorOf(p) });
  return { ok: true, id: r.rubric.id, version: r.rubric.version, sha256: r.sha256 };
}

/** Returns the organisation to the default rubric (audited when it had its own). */
export async function resetRubric(db: Db, p: UserPrincipal): Promise<boolean> {
  return deleteOrgRubric(db, p.orgId, actorOf(p));
}
