// Judges one outcome (rubric-reference.md §4-§5): the child's own achievement, measurable,
// time-bound, SMART, preparing for adulthood; and outcomes that are really provision or aspirations.
import { isTimeBound, withoutTimes } from './quantities.ts';

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
const PROVISION_LIKE = /(?<![\w])(?:will (?:continue to )?(?:receive|be given|be provided(?: with)?|be offered|be supported|be taught|be helped|have access to|attend (?:\w+ )?(?:sessions|therapy|groups?|interventions?)|get (?:support|help|\d)|have (?:(?:\d+|a|an|daily|weekly|regular|his|her) )?(?:[\w:-]+ )?(?:sessions?|support|therapy|input|intervention|1:1|TA|adult|access))|(?:to|will) be provided|(?:staff|school|the school|teachers?|the class teacher|TA|adults?|the SENCo|SENCO|therapists?|SaLT|OT) (?:will|should|must|to) (?:\w+ )?(?:provide|support|deliver|help|ensure|give|offer|use|model|teach|work)|^(?:to )?(?:receive|provide|access to|support (?:for|from))\b|^(?:\d+|daily|weekly)\b.*\b(?:sessions?|support)\b)/i;

const ASPIRATION = /(?<![\w])(?:wants? to|would like to|hopes? to|wishes? to|dreams? (?:of|to|is)|aspires? to|aspiration|(?:to )?be happy|when (?:I|he|she|they) (?:grows?|am|is|are) (?:up|older)|(?:to )?become an? (?!more\b|less\b|better\b|confident|independent)\w+|I want|reach (?:his|her|their|my) (?:full )?potential)(?![\w])/i;

const QUANTITY = /(?<![\w])(?:\d+(?:\.\d+)?\s*(?:%|per ?cent|out of \d+|\/\s?\d+|(?:[\w-]+ ){0,2}(?:words?|sentences?|letters?|sounds?|numbers?|times?|minutes?|mins|seconds|metres|meters|miles|steps|stages|pages|books?|questions|items|peers|friends|adults|occasions|opportunities|consecutive|days?|weeks?|months?|sessions|lessons?|instructions|digits|key words|spellings|sums|problems|lines|paragraphs?|coins|colours|shapes|objects|symbols|signs|phrases|exchanges|turns|activities|tasks|subjects|GCSEs?|qualifications?|hours?))|in \d+ out of \d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|hundred)\s+(?:out of|(?:[\w-]+ )?(?:words|sentences|times|steps|peers|friends|key|sounds|letters|instructions|minutes|sums|questions|days|weeks|lessons|occasions|opportunities|exchanges|turns|activities|tasks|consecutive|signs|symbols|phrases|coins))|accuracy|accurately|age[- ]related expectations?|(?:book|reading|phonics) (?:band|phase|level)|reading age|spelling age|grade \d|GCSE|Entry Level|Level [1-8]|(?:phase|stage|step|band|P) ?\d|pass(?:es)? (?:his|her|their|a|the)|achieve (?:a |an |the )?(?:qualification|certificate|award|grade|pass)|certificate|qualification|(?:every|each|all) (?:day|time|lesson|session|morning|occasion)|on (?:\d+|two|three|four|five) (?:separate |consecutive )?occasions|(?:a|one|the) full (?:school )?(?:day|week|lesson)|no more than \d+|at least \d+|fewer than \d+|less than \d+|(?:a|one) (?:whole|full) )/i;

const INDEPENDENT = /(?<![\w])(?:independently|on (?:his|her|their|my) own|by (?:himself|herself|themselves|myself)|without (?:any )?(?:adult |staff )?(?:support|help|prompts?|prompting|reminders?|assistance|intervention)|unaided|with (?:no|one|1|two|2|a single|minimal) (?:verbal |visual |adult )?(?:prompts?|reminders?)|with (?:no|minimal) (?:adult )?(?:support|help))(?![\w])/i;

