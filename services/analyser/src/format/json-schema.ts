// The report contract published as JSON Schema (schemas/*.schema.json), generated from the zod schema.
import { z } from 'zod';
import { FailedReport, Report } from '../report-schema.ts';
import { Comparison, FailedComparison } from '../compare/schema.ts';

const BASE = 'https://ehcp-check.invalid/schemas';

/**
 * File name -> JSON Schema. Generated for input ("io: input") so the schemas leave room for fields
 * added later: the contract lets fields be added without a new schemaVersion.
 */
export function publishedSchemas(): Record<string, object> {
  const report = z.toJSONSchema(Report, { io: 'input' });
  const failed = z.toJSONSchema(FailedReport, { io: 'input' });
  const strip = ({ $schema: _s, ...rest }: Record<string, unknown>) => rest;
  return {
    'report.schema.json': {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${BASE}/report.schema.json`,
      title: 'ehcp-check report',
      description: 'One report per plan (schemaVersion 1). See shared/contract.md.',
      ...strip(report as Record<string, unknown>),
    },
    'cli-output.schema.json': {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${BASE}/cli-output.schema.json`,
      title: 'ehcp-check --format json output',
      description: 'One array item per FILE, in order: a report, or a file that could not be read.',
      type: 'array',
      items: { anyOf: [{ $ref: 'report.schema.json' }, strip(failed as Record<string, unknown>)] },
    },
    'comparison.schema.json': {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${BASE}/comparison.schema.json`,
      title: 'ehcp-check comparison of two versions',
      description: 'What changed between two versions of one plan (schemaVersion 1): `ehcp-check compare --format json`, GET /v1/comparisons/{id}. A pair that could not be compared has `error`. See shared/contract.md.',
      anyOf: [strip(z.toJSONSchema(Comparison, { io: 'input' }) as Record<string, unknown>), strip(z.toJSONSchema(FailedComparison, { io: 'input' }) as Record<string, unknown>)],
    },
  };
}

export function schemaFileText(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
