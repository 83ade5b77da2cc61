// General causes of wrong advice verdicts found by the twenty-fifth held-out set (h121-h125),
// each on wording written for this test (no sentence from a held-out set).
import { describe, expect, it } from 'vitest';
import { adviceVerdicts, planWith } from './helpers.ts';

describe('advice sized by its occasion or capped content, and plan wording the advice shares', () => {
  const cases: [string, string[], string[], string][] = [
    ['Up to 4 new science words will be taught to Ellis each week, using a word wall with a picture.', ['Up to 4 new science words taught to Ellis each week using a word wall with a picture.'], [], 'carried'],
    ['Up to 3 hours a week of home tuition from the county tuition service during any absence expected to last 10 school days or more.', ['During any absence expected to last 10 school days or more, the county tuition service will teach Ellis at home for up to 3 hours a week.'], [], 'carried'],
    ['When Ellis is becoming agitated (pacing, tapping), staff are advised to offer him a choice of two errands in a quiet voice and to keep their words few.', ['When Ellis is becoming agitated, staff will offer him a choice of two errands, in a quiet voice and with few words.'], [], 'carried'],
    ['Staff are advised to tell his carers when Ellis seems to see less well than usual (for example when tired).', ['School will tell Ellis\'s carers when he seems to see less well than usual (for example when tired), so they can book a check.'], [], 'carried'],
    ['If Ellis runs out of the hall, one adult follows at a distance and keeps him in sight, without shouting after him.', ['Ellis will have a reading group three times a week.'], [], 'notVague'],
    ['A 5-minute chat with his mentor at 9am every day, using a mood thermometer to plan the day.', ['At 9am every day Ellis will have a 5-minute chat with his mentor, who will use a mood thermometer with him to plan the day. A fidget tray will be kept on his desk and Ellis may use it whenever he likes.'], [], 'carried'],
    ['Ellis to have 8 ELSA sessions of 40 minutes, once a week, on friendships.', ['He will have eight 40-minute ELSA sessions, once a week, on friendships, to be finished by the spring half term.'], [], 'carried'],
  ];
  for (const [advice, f, g, want] of cases) {
    it(`${want}: ${advice}`, () => {
      const [v] = adviceVerdicts(planWith(f, g), [{ h: 'Recommendations' }, advice]);
      if (want === 'notVague' ? v.verdict === 'adviceVague' : v.verdict !== want) throw new Error(`GOT ${v.verdict} | ${v.detail} | ${v.section}`);
    });
  }
});
