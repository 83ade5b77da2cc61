// An area of need described in Section B with nothing in Section F that could meet it.
import type { Rule } from '../api.ts';
import { contentUnits, hasContent, sectionText } from '../../plan-checks.ts';

const AREAS: { area: string; need: RegExp; provision: RegExp }[] = [
  { area: 'communication and interaction', need: /\b(?:communication and interaction|speech|language|social communication|autis|ASD|ASC)\b/i, provision: /\b(?:speech|language|communication|SaLT|SALT|SLT|social|Makaton|PECS|AAC|symbols|visual|vocabulary|talk|autis|interaction)\b/i },
  { area: 'cognition and learning', need: /\b(?:cognition and learning|literacy|reading|dyslexi|numeracy|maths|learning difficult)\b/i, provision: /\b(?:reading|phonics|literacy|spelling|maths|numeracy|precision teaching|learning|writing|teacher|teaching|tuition|overlearning|pre-teach)\b/i },
  { area: 'social, emotional and mental health', need: /\b(?:social,? emotional and mental health|SEMH|anxiety|anxious|emotional|self-esteem|regulat|mental health)\b/i, provision: /\b(?:emotional|ELSA|regulat|anxiety|calm|mentor|counsel|nurture|zones|wellbeing|check-in|safe space|time[- ]out|social skills|therapy)\b/i },
  { area: 'sensory and physical', need: /\b(?:sensory and(?:\/or)? physical|hearing|visual impairment|vision|motor|physical|sensory processing|handwriting)\b/i, provision: /\b(?:sensory|hearing|radio aid|vision|visual|motor|physio|occupational|OT|handwriting|movement|equipment|seating|ear defenders|large print|fine motor|gross motor)\b/i },
];

export const rule: Rule = {
  meta: { id: 'plan.need-without-provision', family: 'plan', sections: ['B', 'F'], wholePlanOnly: true, data: ['area'] },
  create(context) {
    const b = context.sections.get('B');
    const f = context.sections.get('F');
    if (!b || !f) return;
    const fText = sectionText(context.doc, f);
    if (!hasContent(fText)) return;
    for (const { area, need, provision } of AREAS) {
      const unit = contentUnits(b).find((u) => need.test(context.doc.text.slice(u.start, u.end)) && !/\bno\b[^.]{0,30}\b(?:needs?|concerns?|difficult)/i.test(context.doc.text.slice(u.start, u.end)));
      if (!unit || provision.test(fText)) continue;
      context.report({ start: unit.start, end: unit.end, section: 'B', data: { area } });
    }
  },
};
