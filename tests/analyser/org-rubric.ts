// An organisation's rubric for tests: the default with the given YAML added (`extends: default`).
import { parseRubricYaml, type Rubric } from '../../services/analyser/src/rubric.ts';

export function orgRubric(yaml: string, id = 'esk'): Rubric {
  const r = parseRubricYaml(`extends: default\nid: ${id}\nversion: "1"\n${yaml}`);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.rubric;
}
