// Template placeholder text left in the plan ("[insert name]", "XXX", "{{date}}").
import type { Rule } from '../api.ts';

const PLACEHOLDER = /\[(?:insert|add|enter|name|date|child'?s? name|young person'?s? name|school|tbc|x+|\.\.\.|…|type|details?)[^\]\n]{0,40}\]|(?<![\w])X{3,}(?![\w])|<(?:name|child'?s? name|insert[^>\n]{0,30}|date|school)>|\{\{[^}\n]{1,30}\}\}|\bINSERT (?:NAME|DATE|TEXT|DETAILS)\b|\bNAME OF CHILD\b/gi;

export const rule: Rule = {
  meta: { id: 'plan.placeholder-text', family: 'plan', sections: [] },
  create(context) {
    const text = context.doc.text;
    PLACEHOLDER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PLACEHOLDER.exec(text))) context.report({ start: m.index, end: m.index + m[0].length, section: context.sectionAt(m.index) });
  },
};
