// General causes of wrong advice extraction and verdicts found by the twenty-second held-out set
// (h106-h110), each on wording written for this test (no sentence from a held-out set).
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { splitJoined } from '../../services/analyser/src/advice/extract.ts';
import { ingest } from '../../services/ingest/src/index.ts';
import { adviceVerdicts, planWith, rubric } from './helpers.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';

const fromText = async (lines: string[]) => {
  const doc = await ingest(Buffer.from(lines.join('\n')), { name: 'advice.txt' });
  return extractRecommendations(doc, undefined, rubric).map((r) => r.text);
};
const fromParts = (parts: Part[]) => extractRecommendations(buildDoc(parts, 'advice.txt'), undefined, rubric).map((r) => r.text);

describe('references to numbered paragraphs', () => {
  it('keeps a recommendation that cites a paragraph of findings, and drops a summary line or appendix row that restates a recommending paragraph', () => {
    const texts = fromParts([
      '2.1 Kofi copied two of the six shapes; his pencil grip tires after a few minutes.',
      '2.2 He read single words well but lost his place in longer text.',
      '4.1 Kofi should have 20 minutes of handwriting practice with a teaching assistant four times a week (see paragraph 2.1).',
      '4.2 A reading ruler should be on his desk in every literacy lesson (see 2.2).',
      'Summary for the plan writer',
      { table: [
        ['Provision', 'Amount', 'Staff', 'Paragraph'],
        ['Handwriting practice', '20 minutes, four times a week', 'Teaching assistant', '4.1'],
        ['A laptop for long pieces of writing', 'Every extended writing task', 'Class teacher', '-'],
      ] },
      'Reading ruler in literacy lessons (4.2).',
    ]);
    expect(texts).toEqual([
      'Kofi should have 20 minutes of handwriting practice with a teaching assistant four times a week (see paragraph 2.1).',
      'A reading ruler should be on his desk in every literacy lesson (see 2.2).',
      'A laptop for long pieces of writing\tEvery extended writing task\tClass teacher\t-',
    ]);
  });
});

describe('the reason a recommendation gives is why, not what or how much', () => {
  const cases: [string, string, string][] = [
    // advice, plan statement, verdict
    ['The office must phone his parents the same morning if a child in his class has measles, because he may need an injection within 6 days of contact.',
      'The office will phone his parents the same morning if a child in his class has measles.', 'carried'],
    ['Staff must check her blood sugar before every PE lesson, because she might go low after 20 minutes of exercise.',
      'Staff will check her blood sugar before every PE lesson.', 'carried'],
    // A hedge in the recommendation itself still makes it tentative.
    ['She may need a rest in the medical room after lunch, because her medicine makes her tired.',
      'She will rest in the medical room after lunch.', 'adviceVague'],
  ];
  for (const [advice, plan, verdict] of cases) {
    it(`${verdict}: ${advice.slice(0, 60)}`, () => {
      const got = adviceVerdicts(planWith([plan]), [{ h: 'Recommendations' }, advice]);
      expect(got.map((g) => g.verdict)).toEqual([verdict]);
    });
  }
});

describe('leave the plan gives with a verb joined by "and"', () => {
  it('reads "X will have … and may …" as leave, as "X may …" is', () => {
    const got = adviceVerdicts(planWith(['3) She will have a fan on her desk in every lesson and may switch it on at any time.']), [
      { h: 'Recommendations' },
      'Priya must have a fan on her desk in every lesson and be allowed to switch it on at any time.',
    ]);
    expect(got.map((g) => g.verdict)).toEqual(['carried']);
  });
  it('still reads "staff will … and may …" as discretion', () => {
    const got = adviceVerdicts(planWith(['Staff will check the fan each morning and may switch it on when needed.']), [
      { h: 'Recommendations' },
      'Staff must check the fan each morning and must switch it on at the start of every lesson.',
    ]);
    expect(got.map((g) => g.verdict)).toEqual(['diluted']);
  });
});

