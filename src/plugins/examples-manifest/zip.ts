// A zip archive of an example, written at build time (PKWARE APPNOTE 6.3: deflated entries, UTF-8
// names, Unix modes so scripts stay executable). Every entry has the same timestamp, so an
// unchanged example gives the same bytes on every build.
import zlib from 'node:zlib';

export interface ZipEntry {
  /** Posix path inside the archive. */
  name: string;
  data: Buffer;
  /** Unix permission bits, e.g. 0o644. */
  mode: number;
}

// 1980-01-01 00:00, the earliest date a zip entry can hold.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const VERSION = 20; // 2.0: deflate
const MADE_BY_UNIX = (3 << 8) | VERSION;

export function zip(entries: ZipEntry[]): Buffer {
  if (entries.length > 0xffff) throw new Error(`zip: ${entries.length} entries need zip64, which this writer does not write`);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const {name, data, mode} of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const deflated = zlib.deflateRawSync(data, {level: 9});
    // Stored when deflating does not help (tiny files).
    const [method, body] = deflated.length < data.length ? [8, deflated] : [0, data];
    const crc = zlib.crc32(data);
    if (offset + 30 + fileName.length + body.length > 0xffffffff) throw new Error('zip: archive larger than 4 GiB needs zip64');

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, fileName, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    central.writeUInt16LE(VERSION, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    // Extra field, comment, disk number, internal attributes: none.
    central.writeUInt32LE(((0o100000 | (mode & 0o777)) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, fileName);

    offset += local.length + fileName.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
