// Named programmes and interventions ("Talkabout", "Lego therapy", "Zones of Regulation", "Toe by
// Toe"): two statements naming different programmes are different provision however many other
// words they share, and the same name is strong evidence they are the same provision.
import { escapeRegExp } from '../fast-patterns.ts';

// Capitalised words that name a role, a subject, a place, a time or a service, not a programme.
const NOT_PROGRAMME = new Set(
  ('I A An The This That These Those He She They His Her Their It We Our You Your Mum Dad Mr Mrs Ms Miss Dr ' +
    'SLT SLTs SALT SaLT SALTs OT OTs EP EPs TA TAs LSA LSAs HLTA HLTAs SENCo SENCO SENDCo SENDCO ' +
    'QToD QTVI NHS CAMHS GP PE ICT SEN SEND EHC EHCP KS Key Stage Year Reception Nursery Section ' +
    'English Maths Mathematics Science History Geography Art Music Computing French Spanish RE PSHE ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Autumn Spring Summer Christmas Easter ' +
    'Speech Language Occupational Therapy Therapist Physiotherapy Physiotherapist Physio Educational Psychologist ' +
    'Psychology Teacher Teaching Assistant School Primary Secondary Academy College Service Team Centre Hospital Council Clinic ' +
    'Trust County Local Authority Health Social Care Plan Advice Recommendation Recommendations Provision Support Outcome ' +
    'Direct Indirect Weekly Daily Termly Sessions Session Small Group Individual Staff Adult Adults Parents Parent ' +
    'Please Note Appendix Child Pupil Student Young Person All Each Every Both When Where What If By At In On For With From To ' +
    // Verbs a recommendation opens with ("Attend Talkabout weekly").
    'Use Provide Attend Join Continue Offer Access Receive Have Give Deliver Ensure Allow Encourage Practise Practice Teach Model Try Consider Introduce Implement Follow Run Set Start Build Include Let Make Keep').split(/\s+/),
);

// Subjects that open some programmes' names ("Speech Link", "Maths Recovery").
const SUBJECT_LEAD = /^(?:Speech|Language|Maths|Mathematics|English|Reading|Number|Numeracy|Literacy|Social|Music)$/;
// The kind of thing a name ends in ("Numicon Intervention Programme" is Numicon).
const GENERIC_TAIL = /^(?:Interventions?|Programmes?|Programs?|Schemes?|Approach|Course|Clubs?|Groups?|Sessions?|Kit|Pack)$/;

const TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?$/;
const INSTITUTION = /^(?:School|Primary|Secondary|Academy|College|Nursery|Service|Team|Centre|Center|Hospital|Council|Clinic|Trust|University|NHS)$/;

// A run of capitalised words, with the small words a name may contain between them ("Toe by Toe").
const RUN = /\b[A-Z][\w'’-]*(?:\s+(?:(?:by|for|of|the|from|and|to|a|on)\s+)*[A-Z][\w'’-]*)*/g;
// A lower-case word that a name ends in ("Lego therapy", "Attention Autism programme").
const PROGRAMME_NOUN = /^\s+(?:therapy|programme|program|intervention|approach|scheme|group|club|sessions?|curriculum|strategy)\b/i;

/** The programme names in `text`, lower-cased; `ignore` holds the child's name. */
export function programmeNames(text: string, ignore: ReadonlySet<string> = new Set()): string[] {
  const out = new Set<string>();
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(text))) {
    const words = m[0].split(/\s+/);
    // A person ("Mrs Patel") or an institution ("Bluebell Primary School") is not a programme.
    if (TITLE.test(words[0]) || words.some((w) => INSTITUTION.test(w))) continue;
    // Drop role and general words from either end ("The Talkabout" -> "Talkabout"), but not a subject
    // that opens a programme's own name ("Speech Link", "Language for Thinking", "Maths Recovery"):
    // without it, "Speech Link" and "Language Link" would be one programme.
    const small = (w: string) => /^(?:by|for|of|the|from|and|to|a|on)$/.test(w);
    const general = (w: string) => NOT_PROGRAMME.has(w) || ignore.has(w.toLowerCase()) || small(w);
    let lead: string | null = null;
    while (words.length && general(words[0])) {
      const next = words.slice(1).find((w) => !small(w));
      if (SUBJECT_LEAD.test(words[0]) && next && /^[A-Z]/.test(next) && !general(next) && !GENERIC_TAIL.test(next)) {
        lead = words[0];
        break;
      }
      words.shift();
    }
    while (words.length > 1 && GENERIC_TAIL.test(words[words.length - 1])) words.pop();
    while (words.length && general(words[words.length - 1])) words.pop();
    if (!words.length) continue;
    const capitals = words.filter((w) => /^[A-Z]/.test(w) && w !== lead);
    if (capitals.some((w) => NOT_PROGRAMME.has(w) || ignore.has(w.toLowerCase()))) continue;
    const name = words.join(' ');
    const at = m.index + m[0].indexOf(words[0]);
    // The first word of a sentence is capitalised anyway: a name there needs a second capital or a programme noun after it.
    const sentenceStart = at === 0 || /(?:[.!?:;•\t]|^)\s*["'(]?$/.test(text.slice(Math.max(0, at - 4), at));
    const followedByNoun = PROGRAMME_NOUN.test(text.slice(at + name.length));
    if (sentenceStart && words.length === 1 && !followedByNoun && !/^[A-Z]{2,}$/.test(name)) continue;
    // Possessive ("Ava's"): a person.
    if (/['’]s$/.test(name)) continue;
    // A lone word in a past form ("… at home  Encouraged", a table's cell run into the line): a verb,
    // not a name (grammar).
    if (words.length === 1 && /^[A-Z][a-z]+ed$/.test(name) && !followedByNoun) continue;
    out.add(name.toLowerCase());
  }
  return [...out];
}

/**
 * How two statements' programme names relate: 'same' when one names a programme the other also
 * names (in any case), 'different' when both name programmes and share none, else null.
 */
export function programmeRelation(a: string, b: string, ignore: ReadonlySet<string> = new Set()): 'same' | 'different' | null {
  const na = programmeNames(a, ignore);
  const nb = programmeNames(b, ignore);
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  const inText = (n: string, t: string) => new RegExp(`\\b${escapeRegExp(n)}\\b`).test(t);
  if (na.some((n) => inText(n, lb)) || nb.some((n) => inText(n, la))) return 'same';
  return na.length && nb.length ? 'different' : null;
}
