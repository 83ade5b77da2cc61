// Short plain-English names for the rubric's rule ids, for charts and tables where the full
// message (written for one finding, with placeholders) would not fit.

export const RULE_NAMES: Record<string, string> = {
  'section.missing': 'A section is missing',
  'provision.vague-term': 'Provision uses vague words such as "regular"',
  'provision.vague-activity': 'Provision names an aim, not what will be done',
  'provision.missing-frequency': 'Provision does not say how much or how often',
  'provision.missing-duration': 'Provision does not say for how long',
  'provision.missing-extent': 'Provision does not say when or where it applies',
  'provision.missing-provider': 'Provision does not say who will deliver it',
  'provision.missing-qualification': "Provision does not give the deliverer's training",
  'plan.therapy-only-in-health': 'Therapy only in health or social care, not in F',
  'outcome.not-measurable': 'Outcome cannot be measured',
  'outcome.not-time-bound': 'Outcome has no date',
  'outcome.is-provision': 'Outcome describes a service, not a result',
  'outcome.aspiration': 'Outcome is an aspiration',
  'outcome.repeated': 'Same outcome written more than once',
  'plan.health-needs-without-provision': 'Health needs in C, no health provision in G',
  'plan.social-care-needs-without-provision': 'Social care needs in D, no provision in H',
  'plan.preparing-for-adulthood-missing': 'Year 9+, no preparing-for-adulthood outcome',
  'plan.placement-in-draft': 'Draft plan names a school in I',
  'plan.placement-missing': 'Final plan names no school in I',
  'plan.statement-wording': 'Still written as a statement of SEN',
  'plan.placeholder-text': 'Template placeholder text left in',
  'plan.other-child-name': "Another child's name appears",
  'plan.need-without-provision': 'A need in B has no provision in F',
  'plan.advice-exceeds-provision': 'Advice recommends more than F provides',
  'plan.missing-date': 'No date of issue',
};

/** The plain name, or the id itself for a rule a local rubric added. */
export function ruleName(ruleId: string): string {
  return RULE_NAMES[ruleId] ?? ruleId;
}
