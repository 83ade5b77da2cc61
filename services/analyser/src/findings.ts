// Turns a rule hit into a positioned finding with the rubric's message, suggestion and reference.
import { pageAt, type StructuredDocument } from '../../ingest/src/document.ts';
import type { Finding, SectionKey } from './report-schema.ts';
import type { Rubric } from './rubric.ts';

/** A rubric wording with its {placeholders} filled; an unknown one stays as written. */
export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? vars[k] : m));
}

export function makeFinding(
  doc: StructuredDocument,
  rubric: Rubric,
  ruleId: string,
  section: SectionKey | null,
  start: number,
  end: number,
  vars: Record<string, string> = {},
  words: { message?: string; messageId?: string } = {},
): Finding {
  const rule = rubric.rules[ruleId];
  if (!rule) throw new Error(`rubric has no rule ${ruleId}`);
  // A local rubric that rewords `message` but not every other wording still reads well: it falls back.
  const message = words.message ?? (words.messageId ? rule.messages?.[words.messageId] : undefined) ?? rule.message;
  const s = Math.max(0, Math.min(start, doc.text.length));
  const e = Math.max(s, Math.min(end, doc.text.length));
  const quote = doc.text.slice(s, e);
  const all = { quote, ...vars };
  return {
    ruleId,
    severity: rule.severity,
    section,
    start: s,
    end: e,
    page: pageAt(doc, s),
    quote,
    message: fill(message, all),
    suggestion: fill(rule.suggestion, all),
    reference: rule.reference,
  };
}
