// The rubric's vocabularies compiled to regular expressions, once per rubric object. Apart from
// rubric.ts so that the judges, which read the vocabulary, never import the rubric loader (and so
// the rule registry) back: no module imports itself in a circle.
import type { Rubric, VagueTermSpec } from './rubric.ts';

/** The rubric's vocabularies as regular expressions, compiled once per rubric object. */
export interface CompiledRubric {
  vague: { spec: VagueTermSpec; re: RegExp }[];
  role: RegExp;
  nonRole: RegExp;
  qualification: RegExp;
  activity: Record<keyof Rubric['activities'], RegExp>;
  aim: RegExp;
  areasOfNeed: { area: string; need: RegExp; provision: RegExp }[];
  therapies: { name: string; re: RegExp }[];
  /** Any therapy as a provision statement names it. */
  therapy: RegExp;
  notNames: ReadonlySet<string>;
}

const compiledCache = new WeakMap<Rubric, CompiledRubric>();

function alternation(sources: string[], flags = 'gi'): RegExp {
  // Never-matching pattern for an empty list keeps callers simple.
  if (sources.length === 0) return new RegExp('(?!x)x', flags);
  return new RegExp(`(?<![\\w-])(?:${sources.map((s) => `(?:${s})`).join('|')})(?![\\w])`, flags);
}

/** A list of short patterns as one case-insensitive whole-word pattern. */
function words(sources: string[]): RegExp {
  return new RegExp(`\\b(?:${sources.join('|')})\\b`, 'i');
}

export function compileRubric(rubric: Rubric): CompiledRubric {
  const hit = compiledCache.get(rubric);
  if (hit) return hit;
  const vague = rubric.vagueTerms.map((spec) => {
    const src = spec.pattern ?? spec.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const end = spec.wordBoundaryEnd === false ? '' : '(?![\\w])';
    return { spec, re: new RegExp(`(?<![\\w])(?:${src})${end}`, spec.caseSensitive ? 'g' : 'gi') };
  });
  const a = rubric.activities;
  const compiled: CompiledRubric = {
    vague,
    role: alternation(rubric.roles),
    nonRole: alternation(rubric.nonRoles),
    qualification: alternation(rubric.qualifications),
    activity: {
      sessions: alternation(a.sessions),
      continuous: alternation(a.continuous),
      equipment: alternation(a.equipment),
      adjustments: alternation(a.adjustments),
      oneOff: alternation(a.oneOff),
    },
    aim: alternation(rubric.aims),
    // Whole words, as the areas' lists are written: "autis" is a word of its own, not a prefix.
    areasOfNeed: rubric.areasOfNeed.map((a) => ({ area: a.area, need: words(a.need), provision: words(a.provision) })),
    therapies: rubric.therapies.map((t) => ({ name: t.name, re: new RegExp(`\\b(?:${t.pattern})\\b`, t.caseSensitive ? '' : 'i') })),
    therapy: words(rubric.therapies.map((t) => t.inProvision)),
    notNames: new Set(rubric.notNames),
  };
  compiledCache.set(rubric, compiled);
  return compiled;
}
