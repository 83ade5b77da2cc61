// HELD-OUT single outcome statements: never used to tune the analyser's rules. Written 2026-12-01
// in wording unlike outcomes.ts, labelled from shared/rubric-reference.md §4-5 and the PfA
// convention in corpus/AUDIT.md (one rule at every age). Same shape and code letters as outcomes.ts.
import { outcomeList } from './lines.ts';

const { s, lines } = outcomeList();

// SMART
s('By the end of Year 5, Kacper will read a Year 4 book band text with 95% word accuracy.', 'mt', 'Accuracy and a year end.');
s('By July 2027, Bethan will write her name, address and phone number from memory, spelled correctly.', 'mt', 'Checkable result and a date.');
s('Within 9 months, Oluwaseun will use 2-key-word phrases (e.g. "more juice") to request items at snack time on 4 out of 5 days.', 'mt', 'Criterion and a period; "e.g." does not hedge an outcome.');
s('By the end of Key Stage 1, Frankie will count objects to 20 and write the matching numeral.', 'mt', 'Count and key stage end.');
s('By Christmas 2026, Rhys will move from lesson to lesson using his timetable card without an adult on 9 out of 10 transitions.', 'mt', 'Inside school: orientation, not travel (AUDIT).');
s('By the end of Year 11, Imogen will catch the 42 bus from her village to Abbeyfield College and back on her own.', 'mtP', 'Independent travel, dated.');
s('By her next annual review, Keira will choose, pay for and carry her own lunch in the canteen every day for two weeks.', 'mtP', 'Money and choosing: independent living.');
s('By the end of his first year at college, Idris will complete a 6-week work placement at a garden centre, 2 days a week, with his job coach only checking in at lunchtime.', 'mtP', 'Employment; counted.');
s('Within 12 months, Yusuf will tell a member of staff when his blood sugar feels low and test it himself with supervision, on every occasion.', 'mtP', 'Managing his own condition: good health.');
s('By the end of Year 2, Delilah will take turns in a 2-player board game for 5 minutes with adult prompting only at the start.', 'mt', 'Turn-taking drill, not peer play (AUDIT).');
s('By Easter 2027, Ewan will put on his own shoes and coat at home time.', 'mtP', 'Self-care at any age.');
s('By the end of Year 8, Phoebe will score at least 18/25 on a times-tables check.', 'mt', 'Score and a year end.');
s('By July 2028, Ffion will use a cash card and PIN to buy her own clothes in town with a friend.', 'mtP', 'Money and community.');
s('In 4 out of 5 science lessons by the end of the summer term, Wiktor will record results in a table without adult help.', 'mt', 'Criterion first, time in the middle.');
s('By the end of Year 13, Aled will have applied for three apprenticeships and attended at least one interview.', 'mtP', 'Employment; counted.');
s('By his 19th birthday, Stanley will direct his personal assistant through his morning routine, using his eye-gaze device to say what he needs, on 5 out of 5 mornings.', 'mtP', 'Self-care and making decisions about his own life.');
s('By the end of the spring term, Anwen will use her communication book to ask a peer to play at lunchtime on 3 days a week.', 'mtP', 'Peer play in social time: friends.');
s('Within 6 months, Callum will join a Saturday football club and attend at least 8 sessions.', 'mtP', 'Clubs: community.');
s('By the end of Year 6, Zainab will write a 200-word story with paragraphs and correctly punctuated speech.', 'mt', 'Checkable product and a year end.');
s('By October half-term, Harriet will use the toilet independently, including washing her hands, with no accidents in a school week.', 'mtP', 'Toileting: self-care.');
s('By the end of Reception, Bobby will sit with his group for a 10-minute Attention Autism session, watching the adult, on 4 out of 5 days.', 'mt', 'Attention target; counted.');
s('By the end of Year 1, Bobby will wash and dry his hands after using the toilet without prompts.', 'mtP', 'Self-care.');
s('By the summer term, Esme will play a chasing game with two classmates at playtime.', 'mtP', 'Peer play at playtime: friends.');
s('By the end of Year 3, Ewan will recall 5 facts from a non-fiction text read aloud to him.', 'mt', 'Count and a year end.');
s('In the next 6 months, Harriet will take part in a 20-minute turn-taking game with a peer, with an adult present.', 'mt', 'Turn-taking drill (AUDIT); a period.');
s('By the end of Year 10, Zainab will have spent five days on work experience at a children\'s nursery, with a daily report from her supervisor.', 'mtP', 'Employment.');
s('Phoebe will ring the hospital to rearrange her own physiotherapy appointments, by the end of Year 12.', 'mtP', 'Good health: appointments; time last.');
s('Over the next term, Dhruv will attend school on at least 90% of days.', 'mt', 'Percentage and a period.');

