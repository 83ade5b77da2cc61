// Decodes text files: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.
// Returns null when the bytes do not look like text at all (binary).

export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not valid UTF-8: the common legacy encoding of Word-era text files in England.
      text = decodeWindows1252(bytes);
    }
  }
  return looksLikeText(text) ? text : null;
}

/** Text has no NULs and almost no other control characters (C0 other than tab/newlines/form feed, or C1). */
function looksLikeText(text: string): boolean {
  if (text.length === 0) return true;
  let controls = 0;
  const n = Math.min(text.length, 1 << 20);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return false;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) controls++;
  }
  return controls <= Math.max(2, n * 0.005);
}

// Node's TextDecoder maps 0x80-0x9F to C1 controls (as latin1) rather than Windows-1252's
// punctuation, so the upper half is mapped here. Undefined bytes stay as C1 controls.
const CP1252_80_9F = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const out: string[] = [];
  const chunk = 8192;
  for (let i = 0; i < bytes.length; i += chunk) {
    const codes = Array.from(bytes.subarray(i, i + chunk), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_80_9F.charCodeAt(b - 0x80) : b));
    out.push(String.fromCharCode(...codes));
  }
  return out.join('');
}
