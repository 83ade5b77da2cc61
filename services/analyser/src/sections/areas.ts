// Areas of need (CoP 6.28-6.35) heading a part of the plan, and which sections hold needs or provision.
import { isTemplateText } from '../template-text.ts';
import { SENTENCE_END } from './titles.ts';
import { perVocabulary } from '../vocabulary.ts';
import type { Words } from '../quantities.ts';

export const NEED_SECTIONS = new Set<string>(['B', 'C', 'D']);
export const PROVISION_LABELS = new Set<string>(['F', 'G', 'H1', 'H2', 'H']);
// The broad areas of need (CoP 6.28-6.35), as templates head their tables: the rubric's lists.broadAreas, built once per vocabulary.
const areaPattern = perVocabulary((v) => new RegExp(String.raw`^${v.list('broadAreas')}\b`, 'i'));
// A combined table's own title before the area: "Special Educational Needs and Provision (B-F-E)".
// Its letters in brackets, as a pattern's source: "(B-F-E)", "(C/G)".
export const COMBINED_LETTERS = String.raw`\((?:[A-K][12]?\s*[-–\/,]\s*){1,4}[A-K][12]?\)`;
export const COMBINED_TITLE = new RegExp(String.raw`^[^()\n]{0,80}${COMBINED_LETTERS}\s*`);

/**
 * An area of need heading a part of the plan ("Cognition and learning", "Special Educational Needs
 * and Provision (B-F-E) Communication and interaction" with the form's guidance after it): the
 * area's name, or null. Text that goes on to say something of its own is not a heading.
 */
export function leadingArea(text: string, rubric?: Words): string | null {
  let t = text.trim();
  if (t.length > 1500) return null;
  // "Area of need:", "Area 2:", "Broad area of need 1 –" before the area's name.
  // "F1 Cognition and learning": an area row numbered with its section's letter (layout, not words).
  t = t.replace(COMBINED_TITLE, '').replace(/^(?:(?:broad )?area(?: of need)?(?: \d{1,2})?)\s*[:\-–]?\s*(?=\S)/i, '').replace(/^[A-K]\d{1,2}(?:\.\d{1,2})?[.:)]?\s+(?=\S)/, '');
  const m = areaPattern(rubric).exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length).replace(/^\s*[:\-–]?\s*/, '');
  if (rest && !isTemplateText(rest) && !(rest.length <= 30 && !SENTENCE_END.test(rest))) return null;
  return m[0];
}
