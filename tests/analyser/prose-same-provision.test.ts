// One provision written over several sentences is one statement (issue 10, item 7): a sentence whose
// subject is "the" and a role the provision before named ("The mentor has completed …") goes on about
// it; a sentence giving the child something new ("She will have access to …") starts a statement of
// its own, unless what she is given points back. Invented sentences.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../services/analyser/src/index.ts';
import { buildDoc } from './build-doc.ts';

const provisions = (paragraph: string) =>
  analyse(buildDoc([{ h: 'Section F – Special educational provision' }, paragraph, { h: 'Section I – Placement' }, 'Oakfield Primary School (mainstream).'])).provisions.map((p) => p.text);

describe('a provision over several sentences', () => {
  it('a sentence about the role the provision named goes on about it', () => {
    const p = provisions(
      'Mia will have a 1:1 session with a learning mentor for 40 minutes every Monday. The learning mentor has completed training in Motivational Interviewing. She will have a wobble cushion on her chair in every lesson.',
    );
    expect(p).toEqual([
      'Mia will have a 1:1 session with a learning mentor for 40 minutes every Monday. The learning mentor has completed training in Motivational Interviewing.',
      'She will have a wobble cushion on her chair in every lesson.',
    ]);
  });

  it('the child given something new starts a statement; given what the provision named ("them"), not', () => {
    const p = provisions(
      'Mia will have daily reading sessions of 15 minutes with a teaching assistant trained in Reading Recovery. She will have them in the library before registration. She will have access to a laptop when she needs it.',
    );
    expect(p).toEqual([
      'Mia will have daily reading sessions of 15 minutes with a teaching assistant trained in Reading Recovery. She will have them in the library before registration.',
      'She will have access to a laptop when she needs it.',
    ]);
  });
});
