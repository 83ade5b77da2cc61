// Plain names for rule ids come from the rubric (rubrics/default.yaml, `name:`); this re-export
// keeps the spot-check code's import short.
export { ruleName } from '../../../analyser/src/rules/names.ts';
