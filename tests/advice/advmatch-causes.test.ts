// General causes of recommendations matched to nothing though the plan answers them vaguely (held-out
// advice sets 12-23): one role, service or thing named two ways (rubric vocabulary.matchSynonyms
// keyadult, careers, pbs, jobcoach, specteach, socialcomm, chunked, longwriting, eat, literacy), and a short or vague plan statement that the longer advice
// contains (advice/index.ts CONTAINED_BONUS), each on wording written for this test.
import { describe, expect, it } from 'vitest';
import { tokens } from '../../services/analyser/src/advice/similarity.ts';
import { adviceVerdicts, rubric } from './helpers.ts';
import type { Part } from '../analyser/build-doc.ts';

// A plan whose Section F statements are paragraphs of their own, one a line (no child's name: the plan
// has no Section A to say it is one).
const planOf = (f: string[]): Part[] => [{ h: 'Section F: Special educational provision' }, ...f, { h: 'Section G: Health provision' }, 'None.', { h: 'Section I: Placement' }, 'Brook Street Primary School.'];

describe('a role or service named two ways folds to one token', () => {
  const cases: [string, string, boolean][] = [
    ['Tomasz will have a trusted adult to go to.', 'keyadult', true],
    ['Her key person will greet her each morning.', 'keyadult', true],
    ['A designated member of staff will meet him at break.', 'keyadult', true],
    ['His key worker will check his planner.', 'keyadult', true],
    ['She will sit a Key Stage 2 test in May.', 'keyadult', false],
    ['A named adult will collect her from the gate.', 'keyadult', false],
    ['Weekly sessions with a careers adviser.', 'careers', true],
    ['He will receive careers guidance in Year 11.', 'careers', true],
    ['Staff will follow the Positive Behaviour Support plan.', 'pbs', true],
    ['The PBS practitioner will visit.', 'pbs', true],
    ['A Teacher of the Deaf will visit each half term.', 'specteach', true],
    ['A job coach will support her at the placement.', 'jobcoach', true],
    ['An employment support officer will meet him.', 'jobcoach', true],
    ['A Lego-based therapy group twice a week.', 'socialcomm', true],
    ['Staff will give directions one step at a time.', 'chunked', true],
    ['Instructions will be broken down into small steps.', 'chunked', true],
    ['He will take a step back from the group.', 'chunked', false],
    ['A tablet for longer pieces of written work.', 'longwriting', true],
    ['Speech-to-text for extended writing tasks.', 'longwriting', true],
    ['A longer lunch break.', 'longwriting', false],
    ['A record of how much she ate.', 'eat', true],
    ['A daily phonics intervention.', 'literacy', true],
    ['A spelling programme three times a week.', 'literacy', true],
    ['A reading pen in examinations.', 'literacy', false],
  ];
  for (const [line, token, folded] of cases) {
    it(`${folded ? 'folds' : 'does not fold'} to ${token}: ${line}`, () => {
      expect(tokens(line, new Set(), rubric).includes(token)).toBe(folded);
    });
  }
});

describe('advice for a role or thing named one way is answered by the plan naming it another', () => {
  const cases: [string, string, string][] = [
    [
      'A key adult, his form tutor Mrs Achebe, should see him for ten minutes at 8.45am every day in her classroom.',
      'Ravi will have access to a trusted adult.',
      'Ravi will use a writing slope for written work.',
    ],
    [
      'Sami should be given each task one instruction at a time, written on a sticky note on his desk, in every lesson.',
      'Staff will give Sami instructions in small chunks where possible.',
      'Sami will have a writing slope for written work.',
    ],
    [
      'A netbook with speech-to-text software for extended writing, and ten minutes of dictation practice each morning.',
      'Mo will have access to a netbook for longer pieces of written work.',
      'Mo will have a movement break every hour.',
    ],
    [
      'A small-group Lego-based therapy club with two classmates, twice a week for 40 minutes, run by a trained assistant.',
      'Jess will attend a social skills group.',
      'Jess will have a writing slope for written work.',
    ],
    [
      'Priya should have a fortnightly 45-minute meeting with a careers adviser through Year 11, to choose a sixth-form course.',
      'Priya will receive careers guidance.',
      'Priya will have a laptop for extended writing.',
    ],
  ];
  for (const [rec, vague, other] of cases) {
    it(`matches the vague statement, not missing: ${rec.slice(0, 50)}…`, () => {
      const [v] = adviceVerdicts(planOf([other, vague, 'Staff will check his understanding of instructions.']), [{ h: 'Recommendations' }, rec]);
      expect(v.verdict).toBe('diluted');
      expect(v.matched).toBe(vague);
    });
  }
});

describe('a short or vague statement the advice contains answers it when nothing else does', () => {
  const cases: [string, string, string][] = [
    [
      'After any fall-out at break, a repair meeting should be held with him and the adult involved within one school day.',
      'Repair approaches will be used where possible.',
      'She will have a laptop for extended writing.',
    ],
    [
      'An adult should walk with her at every change of room and at lunchtimes, leaving each lesson three minutes early to miss the busy stairs.',
      'Adult support at room changes.',
      'She will have a writing slope for written work.',
    ],
    [
      'Zofia should have a netbook with predictive text software for all written homework, and ten minutes of keyboard practice each morning.',
      'Zofia will have access to a netbook for some written work.',
      'Zofia will have a movement break every hour.',
    ],
    [
      'He should have a padded changing bench and a mobile hoist in the accessible toilet, with two trained adults for every change.',
      'Appropriate changing equipment in the toilet as needed.',
      'He will have a writing slope for written work.',
    ],
  ];
  // The plan's other statements, so that words weigh as they do in a whole plan.
  const rest = [
    'Staff will check understanding of instructions.',
    'A teaching assistant will read test questions aloud in maths and science.',
    'The speech and language therapist will visit once a term to set targets.',
    'A visual timetable will be on the desk every day.',
    'Homework will be set on the school app with a model answer.',
  ];
  for (const [rec, vague, other] of cases) {
    it(`diluted, not missing: ${rec.slice(0, 50)}…`, () => {
      const [v] = adviceVerdicts(planOf([other, ...rest, vague]), [{ h: 'Recommendations' }, rec]);
      expect(v.verdict).toBe('diluted');
      expect(v.matched).toBe(vague);
    });
  }

  it('a statement that shares only who delivers (a job coach) does not answer another activity', () => {
    const [v] = adviceVerdicts(
      planOf(['A job coach will support Leon at his placement, reducing as he grows more confident.', 'Leon will have a laptop for extended writing.']),
      [{ h: 'Recommendations' }, 'Four 40-minute practice phone calls with his job coach, using the café’s real booking script.'],
    );
    expect(v.verdict).toBe('missing');
  });

  it('does not take a match from a statement that answers the advice by the match itself', () => {
    const good = 'Every morning Ada will meet her key adult in the library for 15 minutes before registration, to plan her day.';
    const [v] = adviceVerdicts(
      planOf(['Key adult.', good, 'Ada will have a writing slope.']),
      [{ h: 'Recommendations' }, 'Ada should meet her key adult for 15 minutes every morning before registration, in the library, to plan her day.'],
    );
    expect(v.matched).toBe(good);
  });
});
