// A combined table pasted or exported as plain text loses its grid: its header cells become lines
// ("B – Special Educational Needs", "F – Special Educational Provision", "E – Outcomes") and each cell
// becomes one or more lines after them, empty cells vanishing. What a line says tells which column
// it came from: a need describes the child now, an outcome says what the child will achieve, and
// provision says what will be done. The column order then tells where a row ends.
import { judgeOutcome } from './outcomes.ts';
import { isTimeBound } from './quantities.ts';

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