describe('staff only to keep a thing in mind', () => {
  for (const advice of ['Teachers should bear in mind that Sol loses focus after lunch.', 'Staff must keep in mind that Sol is slow to start in the morning.']) {
    it(advice, () => {
      const got = adviceVerdicts(planWith(['Sol will have a movement break every 30 minutes.']), [{ h: 'Recommendations' }, advice]);
      expect(got.map((g) => g.verdict)).toEqual(['adviceVague']);
    });
  }
});

describe('teaching a health or care report asks for', () => {
  const title = 'Community Nursing Service: health advice';
  const cases: [string, boolean][] = [
    ['After a hospital stay, Mia should have a 20-minute catch-up lesson in each subject she missed.', true],
    ['Sam would benefit from the after-school homework club on Tuesdays with a teaching assistant.', true],
    ['Ola should see the specialist teacher weekly to learn how to use her braille note-taker.', true],
    ['Each of her core subjects should give her the printed notes a day ahead.', true],
    ['Mia should have her inhaler with her in every PE lesson.', false],
    ['Sam should be offered a carer\'s break each month.', false],
  ];
  for (const [text, educates] of cases) {
    it(`${educates ? 'educates' : 'does not educate'}: ${text.slice(0, 50)}`, async () => {
      const { isEducational } = await import('../../services/analyser/src/advice/verdict.ts');
      expect(isEducational(text, rubric, title)).toBe(educates);
    });
  }
});

describe('a second clause that is the rest of one arrangement', () => {
  const cases: [string, number][] = [
    ['Noor must sit in the shade at break when it is above 25°C, with a water bottle, and must wear a hat outside on all other days from May to July.', 1],
    ['In cookery lessons Noor must use the low bench by the sink; after cookery she must wash her hands with the unscented soap before she leaves the room.', 1],
    // Two arrangements, each its own clause and modal, stay two.
    ['Noor should have a laptop in every lesson, and the class teacher should receive 3 hours of training in her condition.', 2],
  ];
  for (const [text, n] of cases) {
    it(`${n} part(s): ${text.slice(0, 60)}`, () => {
      expect(splitJoined(text, rubric)).toHaveLength(n);
    });
  }
});

describe('a care plan table: the situation, its signs and what staff must do', () => {
  const advice: Part[] = [
    { h: "Children's Community Nursing Service: asthma care plan for school" },
    { h: 'If Zara has an asthma attack' },
    { table: [
      ['Situation', 'Symptoms', 'What staff should do'],
      ['Mild attack', 'Coughing; a tight chest; speaking in short sentences', 'Give two puffs of her blue inhaler through the spacer and stay with her until she is breathing easily'],
      ['Severe attack', 'Lips turning blue; too breathless to talk', 'Call 999, then call her father'],
    ] },
  ];
  it('reads each row as its action, without the situation and the signs', () => {
    expect(fromParts(advice)).toEqual([
      'Give two puffs of her blue inhaler through the spacer and stay with her until she is breathing easily',
      'Call 999, then call her father',
    ]);
  });
  it('sizes each action by its situation, and finds it carried by a statement naming the situation', () => {
    const got = adviceVerdicts(planWith([], [
      'In a mild attack, staff will give two puffs of her blue inhaler through the spacer and stay with her until she is breathing easily.',
      'In a severe attack, staff will call 999, then call her father.',
    ]), advice);
    expect(got.map((g) => [g.verdict, g.section])).toEqual([['carried', 'G'], ['carried', 'G']]);
  });
  it('finds the action diluted by a statement that names neither the situation nor an amount', () => {
    const got = adviceVerdicts(planWith([], ['Staff will call 999 and her father.']), advice);
    expect(got[1].verdict).toBe('diluted');
  });
});

