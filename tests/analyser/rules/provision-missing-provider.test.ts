import { rule } from '../../../services/analyser/src/rules/provision/missing-provider.ts';
import { ruleTester } from './rule-tester.ts';

ruleTester(rule, {
  valid: [
    'A structured phonics programme delivered by a teaching assistant, 3 x 20 minutes a week.',
    // Equipment needs no one to deliver it.
    'Amara will use a writing slope for all written work.',
    'Occupational therapy from an HCPC-registered occupational therapist, 40 minutes weekly.',
    // A place at a club or scheme is delivered by it; a club run by a named service is too.
    'A place at the Brookside holiday playscheme for 4 days each Easter holiday, 10 am to 2 pm.',
    'Short breaks: 5 hours every other Sunday at the Maple youth club, run by the Short Breaks Service.',
    'A place at the Corriemoor Young Carers group every Wednesday from 4pm to 6pm, with transport provided by the council.',
    // A key adult is a role, like a key worker or key person.
    'A key adult meets Sam at the side gate at 8.30am every school day for a 10-minute settling session.',
    // Staff named by their duty or room are a role, unlike bare "staff".
    'Playground games with lunchtime staff, 15 minutes every lunchtime.',
    'Nursery staff will use Makaton signs with Ivo at every snack time and story time.',
  ],
  invalid: [
    { text: 'A weekly 1-hour drama club for Kofi.', errors: [{ quote: 'A weekly 1-hour drama club for Kofi.', section: 'F' }] },
    // The one trained, the carer a carer's assessment is for, and a GP practice as a place deliver nothing.
    { text: 'Training for the class teacher in Makaton, one 2-hour session each term.', errors: [{ quote: 'Training for the class teacher in Makaton, one 2-hour session each term.', section: 'F' }] },
    { text: "A carer's assessment for Remi's grandmother, completed by 30 April 2027.", errors: [{ quote: "A carer's assessment for Remi's grandmother, completed by 30 April 2027.", section: 'F' }] },
    { text: 'An eczema review at the GP surgery every 3 months, for 20 minutes.', section: 'G', errors: [{ quote: 'An eczema review at the GP surgery every 3 months, for 20 minutes.', section: 'G' }] },
    { text: 'A structured phonics programme, 3 x 20 minutes a week.', errors: [{ quote: 'A structured phonics programme, 3 x 20 minutes a week.', section: 'F' }] },
    { text: 'The school will deliver a phonics programme for 3 x 20 minutes a week.', errors: [{ quote: 'The school', section: 'F', messageIncludes: '("The school" is not a role)' }] },
  ],
});
