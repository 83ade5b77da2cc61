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
      text = new TextDecoder('windows-1252').decode(bytes);
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
