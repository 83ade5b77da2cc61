// Word similarity between a recommendation and the plan's provision statements: TF-IDF vectors
// over stemmed content words, compared by cosine. Professions and common synonyms are folded to
// one token first (the rubric's vocabulary.matchSynonyms: "speech and language therapist", "SaLT", "SLT" -> "slt") so wording does not
// decide the match; amounts and filler are dropped, because every statement has them.
import stemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { Rubric } from '../rubric.ts';
import { perVocabulary } from '../vocabulary.ts';

// The rubric's synonyms (vocabulary.matchSynonyms), and the tokens they fold to, kept as they are (not stemmed).
const folding = perVocabulary((v) => ({ fold: v.matchSynonyms, folded: new Set(v.matchSynonyms.map((m) => m.token)) }));
/** The tokens the rubric's synonyms fold to ("typing", "radioaid"): each names one kind of thing. */
export const synonymTokens = (rubric?: Rubric): ReadonlySet<string> => folding(rubric).folded;

const STOP = new Set(
  ('a an the and or of to in on at for with by from as is are be been being will would should could may might must can shall ' +
    'he she they him her his their them it its this that these those who which what when where how than then so such also very ' +
    'recommend recommended recommendation recommendations advise advised benefit benefits provide provided provision deliver delivered receive receives receiving ' +
    'need needs needed require requires required continue continuing use used using have has had access support supported ' +
    'week weeks weekly day days daily term terms termly half fortnight fortnightly month months year years per each every minute minutes mins min hour hours session sessions ' +
    'x times once twice one two three four five six seven eight ten fifteen twenty thirty forty fifty sixty ninety least up total ' +
    'school setting class staff adult adults child children pupil pupils peers young person plan section i we our my me strongly therefore important essential ' +
    'take takes part given get gets time times allow allows all any start end available availability lesson lessons led lead leads run runs more no most maximum go goes going possible possibly some ' +
    // A condition or a wish ("if she wishes") says whether, not what.
    'if unless whether wish wishes wished develop develops developing').split(/\s+/),
);

const KEEP_WORDS_NOT = new Set(['slt', 'ot', 'physio', 'ep', 'ta', 'specteach', 'elsa', 'jobcoach', 'onetoone', 'group']);

export function tokens(text: string, ignore: ReadonlySet<string> = new Set(), rubric?: Rubric, keep = false): string[] {
  const { fold, folded } = folding(rubric);
  let t = text;
  // With `keep`, a concept keeps the words it was written in ("topic words" -> vocab topic words), so
  // a statement that names it in other words still shares some; who delivers and how do not.
  for (const { re, token } of fold) t = t.replace(re, (m) => (!keep || KEEP_WORDS_NOT.has(token) ? ` ${token} ` : ` ${token} ${m.replace(/[^A-Za-z]+/g, ' ').toLowerCase()} `));
  const out: string[] = [];
  for (const w of t.toLowerCase().split(/[^a-z]+/)) {
    if (w.length < 2 || STOP.has(w) || ignore.has(w)) continue;
    const s = folded.has(w) ? w : stemmer.stem(w);
    if (!STOP.has(s)) out.push(s);
  }
  return out;
}

// Where and when a statement applies ("... for all table-top activities", "... during carpet time")
// says less about what it is than its opening words: those tokens count for half.
const SETTING = /\s(?:for|in|during|at|across|throughout|when|whenever|before|after|on)\s+(?:all|every|each|any|the|his|her|their)\b/i;
const SETTING_WEIGHT = 0.5;

// A time put first in a clause of its own ("While she is on the part-time timetable, …", "During the
// phased return, …") says when, as a where-and-when phrase after the thing does (grammar).
const LEADING_WHEN = /^\s*(?:while|whilst|during|until|once|whenever|throughout)\b[^,;.]{3,100},\s/i;

// A named organisation ("the Community Eating Disorder Service", "Gulls Reach College"): capitalised
// words closing on one of the rubric's nameEnds. It says who, once, however many words it has, so its
// words together count as one word.
const organisationName = perVocabulary((v) => new RegExp(String.raw`(?<![\w'’-])(?:[A-Z][\w'’-]*\s+){1,5}${v.list('nameEnds')}(?![\w])`, 'g'));

export interface Bag {
  toks: string[];
  setting: Set<string>;
  /** A weight for the words of a named organisation (1 over the root of its words), where they name nothing else in the statement. */
  named?: Map<string, number>;
}

/** A statement's tokens, with those found only in its where-and-when phrase marked. */
export function bag(text: string, ignore: ReadonlySet<string> = new Set(), rubric?: Rubric): Bag {
  const b = bagOf(text, ignore, rubric);
  const named = namedWeights(text, ignore, rubric);
  // The words a concept was written in count for half, as where and when do: they say the same
  // thing as the concept's token, so they only help a statement that put it in other words.
  const plain = new Set(b.toks);
  const kept = tokens(text, ignore, rubric, true).filter((t) => !plain.has(t));
  return { toks: [...b.toks, ...kept], setting: new Set([...b.setting, ...kept]), named };
}

/** The named organisations in `text` ("the Mental Health Support Team"), in small letters. */
export function organisationNames(text: string, rubric?: Rubric): string[] {
  return [...text.matchAll(organisationName(rubric))].map((m) => m[0].replace(/\s+/g, ' ').toLowerCase());
}

