// Judges one outcome (rubric-reference.md §4-§5): the child's own achievement, measurable,
// time-bound, SMART, preparing for adulthood; and outcomes that are really provision or aspirations.
//
// Measurable, as §4 reads it: an observable, checkable result. Either a measure (a count, level,
// accuracy, "4 out of 5", "every day", "no more than one prompt") or a named action the child will
// do ("travel by bus to college", "get changed for PE", "talk to an adult about her worries").
// Not measurable: an inner state or a direction of travel ("be happy", "understand", "improve",
// "develop", "make progress", "access the curriculum", "more confident"), and a service.
import { isTimeBound, withoutTimes } from './quantities.ts';
import type { Rubric } from './rubric.ts';
import { outcomeBlanks, type PlanFacts } from './suggest.ts';

export interface OutcomeJudgement {
  measurable: boolean;
  timeBound: boolean;
  ownAchievement: boolean;
  smart: boolean;
  preparingForAdulthood: boolean;
  isProvision: boolean;
  aspiration: boolean;
}

// "Ella will receive speech therapy", "X will have access to…", "staff will…": a service, not a result.
const PROVISION_LIKE = /(?<![\w])(?:(?:will|to) (?:continue to )?(?:receive|be given|be provided(?: with)?|be offered|be supported|be taught|be helped|have access to|attend (?:[\w&'-]+ ){0,5}(?:sessions?|therapy|interventions?)\b|get (?:support|help|\d)|have (?:(?!(?:with|to|for|from|at|in|on|of|about|when|friends?)\b)[\w:&-]+ ){0,4}?(?:sessions?|support|(?:physio|psycho|hydro|aqua|speech |play |music |art |drama )?therap(?:y|ies)|input|interventions?|1:1|TA|adults?|access|assessments?|reviews?|personal budget|direct payments?|short breaks?|respite|equipment|care package|package of care|transport|escort|key ?workers?|mentor(?:ing)?)\b)|(?:to|will) be provided|(?:staff|school|the school|teachers?|the class teacher|TA|adults?|the SENCo|SENCO|therapists?|SaLT|OT) (?:will|should|must|to) (?:\w+ )?(?:provide|support|deliver|help|ensure|give|offer|use|model|teach|work)|^(?:to )?(?:receive|provide|access to|support (?:for|from))\b|^(?:\d+|daily|weekly)\b.*\b(?:sessions?|support)\b)/i;

const ASPIRATION = /(?<![\w])(?:wants? to|would like to|hopes? to|wishes? to|dreams? (?:of|to|is)|aspires? to|aspiration|(?:to )?be happy|when (?:I|he|she|they) (?:grows?|am|is|are) (?:up|older)|(?:to )?become an? (?!more\b|less\b|better\b|confident|independent)\w+|I want|reach (?:his|her|their|my) (?:full )?potential)(?![\w])/i;

// ---------------------------------------------------------------- time (beyond quantities.ts)

// "By the end of my first year at college", "by next year", "in 12 months' time".
// A "By when" cell of an outcome row holds the time alone: "End of Year 9", "July 2026", "Summer term 2027".
const MONTHS = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const TIME_CELL = String.raw`(?<=^|\t)\s*(?:(?:by |before )?(?:the )?(?:end|start) of (?:the )?(?:year \d{1,2}|key stage \d|ks\s?\d|reception|nursery|(?:autumn|spring|summer) (?:term|half[- ]?term)(?: \d{4})?|(?:academic |school )?year|term|half[- ]?term)|(?:\d{1,2}(?:st|nd|rd|th)? )?${MONTHS}\.? \d{4}|(?:autumn|spring|summer|christmas|easter)(?: term| half[- ]?term)? \d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:19|20)\d\d(?:[/-]\d{2,4})?|(?:within )?\d{1,2} (?:weeks|months)|(?:next|at the) annual review)\s*(?=\t|$)`;
const MORE_TIME = new RegExp(String.raw`(?<![\w])(?:by (?:the )?(?:end|start) of my\b|by (?:the )?next (?:school |academic )?(?:year|term|half[- ]?term|summer|spring|autumn)|in (?:\d+|one|two|three|four|six|twelve|eighteen|a) (?:weeks?|months?|years?|terms?)['’]? time|in (?:the next )?(?:\d+|six|twelve|eighteen) (?:weeks|months|years)(?! (?:of|out of)\b))|${TIME_CELL}`, 'i');
const MORE_TIME_ALL = new RegExp(MORE_TIME.source, 'gi');

function timeBoundText(text: string): boolean {
  // "when he leaves school" says when, loosely, not by when; "by the time" and "before" do.
  const t = text.replace(/(?<!by the time |before )\bwhen (?:he|she|they|I|[A-Z][a-z]+) (?:leaves?|moves?|transfers?|starts?)\b/g, (m) => ' '.repeat(m.length));
  return isTimeBound(t) || MORE_TIME.test(t);
}

function withoutAllTimes(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  // "Outcome 2:", "E1", "1.": a label, not a measure.
  text = text.replace(/^\s*(?:(?:outcome|target|goal|aim|step|E)\s*\d+[a-z]?|\d{1,2}(?:\.\d)?)\s*[:.)\-–]?\s+/i, blank);
  // A time phrase's number can be left behind ("by the end of Year| 9"): it is not a measure.
  return withoutTimes(text).replace(MORE_TIME_ALL, blank).replace(/(?<=\s{3})\d{1,2}(?:st|nd|rd|th)?(?![\w%])/g, blank);
}

// ---------------------------------------------------------------- measures

const NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a dozen|both|all \d+)`;

// "One day" closing a sentence is "some day", not a count.
const NOT_SOMEDAY = String.raw`(?! day\s*(?:[.,;!]|$))`;

// A checkable measure anywhere in the outcome (dates already blanked).
const MEASURE = new RegExp(
  String.raw`(?<![\w])(?:` +
    [
      String.raw`\d+(?:\.\d+)?\s*(?:%|per ?cent|/\s?\d+)`,
      String.raw`\d+(?:[.,]\d+)?(?![\w])`, // any count left after dates are blanked: "50 words", "5 days out of 7", "£2"
      String.raw`${NUMBER_WORD}(?![\w])(?! of (?:his|her|their|the)\b)(?! another)${NOT_SOMEDAY}`,
      String.raw`one${NOT_SOMEDAY}(?=[\s-]+(?:[\w-]+\s+)?(?:prompt|reminder|week|day|term|lesson|session|step|word|sentence|page|piece|minute|hour|occasion|time|mistake|error)s?\b)`,
      String.raw`in \d+ out of \d+|out of \d+`,
      String.raw`accura(?:cy|te(?:ly)?)|correctly|without (?:any )?(?:errors?|mistakes?)|legibly`,
      String.raw`age[- ]related expectations?|expected standard|(?:book|reading|phonics) (?:band|phase|level)|reading age|spelling age|grade \d|GCSEs?|Entry Level|Level [1-8]|(?:phase|stage|step|band|P) ?\d|pass(?:es)? (?:his|her|their|a|the)|qualification|certificate`,
      String.raw`(?:every|each|all) (?:school )?(?:day|time|lesson|session|morning|afternoon|evening|week|occasion|break(?:time)?|lunch(?:time)?|transition|visit|trip|journey)s?`,
      String.raw`all day|the whole (?:lesson|day|session|morning|afternoon|lunch\w*|term|week|journey)|(?:a|one) (?:whole|full) (?:school )?(?:day|week|lesson|term|session)`,
      String.raw`no (?:more|fewer|less) than|at least|fewer than|less than|more than \w+ times|once|twice|consecutive|in a row|without (?:stopping|leaving|a break)`,
    ].join('|') +
    `)`,
  'i',
);

// Doing it alone: itself a checkable standard ("on his own", "without adult help").
const INDEPENDENT = /(?<![\w])(?:independently|on (?:his|her|their|my) own|by (?:himself|herself|themselves|myself)|(?:him|her|them|my)sel(?:f|ves)(?=[\s.,;]|$)|without (?:any )?(?:adult |staff )?(?:support|help|prompts?|prompting|reminders?|assistance|intervention|being (?:reminded|prompted|asked))|unaided|with (?:no|one|1|two|2|a single|minimal) (?:verbal |visual |adult )?(?:prompts?|reminders?)|with (?:no|minimal) (?:adult )?(?:support|help))(?![\w])/i;

// "himself" right after a verb that takes the child as its object: "keep himself safe", "calm herself".
const BARE_REFLEXIVE = /(?<=(?:keep|keeps|keeping|calm|calms|calming|look after|looks after|express|expresses|expressing|regulate|regulates|protect|protects|protecting|behave|behaves|enjoy|enjoys|push|pushes|challenge|challenges|see|sees|introduce|introduces|present|presents) )(?:him|her|them|my)sel(?:f|ves)(?=[\s.,;]|$)/gi;

// Words that only say "in some direction" or "to some degree": not a result anyone can check.
const VAGUE_ANYWHERE = /(?<![\w])(?:more(?! than)|less(?! than)|better|longer|greater|happier|calmer|healthier|easier|safer|as (?:\w+ )?as (?:possible|he can|she can|they can)|(?:in)?appropriate(?:ly)?|effectively|positively|successfully|regular(?:ly)?|consistent(?:ly)?|frequent(?:ly)?|often|usually|generally|properly|clear(?:ly|er)?(?! (?:up|away|his|her|their|the|a)\b)|neat(?:ly|er)?|nicely|(?<!as )well(?![\w-])(?! as)|a range of|strategies|skills|progress|potential|confidence|self-esteem|resilience|understanding|awareness)(?![\w])/i;

// The verb phrase that heads the outcome's predicate, when it is a state or a direction of travel.
const VAGUE_HEAD = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`(?:improve|develop|progress|increase|grow|build|extend|enhance|strengthen|consolidate|widen|broaden|deepen|embed)\w*`,
      String.raw`gain(?:s|ed)? (?:the |some |more |new )?(?:confidence|skills|independence|understanding|awareness|experience|knowledge|self)`,
      String.raw`get(?:s|ting)? (?:better|more|less|used to)|get (?:a |an |some )?(?:[\w-]+ )?(?:job|employment|work)\b|find (?:a )?(?:job|work|employment)`,
      String.raw`manag(?:e|es|ing)\b|(?:keep|maintain|sustain)\w* (?:up )?(?:his |her |their |my )?(?:strength|fitness|health|mobility|friendships?|relationships?|skills|progress|focus|attention|motivation|wellbeing)`,
      String.raw`make (?:good |expected |further |more |better |accelerated |sustained |continued |positive |steady |some |a |new )*(?:progress|improvements?|gains|friends?|friendships|relationships|connections|(?:good |better |positive |safe |healthy |informed )?(?:choices|decisions)|the most of)`,
      String.raw`be(?:come|coming)?\b(?! able to)(?! (?:fully |completely )?(?:toilet[- ]trained|dry|continent|out of nappies|on time|punctual)\b)|feel\w*|understand\w*|know\b|knows\b|learn\w*|engage\w*|enjoy\w*|experience\w*|reach\w*|fulfil\w*|thrive|flourish|cope\w*|concentrate\w*|remember\w*|(?:self-)?regulate\w*|tolerate\w*|accept\w*|value\w*|appreciate\w*|recogni[sz]e (?:his|her|their|my) (?:own )?(?:emotions|feelings|strengths)`,
      String.raw`achieve (?:his|her|their|my|its) (?:full |best |maximum )?potential`,
      String.raw`access\w*`,
      String.raw`(?:have|get) (?:his |her |their |my )?(?:needs|difficulties) (?:met|addressed|supported|understood|recogni[sz]ed)`,
      String.raw`control (?:his|her|their|my) (?:emotions|feelings|anger|behaviou?r|temper)`,
      String.raw`(?:work|move) towards|participate (?:more|fully|actively)|contribute more|interact (?:more|with)|socialise|mix with`,
      String.raw`have (?:a |an )?(?:(?:good|better|improved|increased|greater|more|positive|fulfilling|happy|healthy|healthier|active|successful|independent|meaningful|safe|secure)\b|friends|lots of friends|(?:a )?social life|strategies|skills|confidence|understanding|awareness|opportunities|access|support|a sense)`,
      String.raw`(?:help|support|ensure|encourage|enable|promote|foster|nurture|allow)\w*`,
      String.raw`(?:look after (?:him|her|them|my)sel(?:f|ves)|keep (?:him|her|them|my)sel(?:f|ves) safe)(?!,? by\b)|try\b|tries\b|attempt\w*|live (?:a|an|happily|safely)\b|(?:lead|leads|have|has|enjoy|enjoys|live|lives) (?:a |an )?(?:[\w-]+ ){0,3}?(?:life|lives|lifestyles?)\b|settle\w*|transition\w* (?:well|smoothly|successfully)`,
      String.raw`(?:express|communicate|share|talk about)\w* (?:his |her |their |my )?(?:own )?(?:feelings|emotions|needs|wants|views|wishes)(?! (?:to|with|using|by)\b)`,
      String.raw`take (?:more |greater |some )?(?:responsibility|ownership|pride|care)\b`,
      String.raw`play (?:alongside|near|next to|with (?:other |his |her |their )?(?:children|peers|others|friends))`,
      String.raw`use (?:a range of |some |more |appropriate |coping |calming |taught |learned |learnt )?strategies`,
      String.raw`(?:show|demonstrate|display)s? (?:an? )?(?:increased |improved |greater |more |better )?(?:understanding|awareness|improvement|progress|interest|confidence|resilience|empathy|knowledge|skills|independence|ability|readiness)`,
    ].join('|') +
    String.raw`)(?![\w])`,
  'i',
);

// Leading words that do not change what the child will do.
const PREDICATE_LEAD = /^(?:continue to|be able to|have (?:learned|learnt) (?:how )?to|start to|begin to|also|then|now|consistently|reliably|confidently|regularly|routinely|increasingly|independently|always)\s+/i;
// "have visited", "have chosen": a perfect tense is the action itself.
const PERFECT = /^ha(?:ve|s) (?=(?:\w+ )?\w+(?:ed|en|wn|ne|ade|ot|lt|nt|et|pt|ld|nd|ght)\b)(?!(?:no|an?|the|his|her|their|friends?|good|better|more|lots)\b)/i;

/**
 * What the child will do: the words after "will", after a leading "To"/"[Name] to", or the whole
 * item under a lead-in that ends "will:" ("By July, Amara will:" then "• dress herself for PE").
 * Null when the outcome has no such verb phrase.
 */
function predicate(body: string, context: string): string | null {
  const t = body.replace(/\s+/g, ' ').trim();
  const m = /(?<![\w])(?:will|shall|can now|is able to|are able to|am able to)\s+(.+)$/i.exec(t) ?? /^(?:[Tt]o|(?:[A-Z][\w'’-]+|I|[Hh]e|[Ss]he|[Tt]hey) to)\s+(.+)$/.exec(t);
  const leadIn = /\b(?:will|to|can|be able to|shall)\s*[:\-–]?\s*$/i.test(context.trim()) || /^[a-z]/.test(t);
  if (!m && !leadIn) return null;
  let p = (m ? m[1] : t).trim();
  for (let i = 0; i < 4; i++) {
    const before = p;
    p = p.replace(PREDICATE_LEAD, '').replace(PERFECT, '');
    if (p === before) break;
  }
  return p;
}

function isMeasurable(body: string, context: string, isProvision: boolean): boolean {
  if (isProvision) return false;
  const pred = predicate(body, context);
  // A wish ("would like to live in his own flat") with no "will" is an aspiration, not a result.
  if (ASPIRATION.test(body) && !/(?<![\w])(?:will|shall)\s/i.test(body)) return false;
  // "Work independently" names no task: doing a generic verb alone is no checkable result.
  const generic = pred !== null && /^(?:work|learn|play|cope|function|behave|manage|engage|participate|get on)(?:\s+(?:independently|on (?:his|her|their|my) own|by (?:him|her|them|my)sel(?:f|ves)|without (?:adult )?(?:help|support)|well|appropriately|safely|calmly|quietly|better|more|in (?:class|lessons|school)))*\s*[.;]?$/i.test(pred);
  // "Settle into Year 7": a school year named is not a measure; "a Year 5 level text" is.
  const counted = body.replace(/(?<![\w])(?:year|yr|y|key stage|ks)\s?\d{1,2}(?![\w])(?!\s*(?:level|standard|expectations?|text|book|spellings?|words?|list|curriculum))/gi, (m) => m.replace(/\d/g, ' '));
  const measured = MEASURE.test(counted) || (INDEPENDENT.test(body) && !generic);
  // A reflexive object ("keep himself safe") is not "by himself": under a state or a direction
  // ("understand how to keep himself safe") only a stated measure or an explicit "on his own" counts.
  const measuredUnderVague = MEASURE.test(counted) || (INDEPENDENT.test(body.replace(BARE_REFLEXIVE, (m) => ' '.repeat(m.length))) && !generic);
  // A state or a direction ("be happy", "improve"), or comparatives with nothing to compare:
  // only a stated measure makes it checkable.
  // Quoted words are what the child says or signs ("more", "finished"), not the outcome's wording.
  const unquoted = body.replace(/["“‘][^"”’\n]{1,30}["”’]/g, (m) => `"${'x'.repeat(m.length - 2)}"`);
  if ((pred && VAGUE_HEAD.test(pred)) || VAGUE_ANYWHERE.test(unquoted)) return measuredUnderVague;
  if (measured) return true;
  // A named action with no measure: "get changed for PE", "go to a youth club". Aspirations
  // ("wants to be a vet") and headings have no such verb phrase.
  return pred !== null && pred.split(/\s+/).length >= 2 && !generic;
}

// ---------------------------------------------------------------- preparing for adulthood (§5)

// The four areas at any age (the lead's labelling convention, corpus/AUDIT.md): work and further
// education; independent living, self-care included; friends, peers in social time and the
// community; managing one's own health. Reading, maths, attention, classroom behaviour, anxiety and
// confidence at school, and moving around inside school, are not PfA on their own.
const POSS = String.raw`(?:his|her|their|my|your)`;
const SELF = String.raw`(?:himself|herself|themselves|myself|yourself)`;
// Self-care verbs on the child's own clothes or body: "put his coat on", "take off her shoes", "brush his teeth".
const CLOTHES = String.raw`(?:coats?|jackets?|shoes|trainers|boots|wellies|socks|jumpers?|cardigans?|hoodies?|hats?|gloves|scarf|clothes|clothing|uniform|(?:PE|swimming|school|football) kit|kit|trousers|shirts?|tops?|tie|pyjamas|apron)`;
const CLOTHING = String.raw`(?:put|puts|putting|take|takes|taking|hang|hangs|hanging|fasten\w*|do|does|doing|zip|zips|undo\w*|change|changes|changing|choose|chooses|choosing|fold\w*) (?:on |off |up )?${POSS} (?:own )?(?:[\w-]+ )?${CLOTHES}(?![\w])|(?:change|changes|changing|get|gets|getting) (?:into|out of) ${POSS} (?:own )?(?:[\w-]+ )?${CLOTHES}(?![\w])|(?:fasten\w*|do|does|doing|undo\w*) (?:up )?${POSS} (?:zips?|buttons|laces)`;
const BODY_CARE = String.raw`(?:wash|brush|comb|dry|dries|blow|wipe|clean|cut|shave)(?:es|s|ing|ed)? ${POSS} (?:own )?(?:hands|face|teeth|hair|nose|body|nails)`;
// Belongings: "pack her own bag", "look after his phone", "put away his things".
const BELONGINGS = String.raw`(?:pack|unpack|organi[sz]e|look after|keep track of|carry|put away|tidy|find|bring|check|charge|lock)(?:s|es|ing|ed)? (?:up |away )?${POSS} (?:own )?(?:school |PE |swimming )?(?:bags?|rucksack|backpack|belongings|things|possessions|lunch ?box|water bottle|keys|phone|wallet|purse|bus pass|room|bedroom|kit)(?![\w])|(?:keep|keeps|keeping) ${POSS} (?:own )?(?:bedroom|room|belongings|things|clothes|wardrobe) (?:tidy|clean|neat|organi[sz]ed)`;
// Food and drink for oneself: "get herself a drink", "make a sandwich", "pour his own juice".
const FOOD = String.raw`(?:make|makes|making|made|prepare\w*|get|gets|getting|pour\w*|fetch\w*|spread\w*|cut|cuts|cutting|peel\w*|chop\w*|butter\w*|help(?:s|ing)? ${SELF} to|serve\w*|heat\w*|choose|chooses|choosing) (?:${SELF} )?(?:(?:a|an|some|his|her|their|my|own|simple|hot|cold|healthy|cup of|glass of|bowl of|piece of|plate of|the) ){0,3}(?:snacks?|sandwich(?:es)?|drinks?|tea|toast|cereal|breakfast|lunch|dinner|supper|meals?|food|water|juice|milk|fruit|butter|jam|bread|vegetables|pasta|rice|eggs?|beans)(?![\w])|(?:lay|lays|laying|set|sets|setting|clear|clears|clearing) the table|wash(?:es|ing)? up|washing[- ]up|dishwasher|(?:with|using|use|uses) (?:a |his |her |their |my )?(?:spoon|fork|beaker|open cup)`;
// Journeys beyond school: a transport mode, or on foot or by bike to or from home, school, college, work, town.
const MODE = String.raw`(?:school )?(?:bus|buses|train|tram|coach|minibus|taxi|tube|metro|ferry|public transport)`;
const TRAVEL = String.raw`(?:travel|journey)(?:s|ling|led)? (?:independently|training|on ${POSS} own|by (?:bus|train|tram|taxi)|to (?:and from )?(?:college|work|school|town|the shops))|(?:travel|get|go|journey) (?:\w+ ){0,4}(?:by|on) (?:the )?(?:bus|train|tram|public transport)|(?:catch|catches|catching|caught|take|takes|taking|get|gets|getting|board\w*|ride|rides|riding|get on|gets on|getting on|get off|gets off|use|uses|using) (?:the |a |an |${POSS} )?(?:local |usual |right |correct )?${MODE}(?![\w])|public transport|(?:bus|train|tram) (?:journey|route|timetable|pass|stop|station|fare|ticket|time)s?|(?:plan|make) (?:a|the|${POSS}) (?:\w+ )?journey|(?:walk|walks|walking|cycle|cycles|cycling|ride|rides|riding|scoot\w*) (?:${POSS} (?:bike|scooter) )?(?:home|(?:to|from) (?:and from )?(?:school|college|work|home|town|the shops|the park|the (?:bus|train) station|${POSS} (?:house|home|flat|job|placement)))(?! (?:gate|hall|assembly|office|field|playground|library|building|site|entrance|door|reception|canteen|council|trips?|lessons?|dinners?))`;
// Directing one's own care: "tell my PA what I need", "direct his carers".
const DIRECT_CARE = String.raw`(?:direct|instruct|tell|explain to|guide)(?:s|ing)? ${POSS} (?:PAs?|personal assistants?|carers?|support workers?|care staff)`;
const OWN_HOME = String.raw`(?:live|lives|living) (?:in |on )?(?:${POSS} own|(?:a |an )?(?:supported|shared|independent))|(?:${POSS} own|supported|shared) (?:flat|house|home|accommodation|place to live)|supported living|move (?:out|into ${POSS} own)`;

// Peers in social time: "ask a classmate to play at break", "sit with a friend at lunch".
const PEER = String.raw`(?:peers?|other (?:children|pupils|students)|classmates?|another (?:child|pupil|student)|a (?:child|pupil|student)|children|pupils|students)`;
const SOCIAL_TIME = String.raw`break|lunch|playtime|play ?time|recess|after[- ]school|weekend|social `;
// Health conditions the child manages: "manage her joint pain", "check his blood sugar".
const CONDITION = String.raw`(?:pain|condition|diabetes|epilepsy|asthma|eczema|continence|medication|medicines?|symptoms|fatigue|energy(?: levels)?|seizures?|allerg(?:y|ies)|stoma|catheter|tube feeds?|health|diet|weight|sleep)`;

const OWN_CONDITION = String.raw`(?:manag|monitor|check|look(?:s|ing)? after|treat|control)\w* ${POSS} (?:own )?(?:[\w-]+ ){0,2}?${CONDITION}(?![\w])|(?:${POSS}|joint|back|chronic|muscle|nerve) (?:[\w-]+ )?pain(?![\w-])|(?:symptoms|seizures?|asthma|diabet\w*|epilep\w*|allerg(?:y|ies|ic)|stoma|catheter|tube[- ]feed\w*)(?![\w])`;
const PFA: RegExp[] = [
  // Employment, further and higher education.
  /(?<![\w])(?:jobs?|employ(?:ment|ed|er|ers|able|ability)|work experience|work placements?|(?:work|job) (?:shadowing|tasters?|trials?|coach(?:es|ing)?)|(?:paid|part-time|voluntary|saturday|weekend) (?:work|job)|careers?|vocational|colleges?|universit(?:y|ies)|further education|higher education|apprenticeships?|traineeships?|(?:supported )?internships?|volunteer(?:s|ing)?|CV|job interviews?|interviews? for|sixth form|post[- ]?1[69]|workplace|at work|customers?|colleagues|ready for work|(?:work|working) (?:in|at|as|for) (?!(?:a |an |the )?(?:small |larger? )?(?:group|pair|class|lesson|team of|table|desk)\b)|catering|hospitality|retail|hairdressing|childcare|horticulture|construction|(?:be|become|becoming|work as|train as|job as|career as) an? (?!(?:more|less|better|good|great|happy|confident|independent|friend|member|part|reader|writer|learner|listener|speaker)\b)[a-z-]+(?:er|or|ist|ian|ant|ent|ef|et|man|woman|person)(?![\w]))(?![\w])/i,
  // Independent living, self-care included. "Independent" alone is not an area: "more independent
  // in the classroom" is a learning habit. Unqualified independence ("become more independent") is
  // read as independent living, as the corpus labels it.
  new RegExp(String.raw`(?<![\w])(?:independent living|(?:life|living|independence) skills|live independently|(?:independence|(?:more|as|be|become|becoming|increasingly|fully) independent(?!ly)(?! (?:learner|worker|reader|writer)))(?! (?:in|with|when|during|at|for|within) (?:his |her |their |my |the |all |each |every )?(?:own )?(?:learning|work|working|tasks?|class|classroom|lessons?|reading|writing|maths|school|activities|group work|study|studies|homework|curriculum)\b)|${TRAVEL}|cook\w*|meals?|recipe|kitchen|microwave|kettle|toaster|washing machine|${FOOD}|packed lunch|shopping|(?:in|at|to) (?:a|the) (?:shop|supermarket|café|cafe)|money|budget(?:ing)?|bank(?:ing| account| card)?|cash|coins?|£\d+(?:\.\d\d)?|pay(?:s|ing)? for|buy\w*|(?:wait for|check|count) ${POSS} change|order(?:s|ing)? (?:food|a drink|a meal|${POSS} (?:food|lunch|drink|meal))|dress(?:es|ing)? ${SELF}|dress(?:es|ing)? independently|get(?:s|ting)? (?:dressed|changed|undressed)|${CLOTHING}|coat and shoes|shoe ?laces|knife and fork|cutlery|laces|zips and buttons|buttons and zips|toilet\w*(?!-(?:roll|paper))|feed(?:s|ing)? ${SELF}|${BODY_CARE}|${BELONGINGS}|laundry|personal care|self[- ]care|(?:bedtime|washing|dressing|hygiene|self-care|personal care) routine|${DIRECT_CARE}|${OWN_HOME}|housing|household|chores|daily living|(?:look after|keep) ${SELF}(?: safe)?|cross(?:es|ing)? (?:the|a) road|road safety|(?:pedestrian|zebra|pelican|puffin) crossing|green man|traffic lights|strangers?|(?:online|internet) safety|someone online|personal (?:information|details) (?:online|safe|private)|(?:choose|chooses|choosing|decide\w*) what to (?:wear|eat|drink|cook|buy)|(?:free|spare) time|stay(?:s|ing)? safe (?:online|in the community|outside)|adult life|adulthood)(?![\w])`, 'i'),
  // Friends, relationships and community; peers in social time.
  new RegExp(String.raw`(?<![\w])(?:friends?|friendships?|relationships?|community|neighbou?rs?|neighbou?rhood|clubs?|leisure|local (?:[\w-]+ ){0,2}(?:group|club|team|class|centre)|(?:drama|dance|art|music|singing|youth|church|faith|community) (?:group|class)(?:es)?|choir|social (?:life|activities|events|groups?)|youth (?:group|club|centre)|sports? (?:club|team)|(?:football|netball|rugby|cricket|basketball|hockey|dance|drama|judo|karate|gymnastics|swimming|running|athletics|cycling|tennis|boxing|bowling) (?:team|club|squad)s?|(?:saturday|sunday|weekend|evening|local|community|village|town) (?:[\w-]+ ){0,2}?(?:team|club|group|class)(?:es|s)?|scouts|brownies|guides|cadets|going out|local (?:area|shops|park|library|leisure)|cinema|(?:public|town|community) library|swimming pool|(?:to|at) (?:a|the) (?:local )?gym|gym membership|café|cafe|restaurant|(?:in|to|into) (?:the )?town(?: centre)?|play(?:s|ing)? (?:alongside|with) (?:other |his |her )?(?:children|peers|others)|playground|${PEER}\b[^.]{0,60}\b(?:${SOCIAL_TIME}|play )\w*|(?:${SOCIAL_TIME})\w*\b[^.]{0,60}\b${PEER})(?![\w])`, 'i'),
  // Good health, one's own condition included.
  new RegExp(String.raw`(?<![\w])(?:${OWN_CONDITION}|health(?:y|ier|ily)?|(?:physical|regular|daily) exercise|exercise (?:routine|programme|regularly|class(?:es)?|for)|(?:take|takes|taking|do|does|doing) (?:some |more )?exercise|diet|(?:healthy |healthier )?eating habits|food groups|balanced (?:diet|meal|lunch)|medication|medicine|(?:take|takes|taking|swallow\w*) (?:his|her|their|my|a|the) (?:[\w-]+ )?(?:tablets?|pills?)|inhaler|insulin|blood (?:sugar|glucose)|epi-?pen|GP|doctor|dentist|dental|(?:medical|hospital|health|doctor'?s|dental|own) (?:\w+ )?appointments?|hygiene|mental health|sleep\w*|(?:go|goes|going|get|gets|getting) (?:himself |herself |themselves |myself )?(?:ready for |to )bed|healthy weight|(?:lose|losing|manage|maintain) (?:his |her |their |my )?weight|fitness|(?:keep|keeps|keeping|maintain\w*) (?:up )?(?:his|her|their|my) strength|muscle strength|stamina|fatigue|rest break|unwell|(?:in|manage (?:his|her|their|my)) pain|pain (?:relief|management)|stretch(?:es|ing)? (?:routine|programme|exercises)|physio(?:therapy)? (?:routine|exercises|programme|stretches)|(?:do|does|doing) (?:his|her|their|my) (?:own )?(?:exercises|stretches)|(?:his|her|their|my) own (?:health|care needs|condition|diagnosis)|explain (?:his|her|their|my) (?:condition|diagnosis|disability)|manage (?:his|her|their|my) (?:condition|diabetes|epilepsy|asthma|continence)|keep (?:himself|herself|themselves|myself) safe)(?![\w])`, 'i'),
];

export function judgeOutcome(text: string, context = ''): OutcomeJudgement {
  const full = context ? `${context} ${text}` : text;
  const isProvision = PROVISION_LIKE.test(text);
  // A service is not a result: a date on it does not make it a time-bound outcome.
  const timeBound = !isProvision && timeBoundText(full);
  const body = withoutAllTimes(text);
  const measurable = isMeasurable(body, context, isProvision);
  const ownAchievement = !isProvision;
  const aspiration = ASPIRATION.test(text) && !(measurable && timeBound);
  const preparingForAdulthood = PFA.some((re) => re.test(text));
  return {
    measurable,
    timeBound,
    ownAchievement,
    smart: ownAchievement && measurable && timeBound,
    preparingForAdulthood,
    isProvision,
    aspiration,
  };
}


/** The outcome as SMART wording would put it, keeping what it already says. */
export function rewriteOutcome(text: string, j: OutcomeJudgement, _rubric?: Rubric, facts: PlanFacts = {}): string {
  // A table row's other cells ("By when | End of Key Stage 4") follow the outcome in brackets.
  const [first, ...cells] = text.split('\t').map((c) => c.trim().replace(/[.;:]$/, '')).filter(Boolean);
  let out = cells.length ? `${first ?? ''} (${cells.join(', ')})` : (first ?? '');
  const { when, measure } = outcomeBlanks(j, facts);
  if (when) out = `${when}, ${out}`;
  if (measure) out = `${out} ${measure}`;
  return `${out.charAt(0).toUpperCase()}${out.slice(1)}.`;
}
