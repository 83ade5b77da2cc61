// File names as users give them are untrusted display text. cleanFileName is applied once, where a
// name enters the service (an upload's multipart filename, a zip entry), and never again.

// C0 and C1 controls and DEL; bidi embeddings, overrides, isolates and marks (which can make
// "gpj.exe" read as "exe.jpg"); zero-width characters and the BOM.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

export const MAX_NAME_CHARS = 255;

/** A name's text without control, bidi or zero-width characters, spaces collapsed, NFC. */
export function stripUnsafe(s: string): string {
  return s.normalize('NFC').replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
}

/**
 * RFC 5987 / 8187 ext-value (charset'language'percent-encoded), as a raw `filename*` carries it;
 * anything else is returned as it is.
 */
export function decodeExtValue(raw: string): string {
  const m = /^([A-Za-z0-9!#$&+^_`{}~.-]+)'[A-Za-z0-9-]*'((?:%[0-9A-Fa-f]{2}|[A-Za-z0-9!#$&+.^_`|~-])*)$/.exec(raw);
  if (!m) return raw;
  const charset = m[1].toLowerCase();
  try {
    if (charset === 'utf-8') return decodeURIComponent(m[2]);
    if (charset === 'iso-8859-1') return Buffer.from(m[2].replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('latin1');
  } catch {
    /* malformed percent-encoding: keep the raw text */
  }
  return raw;
}

/** Shortens to max characters (whole code points), keeping the extension. */
function shorten(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 16 ? [...name.slice(dot)] : [];
  return chars.slice(0, max - ext.length - 1).join('').trimEnd() + '…' + ext.join('');
}

/**
 * The display name of an uploaded file: RFC 5987 decoded, the base name after the last "/" or "\"
 * (a path says where the file was on someone's computer, not what it is), unsafe characters
 * stripped, at most 255 characters with the extension kept; `fallback` when nothing is left.
 */
export function cleanFileName(raw: string | undefined | null, fallback = 'upload'): string {
  const decoded = decodeExtValue(raw ?? '');
  const base = decoded.split(/[\\/]/).map(stripUnsafe).filter((p) => p && p !== '.' && p !== '..').pop() ?? '';
  return shorten(base, MAX_NAME_CHARS) || fallback;
}
