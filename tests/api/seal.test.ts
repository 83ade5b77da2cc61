// Sealing (db/seal.ts): what is sealed opens only with its key, document and purpose, in one go or
// a megabyte at a time.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newDocumentKey, open, openLarge, openText, seal, sealLarge } from '../../services/api/src/db/seal.ts';

describe('seal', () => {
  const key = newDocumentKey();

  it.each([0, 1, 1024 * 1024, 1024 * 1024 + 7, 3 * 1024 * 1024])('round-trips %i bytes, either way', async (n) => {
    const plain = randomBytes(n);
    expect(open(key, 'd1', 'bytes', await sealLarge(key, 'd1', 'bytes', plain)).equals(plain)).toBe(true);
    expect((await openLarge(key, 'd1', 'bytes', seal(key, 'd1', 'bytes', plain))).equals(plain)).toBe(true);
  });

  it('never shows the plaintext, and refuses another key, document, purpose or a changed byte', () => {
    const sealed = seal(key, 'd1', 'name', 'Pip-Example-plan.pdf');
    expect(sealed.includes(Buffer.from('Pip'))).toBe(false);
    expect(openText(key, 'd1', 'name', sealed)).toBe('Pip-Example-plan.pdf');
    expect(() => open(newDocumentKey(), 'd1', 'name', sealed)).toThrow();
    expect(() => open(key, 'd2', 'name', sealed)).toThrow();
    expect(() => open(key, 'd1', 'report', sealed)).toThrow();
    const changed = Buffer.from(sealed);
    changed[changed.length - 1] ^= 1;
    expect(() => open(key, 'd1', 'name', changed)).toThrow();
  });
});
