// "Guided self-help" names a therapy (NHS talking therapies), not vague help. Invented wording.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../services/analyser/src/index.ts';
import { buildDoc } from './build-doc.ts';

describe('self-help', () => {
  it('sessions of guided self-help with a practitioner are specific; plain help stays vague', () => {
    const r = analyse(buildDoc(['Section G: Health provision', 'Four 30-minute sessions of self-help coaching for low mood with a wellbeing practitioner, in the spring term 2027.', 'Help with his mood from the school nurse.']));
    expect(r.provisions.map((p) => [p.specific, p.vagueTerms])).toEqual([[true, []], [false, ['help']]]);
  });
});
