// Writes schemas/*.schema.json from the zod report schema. `--check` only compares (exit 1 if stale).
// Run: npx tsx scripts/gen-schemas.ts [--check]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedSchemas, schemaFileText } from '../services/analyser/src/format/json-schema.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
const check = process.argv.includes('--check');
let stale = 0;
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(publishedSchemas())) {
  const file = join(dir, name);
  const text = schemaFileText(schema);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (current === text) continue;
  stale += 1;
  if (check) console.error(`schemas/${name} is out of date: run npx tsx scripts/gen-schemas.ts`);
  else {
    writeFileSync(file, text);
    console.error(`wrote schemas/${name}`);
  }
}
process.exitCode = check && stale ? 1 : 0;
