// A whole plan as text for the comparison tests: every section present, A-D, I and K as given, E as
// given (a list is bulleted), F and G bulleted (G "None." when empty), the rest "None.".
export interface PlanParts {
  a: string;
  b: string;
  c?: string;
  e: string | string[];
  f: string[];
  g?: string[];
  i: string;
  k: string;
}

export const bullets = (xs: string[]) => xs.map((x) => `• ${x}`).join('\n');

export function planText(p: PlanParts): string {
  return `Education, Health and Care Plan

Section A: Views, interests and aspirations
${p.a}

Section B: Special educational needs
${p.b}

Section C: Health needs
${p.c ?? 'None.'}

Section D: Social care needs
None.

Section E: Outcomes
${typeof p.e === 'string' ? p.e : bullets(p.e)}

Section F: Special educational provision
${bullets(p.f)}

Section G: Health provision
${p.g?.length ? bullets(p.g) : 'None.'}

Section H1: Social care provision
None.

Section H2: Other social care provision
None.

Section I: Placement
${p.i}

Section J: Personal budget
None.

Section K: Advice and information
${p.k}
`;
}
