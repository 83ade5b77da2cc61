// The lists of single statements (outcomes.ts, provisions.ts and their held-out sets) are written
// one call a line; each code is read as the plans' own labels are (dsl.ts o, p).
import { o, p } from '../dsl.ts';
import type { GoldProvisionSection } from '../../gold-schema.ts';

/** An outcome list: `s(text, code, why)` adds a statement; `lines()` gives them labelled. */
export function outcomeList() {
  const L: { text: string; code: string; why: string }[] = [];
  return {
    s: (text: string, code: string, why: string) => void L.push({ text, code, why }),
    lines: () => L.map((l) => {
      const item = o(l.text, l.code);
      return { text: l.text, measurable: item.measurable, timeBound: item.timeBound, smart: item.smart, preparingForAdulthood: item.preparingForAdulthood, why: l.why };
    }),
  };
}

/** A provision list: `s(section, text, code, vague, why)` adds a statement; `lines()` gives them labelled. */
export function provisionList() {
  const L: { section: GoldProvisionSection; text: string; code: string; vague: string[]; why: string }[] = [];
  return {
    s: (section: GoldProvisionSection, text: string, code: string, vague: string[], why: string) => void L.push({ section, text, code, vague, why }),
    lines: () => L.map((l) => {
      const item = p(l.text, l.code, l.vague, l.section);
      return { text: l.text, section: l.section, specific: item.specific, elements: item.elements, vagueTerms: item.vagueTerms, why: l.why };
    }),
  };
}
