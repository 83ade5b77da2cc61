// Reads a zip's central directory ourselves so that a zip bomb is refused from its declared sizes
// before anything is inflated, and inflates with a hard cap because declared sizes can lie.
import { createHash } from 'node:crypto';
import { Inflate } from 'fflate';
import { CheckError } from './errors.ts';
import { stripUnsafe } from './file-name.ts';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  /** Total declared or actual uncompressed bytes allowed. */
  maxTotalUncompressed: number;
  /** Largest compression ratio allowed for an entry bigger than ratioFloorBytes. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 5000,
};

const EOCD_SIG = 0x06054b50;
const CDIR_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The entries listed in the central directory; throws corrupt_file when there is none to read. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const dv = view(bytes);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (dv.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new CheckError('corrupt_file', 'The file is damaged: its zip directory is missing (truncated?).');
  let count = dv.getUint16(eocd + 10, true);
  let cdOffset = dv.getUint32(eocd + 16, true);
  if (cdOffset === 0xffffffff || count === 0xffff) {
    // ZIP64 end of central directory locator sits just before the EOCD.
    const loc = eocd - 20;
    if (loc < 0 || dv.getUint32(loc, true) !== 0x07064b50) throw new CheckError('corrupt_file', 'The file is damaged: bad zip64 directory.');
    const z64 = Number(dv.getBigUint64(loc + 8, true));
    if (z64 + 56 > bytes.length || dv.getUint32(z64, true) !== 0x06064b50) throw new CheckError('corrupt_file', 'The file is damaged: bad zip64 directory.');
    count = Number(dv.getBigUint64(z64 + 32, true));
    cdOffset = Number(dv.getBigUint64(z64 + 48, true));
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== CDIR_SIG) throw new CheckError('corrupt_file', 'The file is damaged: its zip directory is unreadable.');
    const method = dv.getUint16(p + 10, true);
    let compressedSize = dv.getUint32(p + 20, true);
    let uncompressedSize = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    let localHeaderOffset = dv.getUint32(p + 42, true);
    if (p + 46 + nameLen + extraLen > bytes.length) throw new CheckError('corrupt_file', 'The file is damaged: its zip directory is unreadable.');
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 extra field: real sizes where the 32-bit fields say 0xFFFFFFFF.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = dv.getUint16(e, true);
      const len = dv.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff && q + 8 <= e + 4 + len) { uncompressedSize = Number(dv.getBigUint64(q, true)); q += 8; }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) { compressedSize = Number(dv.getBigUint64(q, true)); q += 8; }
        if (localHeaderOffset === 0xffffffff && q + 8 <= e + 4 + len) { localHeaderOffset = Number(dv.getBigUint64(q, true)); }
      }
      e += 4 + len;
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p = extraEnd + commentLen;
  }
  return entries;
}

/** Refuses, from declared sizes alone, a zip that would expand past the limits. */
export function checkDeclaredSizes(entries: ZipEntry[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  if (entries.length > limits.maxEntries) throw new CheckError('file_too_large', 'The document holds too many parts to read safely.');
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw new CheckError('file_too_large', 'The document would expand to far more than its size when unpacked (a zip bomb?); refused before unpacking.');
    }
  }
  if (total > limits.maxTotalUncompressed) {
    throw new CheckError('file_too_large', 'The document would expand past the size limit when unpacked; refused before unpacking.');
  }
}

/**
 * Inflates every entry with a running cap: an entry may not produce more than it declared, nor the
 * whole zip more than the limit. Returns the inflated parts by name.
 */
export function inflateCapped(bytes: Uint8Array, entries: ZipEntry[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): Map<string, Uint8Array> {
  const dv = view(bytes);
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const h = e.localHeaderOffset;
    if (h + 30 > bytes.length || dv.getUint32(h, true) !== LOCAL_SIG) throw new CheckError('corrupt_file', 'The file is damaged: a part of the zip is missing.');
    const dataStart = h + 30 + dv.getUint16(h + 26, true) + dv.getUint16(h + 28, true);
    const dataEnd = dataStart + e.compressedSize;
    if (dataEnd > bytes.length) throw new CheckError('corrupt_file', 'The file is damaged: a part of the zip is cut short.');
    const data = bytes.subarray(dataStart, dataEnd);
    if (e.method === 0) {
      total += data.length;
      if (total > limits.maxTotalUncompressed) throw new CheckError('file_too_large', 'The document expands past the size limit when unpacked.');
      out.set(e.name, data);
      continue;
    }
    if (e.method !== 8) throw new CheckError('corrupt_file', 'The document uses a zip compression method that cannot be read.');
    const chunks: Uint8Array[] = [];
    let produced = 0;
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      produced += chunk.length;
      total += chunk.length;
      // Declared sizes can lie: stop as soon as an entry outgrows its declaration or the whole outgrows the cap.
      if (produced > e.uncompressedSize || total > limits.maxTotalUncompressed) {
        throw new CheckError('file_too_large', 'The document expands past its declared size when unpacked (a zip bomb?); refused.');
      }
      chunks.push(chunk);
      if (final) ended = true;
    });
    try {
      const step = 64 * 1024;
      for (let i = 0; i < data.length; i += step) inflater.push(data.subarray(i, Math.min(data.length, i + step)), i + step >= data.length);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof CheckError) throw err;
      throw new CheckError('corrupt_file', 'The file is damaged: a part of the zip cannot be unpacked.', { cause: err });
    }
    if (!ended && e.uncompressedSize > 0) throw new CheckError('corrupt_file', 'The file is damaged: a part of the zip is cut short.');
    const buf = new Uint8Array(produced);
    let o = 0;
    for (const c of chunks) {
      buf.set(c, o);
      o += c.length;
    }
    out.set(e.name, buf);
  }
  return out;
}

// ---------- Zips of plans (spot-checks) ----------
// An adviser's population of plans: several files, or a zip of them, unpacked with the guards
// above and a byte budget over all zips. Runs in a parse worker (run-worker.ts: collectPlansInWorker),
// never on the service's event loop: a zip within the limits can expand to a quarter-gigabyte.

/** One plan of a spot-check's population. */
export interface Plan {
  name: string;
  bytes: Uint8Array;
}

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
    .map(stripUnsafe)
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

/** The population with each plan's sha256 (what the sample is drawn over), computed where it was unpacked. */
export function collectHashedPlans(files: Plan[], limits: UnpackLimits = DEFAULT_UNPACK_LIMITS): (Plan & { sha256: string })[] {
  return collectPlans(files, limits).map((p) => ({ ...p, sha256: createHash('sha256').update(p.bytes).digest('hex') }));
}

/** A Word document's body part ("word/document.xml", or "word/document2.xml" from some writers): a zip with one is a DOCX (sniff.ts, parse-docx.ts). */
export function hasWordBody(names: Iterable<string>): boolean {
  for (const n of names) if (/^word\/document\d*\.xml$/.test(n)) return true;
  return false;
}
