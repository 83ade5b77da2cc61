// General causes of wrong advice verdicts found by the tenth held-out set (h46-h50), each on wording
// written for this test: a report numbered in parts ("4. Attention") whose prose tells what the child
// is; a title put as a question with a cue's words in it, above recommendations written as noun
// phrases; "would also benefit from" and a named therapist who "will give" something; a recommendation
// previewed in the discussion and made again in the summary; "10 extra minutes"; the people a child is
// to meet named in a purpose clause; an intervenor and a qualified teacher of multi-sensory impairment.
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { tokens } from '../../services/analyser/src/advice/similarity.ts';
import { programmeNames } from '../../services/analyser/src/advice/programmes.ts';
import { providerRank } from '../../services/analyser/src/advice/verdict.ts';
import { sessionMinutes } from '../../services/analyser/src/quantities.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';
import { adviceVerdicts, planWith, rubric } from './helpers.ts';

const extracted = (parts: Part[]) => extractRecommendations(buildDoc(parts, 'advice.txt'), undefined, rubric).map((r) => r.text);

describe('a report numbered in parts', () => {
  const report: Part[] = [
    'Physiotherapy advice for Ezra Lindholm-Achebe.',
    { li: 'Mobility', marker: '2.' },
    'Ezra walks with a frame indoors and tires on the stairs.',
    { h: 'What this means for school' },
    'Ezra should use the lift between lessons every day, with a named teaching assistant.',
    { li: 'Balance', marker: '3.' },
    'Ezra is unsteady when the corridor is busy.',
    'He was much steadier in the quiet hall during my visit.',
    { li: 'Continued involvement of the community physiotherapy team', marker: '4.' },
    'The physiotherapist should review his standing frame programme with staff once a term.',
  ];

  it('reads a short numbered title between paragraphs as a heading, not a recommendation', () => {
    const recs = extracted(report);
    expect(recs).toContain('Ezra should use the lift between lessons every day, with a named teaching assistant.');
    expect(recs).toContain('The physiotherapist should review his standing frame programme with staff once a term.');
    expect(recs.some((r) => /^(?:Balance|Continued involvement)/.test(r))).toBe(false);
    // The title ends the recommendations heading above it, so what the child is there is not advice.
    expect(recs.some((r) => /unsteady|steadier/.test(r))).toBe(false);
  });

  it('keeps a numbered list of short recommendations as recommendations', () => {
    const recs = extracted([{ h: 'Recommendations' }, { li: 'A wedge cushion on his chair', marker: '1.' }, { li: 'A sloped writing board', marker: '2.' }, { h: 'Contact details' }, 'Phone the children\'s therapy office on weekdays.']);
    expect(recs).toEqual(['A wedge cushion on his chair', 'A sloped writing board']);
  });
});

describe('prose under a recommendations heading', () => {
  it('is not a recommendation when it tells what the child is or did', () => {
    const recs = extracted([{ h: 'Implications for provision' }, 'Jonah has struggled in the reading group of ten, where he copies his neighbour.', 'Jonah should be taught in a group of three for 20 minutes daily.']);
    expect(recs).toEqual(['Jonah should be taught in a group of three for 20 minutes daily.']);
  });

  it('is a recommendation when it is a noun phrase saying how often, under a title put as a question', () => {
    const recs = extracted(['Transition advice for Tomasz Eriksen-Oduya.', 'What Tomasz will need in his first year at sixth form', 'Tomasz should have his timetable a fortnight before term starts.', 'A place in the lunchtime games club three days a week.', 'A locker by his form room.']);
    expect(recs).not.toContain('What Tomasz will need in his first year at sixth form');
    expect(recs).toContain('A place in the lunchtime games club three days a week.');
  });
});

describe('cues', () => {
  it('reads "would also benefit from" and a named therapist who "will give" as recommendations', () => {
    const recs = extracted([{ h: 'Training' }, 'The paediatric occupational therapist will give a two-hour training session to the PE department this term.', 'He would also benefit from a lunchtime club three times a week.']);
    expect(recs).toHaveLength(2);
  });

  it('keeps the summary\'s wording of a recommendation the discussion previewed', () => {
    const recs = extracted([
      { h: 'Discussion' },
      'Lena finds it hard to put her feelings into words. She would also benefit from a course of art therapy with a qualified art therapist.',
      { h: 'Summary of recommendations' },
      { li: 'Ten weekly sessions of art therapy with a qualified art therapist.' },
      { li: 'A daily check-in with her form tutor at registration.' },
    ]);
    expect(recs).toEqual(['Ten weekly sessions of art therapy with a qualified art therapist.', 'A daily check-in with her form tutor at registration.']);
  });
});

describe('amounts and who', () => {
  it('reads no length from the "a" that ends a word before "minutes"', () => {
    expect(sessionMinutes('with fifteen extra minutes to get changed', rubric)).not.toBe(1);
    expect(sessionMinutes('an extra 15 minutes to get changed', rubric)).toBe(15);
  });

  it('does not take the people a child is to meet, in a purpose clause, as who delivers', () => {
    expect(providerRank('Three visits to the college with his mentor, so that he can meet his tutors and see the canteen.', rubric).who).toBe('assistant');
    expect(providerRank('Three visits to the college led by his teacher.', rubric).who).toBe('teacher');
  });

  it('reads an intervenor as a trained assistant and a QTMSI as a specialist teacher', () => {
    expect(tokens('an intervenor for the whole day', undefined, rubric)).toContain('ta');
    expect(tokens('visits from a Qualified Teacher of children with multi-sensory impairment', undefined, rubric)).toContain('specteach');
    expect(tokens('a QTMSI', undefined, rubric)).toContain('specteach');
    expect(providerRank('an intervenor working with her', rubric).who).toBe('trainedAssistant');
  });

  it('matches intervenor advice to the assistant\'s hours, not to the specialist teacher\'s visits', () => {
    const got = adviceVerdicts(planWith(['A QTMSI will visit for ninety minutes every half term to advise her class teacher.', 'A teaching assistant will work with Amara for 30 hours a week.']), [{ h: 'Recommendations' }, { li: 'An intervenor, trained in multi-sensory impairment, with Amara one-to-one for the whole school day.' }]);
    expect(got).toHaveLength(1);
    expect(got[0].verdict).toBe('diluted');
  });
});

describe('one thing named by one statement', () => {
  it('reads a lone word in a past form, run in from a table cell, as no programme', () => {
    expect(programmeNames('Keyboard practice in the library Offered Parents')).toEqual([]);
    expect(programmeNames('Weekly Talkabout sessions with a teaching assistant')).toEqual(['talkabout']);
  });

  it('matches the only statement naming the thing a recommendation opens with, however few words they share', () => {
    const got = adviceVerdicts(planWith(['Keyboard skills practice at home if she wishes.', 'A writing slope in lessons.']), [{ h: 'Recommendations' }, { li: 'Touch-typing with the Dance Mat course for 10 minutes four times a week in registration, checked by a teaching assistant who records her speed.' }]);
    expect(got.map((g) => [g.verdict, g.section])).toEqual([['diluted', 'F']]);
  });
});
