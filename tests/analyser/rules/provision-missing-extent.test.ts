import { rule } from '../../../services/analyser/src/rules/provision/missing-extent.ts';
import { ruleTester } from './rule-tester.ts';

ruleTester(rule, {
  valid: [
    'Amara will use a writing slope for all written work.',
    'Ear defenders will be available to Sam at all times.',
    '1:1 support from a teaching assistant for 27.5 hours per week, across all lessons.',
    // Sessions are another rule's concern.
    'Speech and language therapy from a speech and language therapist.',
  ],
  invalid: [
    { text: 'Amara will have a laptop.', errors: [{ quote: 'Amara will have a laptop.', section: 'F' }] },
    { text: '1:1 support from a teaching assistant.', errors: [{ quote: '1:1 support from a teaching assistant.', section: 'F' }] },
  ],
});
