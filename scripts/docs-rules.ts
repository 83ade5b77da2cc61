// Writes docs/rules.md from the rule registry and the default rubric. `--check` only compares (exit 1 if stale).
// Run: npm run docs:rules [-- --check]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRubric } from '../services/analyser/src/rubric.ts';
import { rulesMarkdown } from '../services/analyser/src/rules/docs.ts';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules.md');
const text = rulesMarkdown(loadRubric());
const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
if (current === text) process.exitCode = 0;
else if (process.argv.includes('--check')) {
  console.error('docs/rules.md is out of date: run npm run docs:rules');
  process.exitCode = 1;
} else {
  writeFileSync(file, text);
  console.error('wrote docs/rules.md');
}
