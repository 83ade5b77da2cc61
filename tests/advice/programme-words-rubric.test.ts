// What is and is not a programme's name is the rubric's lists (programmeNotNames, programmeSubjectLeads,
// programmeGenericTails, personTitles, programmeInstitutions, programmeNouns), not words in advice/programmes.ts.
import { describe, expect, it } from 'vitest';
import { programmeNames, programmeRelation } from '../../services/analyser/src/advice/programmes.ts';
import { orgRubric } from '../analyser/org-rubric.ts';

describe("a programme's name by the rubric's lists", () => {
  const org = orgRubric('vocabulary:\n  lists:\n    addProgrammeNotNames: [Talkabout]\n    addProgrammeInstitutions: [Library]\n    addProgrammeNouns: [workshop]\n');

  it('a word the organisation says names no programme is none', () => {
    const text = 'Maisie should attend Talkabout weekly with a trained teaching assistant.';
    expect(programmeNames(text)).toEqual(['talkabout']);
    expect(programmeNames(text, new Set(), org)).toEqual([]);
  });

  it("an institution's word and a programme noun are the organisation's too", () => {
    expect(programmeNames('A weekly visit to the Westmarsh Library Reading Hour.')).toContain('westmarsh library reading hour');
    expect(programmeNames('A weekly visit to the Westmarsh Library Reading Hour.', new Set(), org)).toEqual([]);
    expect(programmeNames('Rainbows workshop in the hall.')).toEqual([]);
    expect(programmeNames('Rainbows workshop in the hall.', new Set(), org)).toEqual(['rainbows']);
  });

  it('two statements naming different programmes relate by the rubric given', () => {
    expect(programmeRelation('Maisie should attend Talkabout weekly.', 'Maisie will attend Lego therapy weekly.')).toBe('different');
    expect(programmeRelation('Maisie should attend Talkabout weekly.', 'Maisie will attend Lego therapy weekly.', new Set(), org)).toBeNull();
  });
});
