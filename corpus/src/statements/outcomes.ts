// Single outcome statements, labelled from shared/rubric-reference.md §4-5 alone.
// code letters: m=measurable t=time-bound P=preparing for adulthood x=not the child's own
// achievement (a service or an aspiration), never SMART. Ambiguous cases are left out.
import { outcomeList } from './lines.ts';

const { s, lines } = outcomeList();

// SMART
s('By the end of Year 6, Tom will read 100 common exception words correctly.', 'mt', 'Count and a time.');
s('By July 2027, Ella will write a paragraph of 5 sentences with capital letters and full stops in 4 out of 5 pieces of work.', 'mt', 'Accuracy criterion and a date.');
s('By the end of Key Stage 3, Amir will add and subtract fractions with different denominators with 80% accuracy.', 'mt', 'Accuracy and key stage end.');
s('Within 12 months, Ruby will travel by bus to college on her own.', 'mtP', 'Named independent action, time, PfA.');
s('By his next annual review, Sam will ask for help using his help card in 4 out of 5 lessons.', 'mt', 'Frequency criterion and review.');
s('By the end of the spring term 2026, Priya will use 3-word sentences to make requests at snack time on 5 consecutive days.', 'mt', 'Observable and dated.');
s('By the end of Year 11, Zoe will achieve a grade 4 in GCSE maths.', 'mt', 'Grade and a time.');
s('By the end of Reception, Leo will recognise and name all 26 letter sounds.', 'mt', 'Count and a time.');
s('By December 2026, Fatima will make a cup of tea safely, following a picture sequence, with no adult help.', 'mtP', 'Independent living, dated.');
s('By the end of Year 10, Josh will complete a one-week work experience placement, arriving on time every day.', 'mtP', 'Employment, measurable, time.');
s('By the time he leaves college in July 2027, Ben will hold a part-time paid job of at least 8 hours a week.', 'mtP', 'Employment outcome, measurable.');
s('By September 2026, Maya will enrol on a Level 2 childcare course at college.', 'mtP', 'Further education, dated.');
s('By the end of Year 9, Oscar will attend a community youth club once a week for a whole term.', 'mtP', 'Community participation, counted.');
s('Within six months, Aisha will take her own epilepsy medication at school at the right time, with staff only checking, on every school day.', 'mtP', 'Good health; observable; six months.');
s('By the end of the autumn term, Harry will stay in class for the whole lesson in 9 out of 10 lessons.', 'mt', 'Frequency criterion and term.');
s('By the end of Year 4, Isla will read a Year 3 level text aloud at 90 words per minute.', 'mt', 'Rate and a time.');
s('By July 2026 Jack will count reliably to 20 and match numerals to quantities to 10.', 'mt', 'No comma after the date; still SMART.');
s('by the end of year 8 noah will spell 150 high frequency words correctly in a dictation test', 'mt', 'Lower case throughout.');
s('By the end of Year 7, Lily will use her planner to record homework for every lesson that sets it, checked weekly by her tutor, for 6 consecutive weeks.', 'mt', 'Long; measurable and dated.');
s('Within the next 12 months Ahmed will order and pay for his lunch in the college canteen independently on 4 days out of 5.', 'mtP', 'Independent living, time.');
s('By Easter 2026, Sophie will use her AAC device to greet a familiar adult and a peer each morning.', 'mt', 'Named action, dated.');
s('By his 18th birthday, Marcus will open a bank account and withdraw cash from a cash machine on his own.', 'mtP', 'Independent living; a birthday is a time.');
s('By the end of the academic year, Chloe will join in a turn-taking game with 2 peers for 10 minutes without adult support.', 'mt', 'Observable and time-bound.');
s('By the end of Year 12, Jade will make a GP appointment by phone herself.', 'mtP', 'Good health; named action; time.');
s('By the end of KS2 Mohammed will achieve the expected standard in the multiplication tables check (25/25).', 'mt', 'Score and key stage.');
s('By the summer half term, Grace will use her calm-down plan, without prompting, on 3 out of 4 occasions when she becomes upset.', 'mt', 'Criterion and time.');
s('By the end of his first year at college, Ryan will cook a simple meal for himself twice a week at home.', 'mtP', 'Independent living.');
s('By March 2027, Tilly will walk from the school gate to her classroom without holding an adult\'s hand on 5 consecutive days.', 'mt', 'Observable, counted, dated.');
s('By the end of this year, Ayesha will be able to give 3 reasons for her answers in science, in 4 out of 5 written tasks.', 'mt', 'Criterion and time.');
s('By the end of Year 3, Ethan will sit and attend during whole-class carpet time for 10 minutes without leaving.', 'mt', 'Duration criterion and time.');