const ACTION = /(?<![\w])(?:read|write|spell|count|name|identify|say|tell|ask|use|travel|dress|undress|make|cook|prepare|complete|follow|sit|wait|take turns|recall|answer|catch|walk|cross|pay|buy|order|greet|sign|type|record|match|sort|request|manage|attend|remain|stay|initiate|join|tie|fasten|button|zip|wash|toilet|feed|eat|choose|communicate|explain|describe|solve|add|subtract|multiply|divide|recognise|label|point|copy|form|draw|cut|swim|ride|kick|throw|move|transition|go|get|put|open|pack|organise|plan|budget|shop|apply|volunteer|work|take part|play|share|speak|present|listen|respond|return|arrive|leave|find|check|tidy|brush|shower|administer|book|call|phone|text|email|log|navigate|access|catch|ask for|use (?:his|her|their) (?:AAC|device|visual|timetable|communication))(?:s|es|ed|ing)?(?![\w])/i;

const PFA: RegExp[] = [
  /(?<![\w])(?:jobs?|employment|employ(?:ed|able|ability)|work experience|work placements?|paid work|careers?|vocational|college|university|further education|higher education|apprenticeships?|traineeships?|supported internships?|volunteer(?:ing)?|CV|job interviews?|interviews? for|sixth form|post[- ]16|post[- ]19|workplace)(?![\w])/i,
  /(?<![\w])(?:independent(?:ly)? living|live independently|travel (?:independently|training|on (?:his|her|their) own)|(?:travel|get) (?:by|on) (?:the )?(?:bus|train|tram|public transport)|public transport|bus|cook|meals?|snacks?|sandwich|shopping|shop|money|budget(?:ing)?|bank(?:ing)?|pay for|dress(?:ing)? (?:himself|herself|themselves|independently)|laundry|wash (?:his|her|their) (?:clothes|hair)|personal care|self[- ]care|housing|household|tidy (?:his|her|their) (?:room|bedroom)|daily living)(?![\w])/i,
  /(?<![\w])(?:friends?|friendships?|relationships?|community|clubs?|leisure|social (?:activities|events|groups?)|youth (?:group|club)|sports? (?:club|team)|scouts|brownies|guides|cadets|going out|local (?:area|shops|park|library|leisure))(?![\w])/i,
  /(?<![\w])(?:health(?:y)?|exercise|diet|medication|medicine|GP|doctor|dentist|medical appointments?|hygiene|mental health|wellbeing|well-being|sleep|weight|fitness|keep (?:himself|herself|themselves) safe|(?:his|her|their) own (?:health|care needs)|manage (?:his|her|their) (?:condition|diabetes|epilepsy|asthma|anxiety))(?![\w])/i,
];

const VAGUE_ONLY = /^(?:(?:[A-Z][a-z]+|he|she|they|I)\s+will\s+)?(?:continue to |be (?:able|supported|encouraged|helped) to )?(?:make (?:good |expected |further )?progress|improve|develop|increase|gain|grow|be (?:more |happy|confident|calm)|feel|understand|know|learn|engage|reach|access the curriculum|enjoy|build|extend|work towards|have (?:improved|better|increased|more))/i;

export function judgeOutcome(text: string, context = ''): OutcomeJudgement {
  const full = context ? `${context} ${text}` : text;
  const timeBound = isTimeBound(full);
  const body = withoutTimes(text);
  const isProvision = PROVISION_LIKE.test(text);
  const hasQuantity = QUANTITY.test(body);
  const independentAction = INDEPENDENT.test(body) && ACTION.test(body);
  let measurable = hasQuantity || independentAction;
  // "improve his reading" with no measure: the verb itself is the vagueness.
  if (!hasQuantity && !independentAction && VAGUE_ONLY.test(body.trim())) measurable = false;
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

const EXAMPLE_MEASURE = '[a measure, e.g. "in 4 out of 5 opportunities" or "independently"]';
const EXAMPLE_DATE = '[by when, e.g. by the end of Year 6]';

/** The outcome as SMART wording would put it, keeping what it already says. */
export function rewriteOutcome(text: string, j: OutcomeJudgement): string {
  let out = text.trim().replace(/[.;:]$/, '');
  if (!j.timeBound) out = `${EXAMPLE_DATE}, ${out}`;
  if (!j.measurable) out = `${out} ${EXAMPLE_MEASURE}`;
  return `${out.charAt(0).toUpperCase()}${out.slice(1)}.`;
}
