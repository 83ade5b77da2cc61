// The plans of a spot-check: several uploaded files, or a zip of them. A zip is unpacked with the
// ingest's guarded reader: refused from its declared sizes before anything is inflated, inflated
// with a hard cap because declared sizes can lie, and with a limit on the number of entries.
import { CheckError } from '../../../ingest/src/errors.ts';
import { checkDeclaredSizes, inflateCapped, isZip, readZipDirectory, type ZipEntry } from '../../../ingest/src/zip.ts';
import type { Plan } from './sample.ts';

export interface UnpackLimits {
  /** Most plans in one spot-check (files plus zip entries). */
  maxPlans: number;
  /** Largest single plan, as uploaded or once unpacked. */
  maxPlanBytes: number;
  /** Most bytes all zips together may unpack to. */
  maxTotalUnpacked: number;
  /** Largest compression ratio for an entry over 1 MiB (a zip bomb is far above). */
  maxRatio: number;
}

export const DEFAULT_UNPACK_LIMITS: UnpackLimits = {
  maxPlans: 1000,
  maxPlanBytes: 20 * 1024 * 1024,
  maxTotalUnpacked: 256 * 1024 * 1024,
  maxRatio: 200,
};

/**
 * A zip of plans rather than a single plan: Office and OpenDocument files are zips too, but they
 * carry [Content_Types].xml or a mimetype entry at the top.
 */
export function isPlanArchive(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  let names: string[];
  try {
    names = readZipDirectory(bytes).map((e) => e.name);
  } catch {
    return false; // a damaged zip goes through as a file and fails alone as corrupt_file
  }
  return !names.includes('[Content_Types].xml') && !names.includes('mimetype');
}

/** Entries that are not plans: directories, macOS resource forks, hidden files such as .DS_Store. */
export function isSkippedEntry(name: string): boolean {
  const parts = name.replace(/\\/g, '/').split('/');
  if (name.endsWith('/') || name.endsWith('\\')) return true;
  if (parts[0] === '__MACOSX') return true;
  return parts.some((p) => p.startsWith('.') && p !== '.' && p !== '..') || parts[parts.length - 1] === '';
}

/** A display name for an entry: its path inside the zip without any way to climb out of it. */
export function entryName(name: string): string {
  const parts = name
    .replace(/\\/g, '/')
    .split('/')
    .map((p) => p.replace(/[\u0000-\u001f\u007f]/g, '').trim())
    .filter((p) => p && p !== '.' && p !== '..');
  const joined = parts.join('/') || 'plan';
  return joined.length > 255 ? joined.slice(-255) : joined;
}

function unpackZip(bytes: Uint8Array, limits: UnpackLimits, budget: { unpacked: number; plans: number }): Plan[] {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch {
    throw new CheckError('corrupt_file', 'The zip of plans is damaged: its directory cannot be read.');
  }
  // Every listed entry costs a little to look at, skipped or not.
  if (entries.length > limits.maxPlans * 4 + 100) throw new CheckError('file_too_large', `The zip holds too many entries (at most ${limits.maxPlans} plans).`);
  const wanted = entries.filter((e) => !isSkippedEntry(e.name));
  if (budget.plans + wanted.length > limits.maxPlans) throw new CheckError('file_too_large', `Too many plans: at most ${limits.maxPlans} in one spot-check.`);
  if (wanted.some((e) => e.uncompressedSize > limits.maxPlanBytes)) {
    throw new CheckError('file_too_large', `A plan in the zip is larger than the limit of ${limits.maxPlanBytes} bytes.`);
  }
  const zipLimits = { maxTotalUncompressed: limits.maxTotalUnpacked - budget.unpacked, maxRatio: limits.maxRatio, ratioFloorBytes: 1024 * 1024, maxEntries: limits.maxPlans };
  checkDeclaredSizes(wanted, zipLimits);
  const inflated = inflateCapped(bytes, wanted, zipLimits);
  const plans: Plan[] = [];
  for (const e of wanted) {
    const data = inflated.get(e.name);
    if (!data) continue;
    budget.unpacked += data.byteLength;
    plans.push({ name: entryName(e.name), bytes: data });
  }
  budget.plans += plans.length;
  return plans;
}

/** The population: every uploaded file, with each zip of plans replaced by the plans inside it. */
export function collectPlans(files: Plan[], limits: UnpackLimits = DEFAULT_UNPACK_LIMITS): Plan[] {
  const budget = { unpacked: 0, plans: 0 };
  const out: Plan[] = [];
  for (const f of files) {
    if (isPlanArchive(f.bytes)) {
      out.push(...unpackZip(f.bytes, limits, budget));
    } else {
      if (budget.plans + 1 > limits.maxPlans) throw new CheckError('file_too_large', `Too many plans: at most ${limits.maxPlans} in one spot-check.`);
      budget.plans += 1;
      out.push(f);
    }
  }
  return out;
}