// Measurable, not time-bound
s('Tom will read 100 common words.', 'm', 'Reference: not time-bound.');
s('Ella will write a sentence using a capital letter and a full stop.', 'm', 'Observable action, no time.');
s('Josh will travel to school by bus on his own.', 'mP', 'Named independent action, no time.');
s('Sam will recall number bonds to 10 with 90% accuracy.', 'm', 'Accuracy, no time.');
s('Priya will use a visual timetable to move between activities without adult prompts in 4 out of 5 transitions.', 'm', 'Criterion, no time.');
s('Layla will make a sandwich following a picture recipe.', 'mP', 'Independent living; no time.');
s('Noah will spell his first name correctly.', 'm', 'Named result; no time.');
s('Ibrahim will complete a work placement in a garage.', 'mP', 'Employment; no time.');
s('Caitlin will swim 25 metres unaided.', 'm', 'Observable; no time.');
s('Megan will pay for items in a shop and check her change.', 'mP', 'Independent living; no time.');

// Time-bound, not measurable
s('By the end of Year 6, Tom will make good progress in reading.', 't', 'Make progress is not measurable.');
s('By July 2026, Ella will improve her handwriting.', 't', 'Improve is not measurable.');
s('By the end of Key Stage 2, Sam will develop his social skills.', 't', 'Develop is not measurable.');
s('By his next annual review, Jamie will be happier at school.', 't', 'Be happy is not measurable.');
s('By the end of Year 9, Kian will reach his potential in maths.', 't', 'Reach his potential.');
s('Within 12 months, Maisie will access the curriculum.', 't', 'Access the curriculum.');
s('By the end of the year, Zac will be more confident.', 't', 'Confidence not measured.');
s('By July 2027, Holly will become more independent.', 'tP', 'PfA area named but not measurable.');
s('By the end of Year 11, Tyler will be ready for college.', 'tP', 'Not measurable; about further education.');
s('By the end of the summer term Alfie will have better emotional regulation.', 't', 'Not measurable.');
s('By next year, Poppy will engage more in lessons.', 't', 'Engage more is not measurable.');
s('By the end of Reception, Evie will develop her fine motor skills.', 't', 'Develop.');
s('By the end of Year 13, Kacper will be as independent as possible in the community.', 'tP', 'As independent as possible is not measurable.');
s('By the end of the academic year, Reece will have healthier eating habits.', 'tP', 'Good health, not measurable.');

// Neither
s('Tom will make progress in reading.', '', 'Make progress; no time.');
s('Ella will improve her writing skills.', '', 'Improve.');
s('Sam will be happy.', '', 'Be happy.');
s('Jamie will reach his full potential.', '', 'Reach his potential.');
s('Maisie will access the curriculum with support.', '', 'Access the curriculum.');
s('Kai will develop his communication and interaction skills.', '', 'Develop.');
s('Leo will be able to regulate his emotions.', '', 'Not observable as written.');
s('Holly will have friends.', 'P', 'Friendships named; not measurable; no time.');
s('Zara will feel safe and secure in school.', '', 'A feeling, no measure.');
s('Oscar will continue to make good progress.', '', 'Continue to make progress.');
s('Grace will be more resilient.', '', 'Not measurable.');
s('To improve Ben\'s literacy skills.', '', 'Statement-style objective, not an outcome of the child.');
s('To develop Aisha\'s independence.', 'P', 'Objective style; PfA area; not measurable.');
s('Harry will learn strategies to manage his anxiety.', '', 'Learn strategies: not observable.');
s('Lily will be supported to make friends.', 'P', 'Support-led; friendships; not measurable.');
s('Amir will live a healthy and active life.', 'P', 'Good health; not measurable.');
s('Fatima will have a fulfilling adult life.', 'P', 'Aspiration.');
s('Ryan will be more independent when he leaves school.', 'P', 'Not measurable.');
s('jayden will understand more vocab', '', 'Lower case; not measurable.');
s('Mia will engage with learning.', '', 'Not measurable.');

// Service as outcome, or aspiration: never SMART
s('Ella will receive speech therapy.', 'x', 'Reference: provision, not an outcome.');
s('Sam will have access to a teaching assistant in all lessons.', 'x', 'A service.');
s('School will provide Leo with a quiet space.', 'x', 'The school\'s action, not Leo\'s.');
s('Zara will be supported by an ELSA.', 'x', 'Support-led.');
s('Ben wants to be a footballer.', 'xP', 'Aspiration; belongs in Section A; about work.');
s('Holly would like to go to university.', 'xP', 'Aspiration about higher education.');

// More mixed phrasing
s('Ayaan will, by the end of Year 5, use a number line to solve subtraction problems within 50 with 80 per cent accuracy.', 'mt', 'Time in the middle; SMART.');
s('In 12 months time, Lucy will be able to read a bus timetable and catch the right bus to town with a friend.', 'mtP', 'Missing apostrophe; community/travel.');
s('By the end of Year 1 Alfie will write CVC words (e.g. cat, dog, sun) with 8/10 correct.', 'mt', 'Score as a fraction.');
s('Kieran will be able to name 3 trusted adults he can go to if he is worried, by Christmas.', 'mt', 'Time at the end.');
s('By the end of Year 10, Sienna will manage her diabetes at school, checking her blood sugar at the agreed times and telling staff her readings, on every school day.', 'mtP', 'Good health, measurable.');
s('Over the next year, Nathan will learn to cook.', 'tP', 'Time given; learning to cook is not measured.');
s('Jacob will make expected progress from his starting points by the end of KS2.', 't', 'Expected progress is not a checkable result here.');
s('By 31 July 2026, Erin will tie her shoelaces.', 'mtP', 'Date and a named action; self-care (dressing) is independent living at any age.');
s('Within 2 terms, Reggie will play a board game with a peer, taking turns, for 15 minutes.', 'mt', 'Terms as time; duration as measure.');
s('By age 19, Theo will hold a supported internship placement.', 'mtP', 'Age as the time; employment.');

