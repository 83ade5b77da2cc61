import { rule } from '../../../services/analyser/src/rules/outcome/not-measurable.ts';
import { ruleTester } from './rule-tester.ts';

ruleTester(rule, {
  valid: [
    'By the end of Year 6, Amara will read 100 common words.',
    'Sam will ask an adult for help in 4 out of 5 lessons.',
    // Services and aspirations have their own rules.
    'Ella will receive speech and language therapy.',
    'Jamal wants to be a vet when he grows up.',
    // A comparative with its count is checkable.
    'By July 2027, Noor will have fewer than 2 meltdowns a week at home time.',
  ],
  invalid: [
    { text: 'By the end of Year 6, Amara will make progress in reading.', errors: [{ quote: 'By the end of Year 6, Amara will make progress in reading.', section: 'E', messageIncludes: 'cannot be measured' }] },
    { text: 'Sam will improve his confidence by July 2027.', errors: [{ quote: 'Sam will improve his confidence by July 2027.', section: 'E' }] },
    // A direction with nothing counted ("fewer", "a wider range"), or having fun, is no checkable result.
    { text: 'By July 2027, Noor will have fewer meltdowns at home time.', errors: [{ quote: 'By July 2027, Noor will have fewer meltdowns at home time.', section: 'E' }] },
    { text: 'By July 2027, Ravi will drink a wider range of drinks.', errors: [{ quote: 'By July 2027, Ravi will drink a wider range of drinks.', section: 'E' }] },
    { text: 'By July 2027, Ravi will have fun at his cubs group.', errors: [{ quote: 'By July 2027, Ravi will have fun at his cubs group.', section: 'E' }] },
    // "Sensible" leaves the standard to judgement.
    { text: 'By July 2027, Ravi will spend a sensible amount of time on his games console.', errors: [{ quote: 'By July 2027, Ravi will spend a sensible amount of time on his games console.', section: 'E' }] },
  ],
});
