// A whole plan, sections A-K, that no rule reports, with the parts a test changes.
import type { Part } from '../build-doc.ts';

export interface PlanOptions { status?: 'draft' | 'final'; header?: string[]; b?: Part[]; c?: string; g?: string; d?: string; h?: string; e?: Part[]; f?: Part[]; i?: string; k?: Part[]; extra?: Part[]; without?: string[] }

export function plan(o: PlanOptions = {}): Part[] {
  const sections: [string, Part[]][] = [
    ['A', [{ h: 'Section A: Views, interests and aspirations' }, 'Amara enjoys drawing and animals.']],
    ['B', [{ h: 'Section B: Special educational needs' }, ...(o.b ?? ['Amara has difficulties with reading and phonics.'])]],
    ['C', [{ h: 'Section C: Health needs' }, o.c ?? 'None.']],
    ['D', [{ h: 'Section D: Social care needs' }, o.d ?? 'None.']],
    ['E', [{ h: 'Section E: Outcomes' }, ...(o.e ?? [{ li: 'By the end of Year 6, Amara will read 100 common words.' }])]],
    ['F', [{ h: 'Section F: Special educational provision' }, ...(o.f ?? [{ li: 'A structured phonics programme, 3 x 20 minutes a week, delivered by a teaching assistant.' }])]],
    ['G', [{ h: 'Section G: Health provision' }, o.g ?? 'None.']],
    ['H1', [{ h: 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970' }, o.h ?? 'None.']],
    ['H2', [{ h: 'Section H2: Other social care provision' }, 'None.']],
    ['I', [{ h: 'Section I: Placement' }, o.i ?? 'Oakfield Primary School, a mainstream primary school.']],
    ['J', [{ h: 'Section J: Personal budget' }, 'No personal budget has been requested.']],
    ['K', [{ h: 'Section K: Advice and information' }, ...(o.k ?? [{ li: 'Appendix 1: Educational psychology advice' }])]],
  ];
  return [
    o.status === 'draft' ? 'DRAFT Education, Health and Care Plan' : o.status === 'final' ? 'Final Education, Health and Care Plan' : 'Education, Health and Care Plan',
    ...(o.header ?? ['Name: Amara Okafor', 'Date of plan: 12 March 2026']),
    ...sections.filter(([k]) => !o.without?.includes(k)).flatMap(([, parts]) => parts),
    ...(o.extra ?? []),
  ];
}
