// The plans of a spot-check: several uploaded files, or a zip of them. A zip is unpacked with the
// ingest's guarded reader (services/ingest/src/zip.ts: refused from its declared sizes before
// anything is inflated, inflated with a hard cap because declared sizes can lie, a limit on the
// number of entries and a byte budget over all zips), in a parse worker: unpacking and hashing a
// large zip on the event loop froze the whole service.
import { collectPlansInWorker } from '../../../ingest/src/run-worker.ts';
import { DEFAULT_UNPACK_LIMITS, type UnpackLimits } from '../../../ingest/src/zip.ts';
import type { HashedPlan, Plan } from './sample.ts';

export { collectPlans, DEFAULT_UNPACK_LIMITS, entryName, isPlanArchive, isSkippedEntry, type UnpackLimits } from '../../../ingest/src/zip.ts';

/**
 * The population, unpacked and hashed off the event loop. The files' bytes are handed to the
 * worker (the caller's copies are emptied); the plans come back with their sha256.
 */
export function collectHashedPlansOffThread(files: Plan[], limits: UnpackLimits = DEFAULT_UNPACK_LIMITS, timeoutMs = 60_000): Promise<HashedPlan[]> {
  return collectPlansInWorker(files, limits, timeoutMs);
}