describe('a plan paragraph of several clauses split by semicolons', () => {
  const plan = ['Reading (E2): Four times a week, Leo will have a 20-minute phonics session with Mr Daly in the library; his teachers will be given a briefing on dyslexia; he will have a reading ruler on his desk in every lesson.'];
  it('answers a recommendation with the clause that gives it', () => {
    const got = adviceVerdicts(planWith(plan), [
      { h: 'Recommendations' },
      'A reading ruler should be on his desk in every lesson.',
      'The teachers who teach him should go to a 90-minute briefing on dyslexia from the specialist teacher before half term.',
    ]);
    expect(got.map((g) => [g.verdict, g.matched])).toEqual([
      ['carried', 'he will have a reading ruler on his desk in every lesson.'],
      ['diluted', 'his teachers will be given a briefing on dyslexia'],
    ]);
  });
});

describe("left to the child's own choice", () => {
  it('reads "only … when she chooses to" as a rule that needs no amount', () => {
    const got = adviceVerdicts(planWith(['Ada will only answer questions in front of the class when she chooses to.']), [
      { h: 'Recommendations' },
      'Ada should not be asked to answer in front of the class unless she has chosen to.',
    ]);
    expect(got.map((g) => g.verdict)).toEqual(['carried']);
  });
});

describe('parents asking outright', () => {
  it('reads "We ask that …" and "I ask for …" as recommendations, and not what they hope', () => {
    const texts = fromParts([
      { h: 'About Sami' },
      'Sami loves trains and talks about them all day.',
      'We ask that Sami always sits at the end of a row in assembly, next to an adult.',
      'I ask for a copy of his visual timetable to be sent home each Friday.',
      'We hope he will make a friend this year.',
    ]);
    expect(texts).toEqual([
      'We ask that Sami always sits at the end of a row in assembly, next to an adult.',
      'I ask for a copy of his visual timetable to be sent home each Friday.',
    ]);
  });
});

describe('a box of lines (a one-column table)', () => {
  const box = (rows: string[]): Part => ({ table: rows.map((r) => [r, '']) });
  it('reads the lines that tell staff what to do, not its title nor a line describing the child, wherever it stands', () => {
    const texts = fromParts([
      'Health advice for school',
      box(['AT A GLANCE', 'Never leave Kai alone near water.', 'Always give him a two-minute warning before a change of activity.', 'Kai may not answer when he is called: he is not being rude.']),
      { h: 'Recommendations' },
      box(['REMEMBER', 'Check his hearing aids are switched on at the start of every lesson.', 'Kai gets tired by the end of the day.']),
    ]);
    expect(texts).toEqual([
      'Never leave Kai alone near water.',
      'Always give him a two-minute warning before a change of activity.',
      'Check his hearing aids are switched on at the start of every lesson.',
    ]);
  });
});

describe('a one-off of a given length at a given time', () => {
  const cases: [string, string][] = [
    ['I recommend a deaf awareness talk for his class: one 40-minute session in the second week of the summer term, led by the teacher of the deaf.', 'missing'],
    ['Arlo should have one 30-minute meeting with his new teacher in the autumn term.', 'missing'],
    // A length with no time it happens still says neither how often nor when.
    ['A 40-minute session for his class on deaf awareness.', 'adviceVague'],
  ];
  for (const [advice, verdict] of cases) {
    it(`${verdict}: ${advice.slice(0, 60)}`, () => {
      const got = adviceVerdicts(planWith(['Arlo will sit near the front in every lesson.']), [{ h: 'Recommendations' }, advice]);
      expect(got.map((g) => g.verdict)).toEqual([verdict]);
    });
  }
});

describe('magnifiers and magnification', () => {
  it('answers advice for named magnifiers with the plan\'s "magnification aids"', () => {
    const got = adviceVerdicts(planWith(['Esme will have access to magnification aids.'], ['The QTVI will see Esme 1:1 for 45 minutes each week to teach her braille.']), [
      { h: 'Low vision clinic: recommendations' },
      'Esme should use her 6x hand magnifier for worksheets, and a video magnifier in every science and geography lesson.',
    ]);
    expect(got.map((g) => [g.verdict, g.section])).toEqual([['diluted', 'F']]);
  });
});
