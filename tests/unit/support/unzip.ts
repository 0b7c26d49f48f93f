import zlib from 'node:zlib';

// Reads a zip archive the way unzip does: from the end-of-central-directory record, through the
// central directory, to each local header; checks every entry's sizes and CRC-32.

export interface UnzippedEntry {
  name: string;
  data: Buffer;
  /** Unix mode from the external attributes (0 when the archive was not made on Unix). */
  mode: number;
}

export function unzip(archive: Buffer): UnzippedEntry[] {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > archive.length) throw new Error('no end-of-central-directory record');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  if (at + archive.readUInt32LE(end + 12) !== end) throw new Error('the central directory does not end where the end record starts');

  const entries: UnzippedEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error(`central directory entry ${i}: bad signature`);
    const madeBy = archive.readUInt16LE(at + 4) >> 8;
    const flags = archive.readUInt16LE(at + 8);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const compressed = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const skip = nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const external = archive.readUInt32LE(at + 38);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString(flags & 0x0800 ? 'utf8' : 'latin1');
    at += 46 + skip;

    if (archive.readUInt32LE(local) !== 0x04034b50) throw new Error(`${name}: bad local header signature`);
    const localName = archive.subarray(local + 30, local + 30 + archive.readUInt16LE(local + 26)).toString(flags & 0x0800 ? 'utf8' : 'latin1');
    if (localName !== name) throw new Error(`${name}: the local header names ${localName}`);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const raw = archive.subarray(start, start + compressed);
    const data = method === 8 ? zlib.inflateRawSync(raw) : method === 0 ? Buffer.from(raw) : undefined;
    if (!data) throw new Error(`${name}: compression method ${method} is not stored or deflate`);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, the directory says ${size}`);
    if (zlib.crc32(data) !== crc) throw new Error(`${name}: CRC-32 mismatch`);
    entries.push({name, data, mode: madeBy === 3 ? (external >>> 16) & 0o7777 : 0});
  }
  return entries;
}
