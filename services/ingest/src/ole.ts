// OLE compound files (D0 CF 11 E0): Word 97-2003 documents, and password-protected OOXML, which
// Office wraps in an OLE file holding "EncryptionInfo" and "EncryptedPackage" streams.

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * Whether the compound file has a directory entry with this stream name. Directory entries are
 * 128 bytes, start on 128-byte boundaries and hold the name in UTF-16LE with its byte length
 * (terminator included) at offset 0x40, so a match there is an entry, not stray content.
 */
export function oleHasStream(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  const nameBytes = (name.length + 1) * 2;
  for (let off = 512; off + 128 <= bytes.length; off += 128) {
    if (bytes[off] !== needle[0] || bytes[off + 1] !== 0) continue;
    if ((bytes[off + 0x40] | (bytes[off + 0x41] << 8)) !== nameBytes) continue;
    let match = true;
    for (let i = 0; i < needle.length; i++) {
      if (bytes[off + i] !== needle[i]) {
        match = false;
        break;
      }
    }
    if (match) return true;
  }
  return false;
}
