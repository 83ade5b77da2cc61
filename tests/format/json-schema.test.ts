import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedSchemas, schemaFileText } from '../../services/analyser/src/format/json-schema.ts';

describe('published JSON Schema', () => {
  const schemas = publishedSchemas();

  it('the committed files match what the zod schema generates now', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      const committed = readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8');
      expect(committed, `schemas/${name} is stale: run npx tsx scripts/gen-schemas.ts`).toBe(schemaFileText(schema));
    }
  });

  it('describes the contract: required fields, enums, and room for added fields', () => {
    const report = schemas['report.schema.json'] as { required: string[]; properties: Record<string, any>; additionalProperties?: unknown };
    expect(report.required.sort()).toEqual(['checks', 'document', 'findings', 'missingSections', 'outcomes', 'plan', 'provisions', 'rubric', 'schemaVersion', 'score', 'sections']);
    expect(report.properties.schemaVersion.const).toBe(1);
    expect(report.properties.findings.items.properties.severity.enum).toEqual(['error', 'warning', 'info']);
    expect(report.properties.sections.items.properties.key.enum).toContain('H1');
    expect(report.properties.plan.properties.status.enum).toEqual(['draft', 'final', 'unknown']);
    expect(JSON.stringify(report)).not.toContain('"additionalProperties":false');
    const cli = schemas['cli-output.schema.json'] as { type: string; items: { anyOf: any[] } };
    expect(cli.type).toBe('array');
    expect(cli.items.anyOf[1].properties.error.properties.code.enum).toContain('unsupported_media_type');
  });
});