// Measurable only
s('Kacper will spell 40 of the Year 3/4 statutory words correctly.', 'm', 'Count, no time.');
s('Tariq will take his inhaler before PE without reminders.', 'mP', 'Good health; no time.');
s('Esme will use 50 PECS symbols to request and comment.', 'm', 'Count, no time.');
s('Lottie will get herself a drink and a snack at home without help.', 'mP', 'Independent living; no time.');
s('Morgan will use a bus timetable to plan a journey to town.', 'mP', 'Travel; no time.');
s('Rosa will achieve a grade 5 in GCSE English Language.', 'm', 'A grade, but no time.');
s('Anwen will walk to the school office with a message on her own.', 'm', 'Inside school (AUDIT): not travel; no time.');

// Time-bound only
s('By the end of Year 4, Dhruv will make good progress in his reading.', 't', 'Progress is not measurable.');
s('By July 2027, Eliza will be more independent in the classroom.', 't', 'Not measurable; classroom independence is not an area of §5.');
s('Over the next year, Nell will develop her fine motor skills.', 't', 'Develop: not measurable.');
s('By the end of Key Stage 3, Tariq will feel more confident with his peers.', 't', 'Confidence at school: not PfA (AUDIT).');
s('By the time she leaves school, Keira will be ready for college.', 'tP', 'Further education area; "ready" is not measurable.');
s('By his next review, Oluwaseun will improve his attention and listening.', 't', 'Improve: not measurable.');
s('Within 12 months Aled will understand how to keep himself safe online.', 'tP', 'Keeping oneself safe; "understand" not measurable.');

// Neither
s('Wiktor will reach his full potential.', '', 'Reference: not measurable, no time.');
s('Imogen will be happy and settled in her new school.', '', 'Happiness at school.');
s('Callum will learn to manage his emotions.', '', 'Not measurable, no time.');
s('Ffion will become more independent in preparation for adult life.', 'P', 'PfA named; nothing measurable.');
s('Morgan will develop friendships.', 'P', 'Friends area; not measurable.');
s('Lottie will access the curriculum with support.', '', 'Reference: access the curriculum.');
s('Yusuf will lead a healthy lifestyle.', 'P', 'Good health; not measurable.');

// Provision or aspiration written as an outcome
s('Bethan will have speech and language therapy every week.', 'x', 'A service, not her achievement.');
s('Stanley will receive 1:1 support from an LSA throughout the school day by September 2026.', 'x', 'A service with a date is still a service.');
s('The school will provide a calm space for Rhys.', 'x', 'The school\'s action.');
s('Delilah will be given access to a laptop for all written work.', 'x', 'Provision.');
s('Frankie to attend Lego therapy 1 x weekly for 40 minutes.', 'x', 'Attending provision is not a result.');
s('Idris would like to live in his own flat one day.', 'xP', 'Aspiration (Section A); independent living.');
s('When I leave college I want to work with animals.', 'xP', 'First-person aspiration; employment.');

export const HOLDOUT_OUTCOME_LINES = lines();
