// A combined table pasted or exported as plain text loses its grid: its header cells become lines
// ("B – Special Educational Needs", "F – Special Educational Provision", "E – Outcomes") and each cell
// becomes one or more lines after them, empty cells vanishing. What a line says tells which column
// it came from: a need describes the child now, an outcome says what the child will achieve, and
// provision says what will be done. The column order then tells where a row ends.
import type { Block } from '../../../ingest/src/document.ts';
import { judgeOutcome } from '../outcomes.ts';
import { isTimeBound } from '../quantities.ts';
import { SECTION_KEYS, type SectionKey } from '../report-schema.ts';
import { NEED_SECTIONS, PROVISION_LABELS } from './areas.ts';
import { columnSection } from './columns.ts';
import { matchHeading } from './headings.ts';
import type { SectionLabel } from './types.ts';

export type LineRole = 'need' | 'provision' | 'outcome';

// A description of the child now: a difficulty, a level, a diagnosis, what they do or cannot do yet.
const NEED = /\b(?:difficult(?:y|ies)|struggles?|finds? (?:it )?(?:hard|difficult)|diagnos(?:is|ed)|delay(?:ed)?|below (?:age[- ]related|expected)|working (?:at|below|towards)|is at about|at about the level|(?:is|are) (?:not )?(?:yet )?able|cannot|can't|does not|doesn't|is not yet|not yet|has (?:a |an )?(?:diagnosis|history|condition)|needs? (?:an adult|help|support|breaks?|short breaks|reassurance)|becomes? (?:anxious|upset|distressed|dysregulated|overwhelmed)|experiences?|worr(?:y|ies)|low (?:self|mood)|asthma|epilepsy|eczema|allerg(?:y|ies)|impairment|hearing loss|uses (?:about|a few|single|some)|is a (?:lone )?carer|lone carer|behind|at about|(?:months|years) behind)\b/i;
// What will be done, delivered or used, with an amount, a provider or a programme.
const PROVISION = /\b(?:\d+\s*(?:x|×)\s*\d+|\d+\s*(?:minutes?|mins?|hours?|hrs?|sessions?|days?)\b|per (?:week|day|term|month)|weekly|daily|fortnightly|termly|each (?:week|day|morning|afternoon|term|half[- ]term|session|lesson)|every (?:day|week|morning|session|lesson|half[- ]term|term)|once a (?:week|day|term|year)|twice a (?:week|day|term)|delivered by|led by|run by|provided by|(?:therapist|teacher|assistant|SENCo|key (?:person|worker)|nurse|practitioner|staff|adult|TA|LSA|mentor|psychologist|team|service|worker|carer) (?:will|to) (?:\w+ )?(?:run|deliver|provide|support|check|teach|give|model|use|work|review|visit|assess|meet|train)|programme|intervention|therapy|opportunit(?:y|ies)|access to|support (?:with|from|for|in)|use of|equipment)\b/i;
const CHILD_WILL = /^(?:[A-Z][a-z'’-]+|He|She|They)\s+(?:will|is going to|can)\b/;

/** Which kind of cell a line of a flattened combined table reads as. */
export function lineRole(text: string): LineRole {
  const t = text.trim();
  const will = /\bwill\b/i.test(t);
  // "By July 2027, Rosie will …", "Rosie will read … by the end of Year 5": an outcome, unless it is a service.
  if (will || /^by\b/i.test(t)) {
    const j = judgeOutcome(t);
    if (!j.isProvision && (isTimeBound(t) || CHILD_WILL.test(t)) && !(PROVISION.test(t) && !isTimeBound(t))) return 'outcome';
    return 'provision';
  }
  if (NEED.test(t) && !/\b(?:delivered|provided|led|run) by\b/i.test(t)) return 'need';
  if (PROVISION.test(t)) return 'provision';
  // A statement about the child with a finite verb and no amount is a need ("Rosie plays next to other children").
  if (/^(?:[A-Z][a-z'’-]+(?:'s|’s)?|He|She|They|His|Her|Their)\s+(?:\w+\s+){0,3}?(?:is|are|has|have|uses|can|does|plays|reads|writes|speaks|says|understands|remembers|likes|enjoys|lives|gets|goes|needs|finds|becomes|was|shows|tends|relies|avoids)\b/.test(t)) return 'need';
  return 'provision';
}

/** The runs of lines that are a flattened combined table's header cells: the first line of each with its columns' sections, and the other lines of the run. */
export function flatTableHeads(blocks: Block[]): { heads: Map<Block, SectionLabel[]>; rest: Set<Block> } {
  const heads = new Map<Block, SectionLabel[]>();
  const rest = new Set<Block>();
  for (let i = 0; i < blocks.length; i++) {
    const labels: SectionLabel[] = [];
    let j = i;
    while (j < blocks.length && blocks[j].kind !== 'table' && blocks[j].kind !== 'listItem') {
      const l = columnSection((blocks[j] as Exclude<Block, { kind: 'table' }>).text);
      if (!l || labels.includes(l) || !/^\W{0,3}[A-K][12]?\s*[-–—:.]/.test((blocks[j] as Exclude<Block, { kind: 'table' }>).text.trim())) break;
      labels.push(l);
      j++;
    }
    const kinds = labels.map((l) => (NEED_SECTIONS.has(l) ? 'need' : l === 'E' ? 'outcome' : PROVISION_LABELS.has(l) ? 'provision' : null));
    // Columns start with the need and are not in the alphabet's order (a contents list is: "D –", "E –", "F –").
    const ascending = labels.every((l, k) => k === 0 || SECTION_KEYS.indexOf(l as SectionKey) > SECTION_KEYS.indexOf(labels[k - 1] as SectionKey));
    if (labels.length >= 2 && !ascending && kinds[0] === 'need' && kinds.every((k) => k !== null) && kinds.includes('provision') && j < blocks.length && blocks[j].kind !== 'table' && !matchHeading((blocks[j] as Exclude<Block, { kind: 'table' }>).text, true, false)) {
      heads.set(blocks[i], labels);
      for (let k = i + 1; k < j; k++) rest.add(blocks[k]);
      i = j - 1;
    }
  }
  return { heads, rest };
}

/** A flattened combined table being read: its columns, the column the last line went to, its row and the row's need. */
export interface FlatTable {
  labels: SectionLabel[];
  col: number;
  row: number;
  need: string | null;
}

/** The column a line of a flattened table came from; `nextRow` gives the id of a new row. */
export function flatColumn(flat: FlatTable, t: string, nextRow: () => number): { label: SectionLabel; role: LineRole } {
  // The line goes to the first column of its kind at or after the last one; an earlier column starts a new row.
  const role = lineRole(t);
  const kindOf = (l: SectionLabel) => (NEED_SECTIONS.has(l) ? 'need' : l === 'E' ? 'outcome' : 'provision');
  const cols = flat.labels.map((l, i) => (kindOf(l) === role ? i : -1)).filter((i) => i >= 0);
  let col = cols.find((i) => i >= flat.col);
  if (col === undefined || flat.row === 0 || (col === flat.col && role === 'need')) {
    col = cols[0];
    flat.row = nextRow();
    flat.need = null;
  }
  flat.col = col;
  return { label: flat.labels[col], role };
}
