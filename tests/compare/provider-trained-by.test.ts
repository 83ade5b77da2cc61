// "staff trained by the therapist" names who is trained, and by whom: the trainer does not deliver
// it, so a qualified provider handed over to such staff is a cut (reduced), not "the same provider".
// Invented wording.
import { describe, expect, it } from 'vitest';
import { classifyProvision } from '../../services/analyser/src/compare/classify.ts';
import { readProvider } from '../../services/analyser/src/compare/amounts.ts';

const F = (before: string, after: string) => classifyProvision({ text: before, section: 'F' }, { text: after, section: 'F' }, { splitH: true });

describe('staff trained by a professional deliver it, not the professional', () => {
  it('reads the trained staff as the provider and the trainer as someone else', () => {
    const p = readProvider('Social skills group for 40 minutes a week, run by a member of staff trained by the educational psychologist.');
    expect(p.roles.map((r) => r.level)).toEqual([1]);
    expect(p.others.map((r) => r.words)).toEqual(['the educational psychologist']);
    expect(readProvider('Lunchtime club twice a week with adults who have been trained by the occupational therapist.').roles.map((r) => r.level)).toEqual([1]);
  });
  it('a professional handed over to staff they trained is reduced', () => {
    for (const [before, after] of [
      ['Play therapy for 50 minutes each week from a registered play therapist.', 'Play therapy for 50 minutes each week from a member of staff trained by a registered play therapist.'],
      ['Fortnightly 1:1 sessions of 30 minutes with the speech and language therapist to practise sounds.', 'Fortnightly 1:1 sessions of 30 minutes with staff trained by the speech and language therapist to practise sounds.'],
    ]) expect(F(before, after).kind, after).toBe('reduced');
    // The same trained staff in both versions: no change.
    const same = 'Daily 10-minute motor skills practice with a member of staff trained by the physiotherapist.';
    expect(F(same, same).kind).toBe('unchanged');
  });
});
