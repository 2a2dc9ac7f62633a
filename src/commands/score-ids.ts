/**
 * The line each batch id was first seen on, to warn about a repeated id, in memory outside the
 * JavaScript heap: ids' characters in one growing array, and an open-addressing table of their
 * hashes. A Map of 200,000 ids held about 15 MB on the heap, which V8 let grow to several times
 * that between collections on a thread that does little else (the main thread of a batch).
 * Exact: ids whose hashes meet are compared character by character.
 */
export class FirstLines {
  private slots = new Int32Array(1024); // entry number + 1, or 0 for an empty slot
  private hashes = new Int32Array(512);
  private lines = new Float64Array(512);
  private starts = new Int32Array(513); // entry k's characters are chars[starts[k], starts[k + 1])
  private chars = new Uint16Array(4096);
  private count = 0;

  /** The line `id` was first seen on; or undefined, and `line` is recorded as its first. */
  firstOrAdd(id: string, line: number): number | undefined {
    const hash = fnv1a(id);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = (this.slots[slot] as number) - 1;
      if (entry < 0) {
        this.add(id, hash, line, slot);
        return undefined;
      }
      if (this.hashes[entry] === hash && this.equals(entry, id)) return this.lines[entry];
    }
  }

  private equals(entry: number, id: string): boolean {
    const start = this.starts[entry] as number;
    if ((this.starts[entry + 1] as number) - start !== id.length) return false;
    for (let i = 0; i < id.length; i++) if (this.chars[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private add(id: string, hash: number, line: number, slot: number): void {
    const entry = this.count;
    if (entry + 1 >= this.hashes.length) {
      this.hashes = grow(this.hashes, this.hashes.length * 2);
      this.lines = grow(this.lines, this.lines.length * 2);
      this.starts = grow(this.starts, this.starts.length * 2);
    }
    const start = this.starts[entry] as number;
    if (start + id.length > this.chars.length)
      this.chars = grow(this.chars, Math.max(this.chars.length * 2, start + id.length));
    for (let i = 0; i < id.length; i++) this.chars[start + i] = id.charCodeAt(i);
    this.starts[entry + 1] = start + id.length;
    this.hashes[entry] = hash;
    this.lines[entry] = line;
    this.slots[slot] = entry + 1;
    this.count = entry + 1;
    // At most half full, so probes stay short.
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.count; entry++) {
      let slot = (this.hashes[entry] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }
}

function grow<T extends Int32Array | Float64Array | Uint16Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/** FNV-1a over UTF-16 code units, 32 bits. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}
