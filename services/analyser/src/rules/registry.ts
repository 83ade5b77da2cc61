// Every rule the analyser runs, in the order it runs them. Adding a rule: one module here, its
// test table in tests/analyser/rules/ and its entry under `rules:` in rubrics/default.yaml.
// The order is the order findings that share a span are listed in.
import type { Rule } from './api.ts';
import { rule as vagueTerm } from './provision/vague-term.ts';
import { rule as vagueActivity } from './provision/vague-activity.ts';
import { rule as missingExtent } from './provision/missing-extent.ts';
import { rule as missingDuration } from './provision/missing-duration.ts';
import { rule as missingFrequency } from './provision/missing-frequency.ts';
import { rule as missingProvider } from './provision/missing-provider.ts';
import { rule as missingQualification } from './provision/missing-qualification.ts';
import { rule as isProvision } from './outcome/is-provision.ts';
import { rule as aspiration } from './outcome/aspiration.ts';
import { rule as notMeasurable } from './outcome/not-measurable.ts';
import { rule as notTimeBound } from './outcome/not-time-bound.ts';
import { rule as healthNeeds } from './plan/health-needs-without-provision.ts';
import { rule as socialCareNeeds } from './plan/social-care-needs-without-provision.ts';
import { rule as pfaMissing } from './plan/preparing-for-adulthood-missing.ts';
import { rule as therapyOnlyInHealth } from './plan/therapy-only-in-health.ts';
import { rule as placementInDraft } from './plan/placement-in-draft.ts';
import { rule as placementMissing } from './plan/placement-missing.ts';
import { rule as statementWording } from './plan/statement-wording.ts';
import { rule as needWithoutProvision } from './plan/need-without-provision.ts';
import { rule as adviceExceedsProvision } from './plan/advice-exceeds-provision.ts';
import { rule as missingDate } from './plan/missing-date.ts';
import { rule as placeholderText } from './plan/placeholder-text.ts';
import { rule as otherChildName } from './plan/other-child-name.ts';
import { rule as repeated } from './outcome/repeated.ts';
import { rule as sectionMissing } from './section/missing.ts';
import { rule as unfilledTemplate } from './plan/unfilled-template.ts';
import { rule as unreadableText } from './document/unreadable-text.ts';
import { rule as notWrittenAsProvision } from './provision/not-written-as-provision.ts';
import { rule as notWrittenAsOutcomes } from './outcome/not-written-as-outcomes.ts';
import { rule as threadNeed } from './thread/need-without-provision.ts';
import { rule as threadOutcome } from './thread/outcome-without-provision.ts';
import { rule as threadProvision } from './thread/provision-without-need.ts';
import { rule as adviceDiluted } from './advice/diluted.ts';
import { rule as adviceMissing } from './advice/missing.ts';
import { rule as adviceMoved } from './advice/moved.ts';
import { rule as adviceVague } from './advice/vague.ts';

export const RULES: readonly Rule[] = [
  vagueTerm,
  vagueActivity,
  missingExtent,
  missingDuration,
  missingFrequency,
  missingProvider,
  missingQualification,
  isProvision,
  aspiration,
  notMeasurable,
  notTimeBound,
  healthNeeds,
  socialCareNeeds,
  pfaMissing,
  therapyOnlyInHealth,
  placementInDraft,
  placementMissing,
  statementWording,
  needWithoutProvision,
  adviceExceedsProvision,
  missingDate,
  placeholderText,
  otherChildName,
  repeated,
  sectionMissing,
  notWrittenAsProvision,
  notWrittenAsOutcomes,
  threadNeed,
  threadOutcome,
  threadProvision,
  unfilledTemplate,
  unreadableText,
  adviceDiluted,
  adviceMissing,
  adviceMoved,
  adviceVague,
];

/** Rule ids the analyser emits; a rubric must define each (extends: default provides them). */
export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
