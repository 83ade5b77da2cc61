// A record printed with each label on a line of its own and its value on the next (an online hub's
// print saved as text): a provision with its "How often" and "Provided by" lines is one statement
// judged with them; an outcome's "Target date" line belongs to that outcome. Invented children.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { analyse } from '../../services/analyser/src/index.ts';

const text = (lines: string[]) => parseDocument(new Uint8Array(Buffer.from(lines.join('\n'), 'utf8')), 'plan.txt');

const PLAN = [
  'Section A – About me',
  // A line longer than any wrap: the print is not hard-wrapped text, so each short line is its own.
  'Tobias likes trains, swimming on Saturdays with his grandad, and drawing maps of the railway lines near his home.',
  'Section B – My needs',
  'Tobias has a language disorder and finds writing hard.',
  'Section E – Outcomes',
  'Outcome',
  'Tobias will say a 5-word sentence about a picture in 4 out of 5 attempts.',
  'Target date',
  'December 2027',
  'Outcome',
  'Tobias will enjoy writing.',
  'By when',
  'Ongoing',
  'Section F – Provision',
  'Provision',
  'Shape Coding sentence work, 1:1',
  'How often',
  '3 x 15 minutes a week',
  'Provided by',
  'Teaching assistant trained by the speech and language therapist',
  'Writing slope and pencil grips',
  'Frequency',
  'In all writing lessons',
  'Staffing',
  'Class teacher',
  'Help with recording',
  'How often',
  'When needed',
  'Who',
  'Any adult',
  'Section I – Placement',
  'Holm Lane Primary School (mainstream).',
];

describe('records printed with labels and values on lines of their own', () => {
  it('a provision and its labelled lines are one statement, judged with them', async () => {
    const r = analyse(await text(PLAN));
    expect(r.provisions.map((p) => p.text.split('\n')[0])).toEqual(['Shape Coding sentence work, 1:1', 'Writing slope and pencil grips', 'Help with recording']);
    const [coding, slope, help] = r.provisions;
    expect(coding.elements).toMatchObject({ frequency: true, duration: true, provider: true });
    expect(coding.specific).toBe(true);
    expect(slope.elements.provider).toBe(true);
    expect(help.specific).toBe(false);
    // The labels are inside the quote, not statements of their own.
    expect(r.provisions.some((p) => /^(?:How often|Provided by|Who|Frequency)$/.test(p.text.trim()))).toBe(false);
  });

  it('an outcome\'s "Target date" or "By when" line is its time', async () => {
    const r = analyse(await text(PLAN));
    expect(r.outcomes).toHaveLength(2);
    expect(r.outcomes[0].timeBound).toBe(true);
    expect(r.outcomes[1].timeBound).toBe(false);
  });

  it('a label with no value after it, or a short line that is no label, leaves the lines as they were', async () => {
    const r = analyse(await text([...PLAN.slice(0, 14), 'Section F – Provision', 'Speech and language therapy, 6 x 30 minutes a half term, from a speech and language therapist.', 'Sound awareness games', 'Visual timetable', 'Provided by', 'Section I – Placement', 'Holm Lane Primary School (mainstream).']));
    expect(r.provisions[0].text).toBe('Speech and language therapy, 6 x 30 minutes a half term, from a speech and language therapist.');
    expect(r.provisions.every((p) => !p.text.includes('\n'))).toBe(true);
  });
});