// Added for spread: clear cases in every class
s('By the end of Year 2, Amelia will use the phonics sounds she has been taught to read 40 out of 50 words on the Year 1 phonics screening list.', 'mt', 'Score and time.');
s('By February 2027, Hugo will ask a peer to play at break time on at least 3 days a week, recorded by the lunchtime supervisor.', 'mtP', 'Counted and dated; making friends at break is PfA (friends) at any age.');
s('By the end of Year 12, Nadia will plan and make a return bus journey to her work placement on her own every week for a term.', 'mtP', 'Travel and employment; measurable.');
s('By the end of Year 9, Callum will name the three main food groups and plan a balanced packed lunch for a week.', 'mtP', 'Good health; measurable.');
s('By July 2026, Rosie will use a timer to work on a task for 10 minutes before taking a break, in 4 out of 5 lessons.', 'mt', 'Duration and criterion.');
s('Within one year, Dev will complete a job application form with help only to check spelling.', 'mtP', 'Employment; named action.');
s('By the end of Year 11, Summer will have a plan agreed with her family for travelling to college and will have practised the journey 5 times.', 'mtP', 'Counted practice; travel.');
s('By the end of Year 4, Oscar will solve 2-step word problems using the bar model, getting 7 out of 10 right.', 'mt', 'Score and time.');
s('Harvey will say 10 new words.', 'm', 'Count; no time.');
s('Aria will use her hearing aids all day.', 'm', 'Observable; no time.');
s('Billy will go to the youth club on his own.', 'mP', 'Community, named action; no time.');
s('By the end of Year 8, Kofi will improve his reading.', 't', 'Improve: not measurable.');
s('By the time she leaves school, Eve will be ready for work.', 'tP', 'Ready for work: not measurable.');
s('Scarlett will develop independence skills.', 'P', 'Develop; PfA area.');

// Added with plans p25-p33: first person, fragments, a placeholder date, services with dates.
s('I will travel to college on the bus on my own by the end of Year 12.', 'mtP', 'First person; travel; time at the end.');
s('By July 2027, I will have a Saturday job in a shop for at least 4 hours a week.', 'mtP', 'First person; employment.');
s('Within 12 months, Sam will use a cash machine to take out money and check his balance on his own.', 'mtP', 'Independent living; named action.');
s('By the end of Year 13, Aaliyah will make and attend her own dental appointment.', 'mtP', 'Good health; named action.');
s('By the end of the next key stage, Oliver will write a 3-paragraph story with correct full stops in 4 out of 5 pieces of work.', 'mt', 'End of the next key stage is a time.');
s('Sophie to read 40 high-frequency words by Christmas.', 'mt', 'Fragment form; count and time.');
s('To be able to count to 20 by the end of Reception.', 'mt', 'Fragment with no subject; still the child\'s result.');
s('By [date], Leo will tie his shoelaces.', 'mP', 'Placeholder instead of a date: not time-bound; self-care is independent living.');
s('By the end of Year 7, Jasmine will be more confident in class.', 't', 'Confidence not measured.');
s('By the end of the academic year, Tomas will have improved reading skills.', 't', 'Improved: not measurable.');
s('Ella will go to a Brownies meeting every week with her friend.', 'mP', 'Community participation; no time.');
s('Staff will use Makaton with Freya throughout the day.', 'x', 'Staff action: provision, not an outcome.');
s('Ruby will receive 1:1 support in all lessons by September 2026.', 'x', 'A service with a date is still a service.');
s('Within 6 months, Adam will stay in the classroom during fire drills with his ear defenders on, without running out.', 'mt', 'Observable; six months.');
s('By the end of Year 14, Priya will live in supported accommodation, cooking her own evening meal on 5 days a week.', 'mtP', 'Independent living, counted.');
s('Jayden will develop his independence skills so that he can prepare for adulthood.', 'P', 'Develop; PfA named but not measurable.');
s('In 3 out of 4 maths lessons, Carys will use a number line to check her answers, by the end of the spring term.', 'mt', 'Criterion first, time last.');
s('By the end of Reception, Ollie will put his coat on by himself.', 'mtP', 'Named action and time; self-care (dressing) is independent living at any age.');
s('By age 18, Dom will manage his own asthma inhaler and carry it with him every day.', 'mtP', 'Good health; age as the time.');
s('Over the next 12 months Niamh will gain the skills she needs for employment.', 'tP', 'Gain the skills: not measurable.');
s('Harley will reach age-related expectations in reading.', 'm', 'A standard, but no time.');

export const OUTCOME_LINES = lines();
