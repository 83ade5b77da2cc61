// Invented plain-text plans for the CLI tests. No real child's data.

export const WEAK_PLAN = `Education, Health and Care Plan
Name: Jasper Quill
Year group: Year 4
Status: Final
Section A: Views, interests and aspirations
Jasper likes trains and building models. He wants to be an engineer.
Section B: Special educational needs
Jasper has difficulties with reading and with speech sounds.
Section C: Health needs
Jasper has no diagnosed health needs.
Section D: Social care needs
Jasper has no social care needs.
Section E: Outcomes
Jasper will make progress with his reading.
Jasper will improve his speech.
Section F: Special educational provision
- Jasper will have regular support from an adult as required.
- Access to speech and language therapy.
- Small group literacy intervention.
Section G: Health provision
None.
Section H1: Social care provision
None.
Section H2: Other social care provision
None.
Section I: Placement
Elmfield Primary School, a mainstream primary school.
Section J: Personal budget
No personal budget has been requested.
Section K: Advice and information
Educational psychology advice, March 2026.
`;

/** One fully specific provision, checked on its own with --section F. */
export const SPECIFIC_PARAGRAPH =
  'Jasper will have 40 minutes of direct occupational therapy each week from an HCPC-registered occupational therapist, to work on his handwriting.\n';

/** The smallest valid PNG header: an image, whatever its name says. */
export const PNG_BYTES = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
  0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00,
  0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae,
  0x42, 0x60, 0x82,
]);
