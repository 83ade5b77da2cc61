import { describe, expect, it } from 'vitest';
import { analyse } from '../../services/analyser/src/index.ts';
import { buildDoc, type Part } from './build-doc.ts';

const texts = (f: Part[]) =>
  analyse(buildDoc([{ h: 'Section F: Special educational provision' }, ...f, { h: 'Section I: Placement' }, 'Elm Park Primary School'])).provisions.map((p) => p.text);

// A provision may open with a long phrase of time or place before its own subject; the phrase does
// not make it part of the provision before.
describe('a sentence opening with a long phrase before its own provider', () => {
  it.each([
    ['For the last 20 minutes of each Friday afternoon, a learning mentor will meet Ayo to plan the week ahead.'],
    ['At the start of every science and technology lesson, the class teacher will give Ayo a printed list of key words.'],
    ['During the first half term in the new building, a teaching assistant will walk Ayo between lessons.'],
  ])('%s', (second) => {
    const first = 'The unit will run a quiet club for 5 pupils every Tuesday from 12.30 to 1 pm, which Ayo may join.';
    expect(texts([`${first} ${second}`])).toEqual([first, second]);
  });

  it('still joins a sentence that goes on about the provision before', () => {
    const para = 'A speech and language therapist will see Ayo for 30 minutes every week. For the rest of the term, these sessions will take place in the library.';
    expect(texts([para])).toEqual([para]);
  });
});