/** The words of the named organisations in `text`, each weighted so that the name weighs as one word (1 over the root of its words), unless the text uses it outside a name. */
function namedWeights(text: string, ignore: ReadonlySet<string>, rubric?: Rubric): Map<string, number> {
  const re = organisationName(rubric);
  const out = new Map<string, number>();
  re.lastIndex = 0;
  const names = [...text.matchAll(re)];
  if (!names.length) return out;
  const rest = new Set(tokens(text.replace(re, ' '), ignore, rubric));
  for (const m of names) {
    const words = tokens(m[0], ignore, rubric);
    for (const w of words) if (!rest.has(w)) out.set(w, Math.min(out.get(w) ?? 1, 1 / Math.sqrt(words.length)));
  }
  return out;
}

function bagOf(text: string, ignore: ReadonlySet<string>, rubric?: Rubric): Bag {
  const lead = LEADING_WHEN.exec(text);
  if (lead) {
    const b = bagOf(text.slice(lead[0].length), ignore, rubric);
    const when = tokens(lead[0], ignore, rubric);
    const inWhat = new Set(b.toks.filter((t) => !b.setting.has(t)));
    return { toks: [...when, ...b.toks], setting: new Set([...b.setting, ...when.filter((t) => !inWhat.has(t))]) };
  }
  const m = SETTING.exec(text);
  if (!m || m.index < 12) return { toks: tokens(text, ignore, rubric), setting: new Set() };
  const what = tokens(text.slice(0, m.index), ignore, rubric);
  const where = tokens(text.slice(m.index), ignore, rubric);
  const inWhat = new Set(what);
  return { toks: [...what, ...where], setting: new Set(where.filter((t) => !inWhat.has(t))) };
}

/** Tokens that name who provides rather than what is provided: they count for less in a match. */
export const PROVIDER_TOKENS: ReadonlySet<string> = new Set(['slt', 'ot', 'physio', 'ep', 'ta', 'specteach', 'onetoone', 'group', 'therapist', 'teacher', 'assist', 'senco', 'nurs', 'psychologist', 'specialist', 'qualifi', 'train', 'direct', 'program', 'programm', 'name', 'member']);
const PROVIDER_WEIGHT = 0.6;

export class Vectoriser {
  private df = new Map<string, number>();
  private n = 0;
  constructor(docs: string[][]) {
    for (const d of docs) {
      this.n++;
      for (const t of new Set(d)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    }
  }
  vector(toks: string[], setting: ReadonlySet<string> = new Set(), named: ReadonlyMap<string, number> = new Map()): Map<string, number> {
    const tf = new Map<string, number>();
    for (const t of toks) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    for (const [t, f] of tf) {
      const idf = Math.log((1 + this.n) / (1 + (this.df.get(t) ?? 0))) + 1;
      v.set(t, (1 + Math.log(f)) * idf * (PROVIDER_TOKENS.has(t) ? PROVIDER_WEIGHT : 1) * (setting.has(t) ? SETTING_WEIGHT : 1) * (named.get(t) ?? 1));
    }
    return v;
  }
}

// The cosine of two vectors is the comparison's (compare/similarity.ts), one function for both.
export { cosine } from '../compare/similarity.ts';

// What a recommendation opens with, up to the thing it names: a subject of up to three words and its
// modal ("Mia should", "Staff to"; lists.adviceLeadModals), a verb ("have", "use"; adviceLeadVerbs)
// and the words before a noun ("a", "regular"; adviceLeadArticles), in this grammar. And the kind words
// that name no particular provision, as stems ("group", "programm"; adviceKindStems).
const leadWords = perVocabulary((v) => ({
  lead: new RegExp(String.raw`^\s*(?:(?:[\w'’-]+ ){0,3}?${v.list('adviceLeadModals')}\s+)?(?:${v.list('adviceLeadVerbs')}\s+)?(?:${v.list('adviceLeadArticles')}\s+)*`, 'i'),
  kind: new Set(v.source.lists.adviceKindStems ?? []),
  // A count of the staff it is for ("(It is essential that) at least two members of staff in her class
  // are trained in …"): who, not what; the thing is what they are to be (the rubric's trainees, in grammar).
  counted: new RegExp(String.raw`^\s*(?:(?:[\w'’-]+ ){0,4}that )?(?:(?:at least|a minimum of) )?(?:${v.number}|all|every) (?:[\w-]+ ){0,2}?${v.list('trainees')} (?:[\w'’-]+ ){0,4}?(?:are|is|be|to be|should be|must be|will be|get|gets) (?=\w)`, 'i'),
}));

/** The kind words, as stems, that name no particular provision ("group", "approach"; adviceKindStems). */
export const kindStems = (rubric?: Rubric): ReadonlySet<string> => leadWords(rubric).kind;

/**
 * The tokens of the thing a recommendation opens with ("Use visual supports (pictures, …)" -> visual),
 * without who delivers it or the kind of thing it is: when a provision statement has them all, it
 * names the same thing, however much more the recommendation says about where and how.
 */
export function headTokens(text: string, ignore: ReadonlySet<string> = new Set(), rubric?: Rubric): string[] {
  const head = text.replace(LEADING_WHEN, '').replace(leadWords(rubric).counted, '').replace(leadWords(rubric).lead, '').split(/\s(?:for|in|during|at|across|throughout|when|whenever|before|after|on|to|from|by|with|of|so|which|that|alongside|using|every|each)\b|[,;.:\t(]/i)[0];
  const { kind } = leadWords(rubric);
  return tokens(head, ignore, rubric).filter((t) => !kind.has(t) && !PROVIDER_TOKENS.has(t));
}
