// Another child's name in the plan: a name used a few times as a subject where the plan's child is
// named many times (a passage copied from another child's plan).
import type { StructuredDocument } from '../../../../ingest/src/document.ts';
import type { Rule } from '../api.ts';
import type { Rubric } from '../../rubric.ts';
import { compileRubric, perVocabulary } from '../../vocabulary.ts';

// The rubric's words (lists.nameFieldOwners, otherNameOwners, childSubjectVerbs, adultAfterName,
// adultBeforeName) in this grammar: a name field's label, a name as a sentence's subject, an adult named
// beside their role. Capitals, colons and brackets are layout.
const nameWords = perVocabulary((v) => ({
  label: new RegExp(String.raw`(?:${v.list('nameFieldOwners')}\s*)?(?<!${v.list('otherNameOwners')}(?:'?s)?\s)\bname(?: of (?:child|young person))?[ \t]*[:\-–|\t][ \t|]*(\r?\n[ \t]*)?(\S+)`, 'gi'),
  subject: new RegExp(String.raw`(?<![\w.] ?(?:Mr|Mrs|Ms|Miss|Dr)\.? ?)\b([A-Z][a-z]{2,})(?:'s|’s)?\s+${v.list('childSubjectVerbs')}\b`, 'g'),
  verbs: v.list('childSubjectVerbs'),
  adultAfter: new RegExp(String.raw`\b([A-Z][a-z]{2,})\s*(?:\(|,\s*)${v.list('adultAfterName')}`, 'gi'),
  adultBefore: new RegExp(String.raw`\b${v.list('adultBeforeName')}\s*(?:\(|,|:|-|–)?\s*([A-Z][a-z]{2,})`, 'gi'),
}));

/** First name of the child: from a name field, else the name most used as a subject. */
export function childName(doc: StructuredDocument, notNames: ReadonlySet<string>, rubric?: Rubric): string | null {
  // A name field ("Name: Ava", "My name | Callum Ferreira", a table cell, or "Name:" with a first name and
  // surname on the next line, as a form's text export gives it), not a school's, a parent's or a worker's
  // name: the exclusion is checked just before "name", so "School name" is excluded however it is spaced.
  const head = doc.text.slice(0, 4000);
  const label = nameWords(rubric).label;
  for (const m of head.matchAll(label)) {
    const name = /^[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*/.exec(m[2])?.[0];
    if (!name) continue;
    // A word that is seldom a name (a month, a season) still is one in a name field when a surname follows.
    const fullName = /^[ \t]+[A-Z][a-z'’]+/.test(head.slice(m.index! + m[0].length));
    // On the next line, only a first name and a surname: anything else is the next field ("Date of Birth:").
    if (m[1] && !fullName) continue;
    if (!notNames.has(name) || fullName) return name;
  }
  // A title naming the child ("Education, Health and Care Plan – Tamsin Ogunleye-Price", "EHC plan for Ava Lee").
  const title = /\b(?:Education,? Health and Care|EHC) [Pp]lan(?: for|[ \t]*[–—:-])[ \t]+([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*)[ \t]+[A-Z][a-z'’]+/.exec(head);
  if (title && !notNames.has(title[1])) return title[1];
  const counts = subjectNames(doc.text, notNames, rubric);
  let best: string | null = null;
  let n = 0;
  for (const [name, c] of counts) if (c > n) [best, n] = [name, c];
  return n >= 3 ? best : null;
}

function subjectNames(text: string, notNames: ReadonlySet<string>, rubric?: Rubric): Map<string, number> {
  const counts = new Map<string, number>();
  const re = nameWords(rubric).subject;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (notNames.has(m[1])) continue;
    counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  return counts;
}

export const rule: Rule = {
  meta: { id: 'plan.other-child-name', order: 230, family: 'plan', sections: [], data: ['name'] },
  create(context) {
    const notNames = compileRubric(context.rubric).notNames;
    const name = childName(context.doc, notNames, context.rubric);
    if (!name) return;
    const counts = subjectNames(context.doc.text, notNames, context.rubric);
    const words = nameWords(context.rubric);
    const main = counts.get(name) ?? 0;
    if (main < 4) return;
    // Names of adults the plan mentions ("Sarah (Mum)", "Mrs Jones") are not another child.
    const adults = new Set<string>();
    for (const m of context.doc.text.matchAll(words.adultAfter)) adults.add(m[1]);
    for (const m of context.doc.text.matchAll(words.adultBefore)) adults.add(m[1]);
    for (const [other, c] of counts) {
      if (other === name || adults.has(other) || c * 5 > main || c > 2) continue;
      const re = new RegExp(`\\b${other}\\b(?=(?:'s|’s)?\\s+${words.verbs}\\b)`, 'g');
      for (const m of context.doc.text.matchAll(re)) context.report({ start: m.index!, end: m.index! + other.length, section: context.sectionAt(m.index!), data: { name } });
    }
  },
};
