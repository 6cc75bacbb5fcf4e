import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { IndexState } from './authorities.index';
import type { CodedColumn } from './authorities.summaries';

/**
 * The directory snapshot: a built DirectoryIndex (its summaries as columns, name forms, orders and
 * trigram postings) in one binary file, so a restart restores the index in tens of milliseconds
 * instead of reading ~100k rows out of the database and indexing them again (seconds). It is a
 * cache only, written whole (to a temporary name, then renamed) and named after the data and code
 * it was built from; a file of another shape (sizes, bounds, dictionary codes) is ignored and rebuilt.
 *
 * Layout (native byte order; the file never leaves the machine): "TBD5", u32 header length, header
 * JSON ({ n, dicts, arrays, texts }), the FLOATS then the INTS arrays (each 8-byte aligned), then
 * the TEXTS. Country, type and region columns index into the header's dictionaries.
 */
const MAGIC = 'TBD5';

const CODED = ['country', 'type', 'region', 'regionName'] as const;
const FLOATS = ['population', 'lat', 'lon'] as const;
/** Int32 arrays: the coded columns, text offsets, orders and trigram postings. */
const INTS = [...CODED, 'codeStarts', 'nameStarts', 'starts', 'byPopulation', 'byName', 'byCode', 'offsets', 'ids', 'owner', 'size'] as const;
const TEXTS = ['codes', 'names', 'keysText'] as const;

type Int = (typeof INTS)[number];

interface Header {
  n: number;
  dicts: Record<(typeof CODED)[number], (string | null)[]>;
  /** Element counts of the float arrays then the int arrays. */
  arrays: number[];
  texts: { bytes: number; encoding: 'latin1' | 'utf8' }[];
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

/**
 * What the snapshot's content depends on besides the data: the source of the modules that build the
 * index and write the file. Part of the snapshot's name, so changed code never restores an index
 * built by older code. Null when the sources cannot be read (then snapshots are not used).
 */
export function snapshotCodeVersion(): string | null {
  if (codeVersion === undefined) {
    try {
      const hash = createHash('sha256');
      // Under tsx this module is its own source; in the production bundle (dist/server/main.js) the
      // sources are not there, and the bundle, holding all the code, is hashed whole instead.
      const files = import.meta.url.endsWith('.ts') ? SOURCES.map((file) => new URL(file, import.meta.url)) : [new URL(import.meta.url)];
      for (const file of files) hash.update(fs.readFileSync(file));
      codeVersion = hash.digest('hex');
    } catch {
      codeVersion = null;
    }
  }
  return codeVersion;
}

const SOURCES = [
  './authorities.snapshot.ts',
  './authorities.index.ts',
  './authorities.summaries.ts',
  './trigram.ts',
  './authorities.rules.ts',
  '../../../shared/text/fold.ts',
];
let codeVersion: string | null | undefined;

function ints(state: IndexState): Record<Int, Int32Array> {
  const s = state.summaries;
  return {
    country: s.country.column,
    type: s.type.column,
    region: s.region.column,
    regionName: s.regionName.column,
    codeStarts: s.codeStarts,
    nameStarts: s.nameStarts,
    starts: state.starts,
    byPopulation: state.byPopulation,
    byName: state.byName,
    byCode: state.byCode,
    ...state.grams,
  };
}

/** The snapshot bytes of an index state. */
export function encodeSnapshot(state: IndexState): Buffer {
  const s = state.summaries;
  const n = s.population.length;
  const intArrays = ints(state);
  const arrays: (Float64Array | Int32Array)[] = [...FLOATS.map((f) => s[f]), ...INTS.map((f) => intArrays[f])];
  const texts = [s.codes, s.names, state.keysText].map((value) => {
    // eslint-disable-next-line no-control-regex -- Latin-1 is exactly U+0000..U+00FF
    const encoding = /^[\u0000-\u00ff]*$/.test(value) ? 'latin1' : 'utf8';
    return { bytes: Buffer.from(value, encoding), encoding } as const;
  });
  const header: Header = {
    n,
    dicts: { country: s.country.dict, type: s.type.dict, region: s.region.dict, regionName: s.regionName.dict },
    arrays: arrays.map((a) => a.length),
    texts: texts.map((t) => ({ bytes: t.bytes.length, encoding: t.encoding })),
  };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  let size = align8(8 + head.length);
  for (const a of arrays) size += align8(a.byteLength);
  for (const t of texts) size += t.bytes.length;
  const out = Buffer.alloc(size);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(head.length, 4);
  head.copy(out, 8);
  let at = align8(8 + head.length);
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
    at += align8(a.byteLength);
  }
  for (const t of texts) at += t.bytes.copy(out, at);
  return out;
}

/** The index state in a snapshot, or null when the bytes are not a complete snapshot of this format. */
export function decodeSnapshot(buf: Buffer): IndexState | null {
  try {
    return decode(buf);
  } catch {
    return null;
  }
}

function decode(buf: Buffer): IndexState | null {
  if (buf.length < 8 || buf.toString('latin1', 0, 4) !== MAGIC) return null;
  const headLength = buf.readUInt32LE(4);
  const { n, dicts, arrays: lengths, texts } = JSON.parse(buf.toString('utf8', 8, 8 + headLength)) as Header;
  if (!Number.isInteger(n) || n < 0 || lengths?.length !== FLOATS.length + INTS.length || texts?.length !== TEXTS.length) return null;
  let at = align8(8 + headLength);
  const arrays = lengths.map((length, k) => {
    const bytes = length * (k < FLOATS.length ? 8 : 4);
    if (!Number.isInteger(length) || length < 0 || at + bytes > buf.length) throw new Error('truncated snapshot');
    const view = k < FLOATS.length ? float64s(buf, at, length) : int32s(buf, at, length);
    at += align8(bytes);
    return view;
  });
  if (at + texts.reduce((sum, t) => sum + t.bytes, 0) !== buf.length) return null;
  const [codes, names, keysText] = texts.map((t) => {
    const value = buf.toString(t.encoding, at, at + t.bytes);
    at += t.bytes;
    return value;
  }) as [string, string, string];
  const [population, lat, lon] = arrays as Float64Array[];
  const int = Object.fromEntries(INTS.map((f, k) => [f, arrays[FLOATS.length + k] as Int32Array])) as Record<Int, Int32Array>;
  const coded = (f: (typeof CODED)[number]): CodedColumn => {
    const column = int[f];
    const dict = dicts[f];
    if (!Array.isArray(dict) || column.length !== n) throw new Error('corrupt snapshot');
    for (let i = 0; i < n; i++) if (!(column[i]! >= 0 && column[i]! < dict.length)) throw new Error('corrupt snapshot');
    return { column, dict };
  };
  const { codeStarts, nameStarts } = int;
  const textsFit =
    population!.length === n && lat!.length === n && lon!.length === n &&
    codeStarts.length === n + 1 && codeStarts[0] === 0 && codeStarts[n] === codes.length &&
    nameStarts.length === 2 * n + 1 && nameStarts[0] === 0 && nameStarts[2 * n] === names.length;
  if (!textsFit) return null;
  return {
    summaries: {
      codes,
      codeStarts,
      names,
      nameStarts,
      country: coded('country'),
      type: coded('type'),
      region: coded('region'),
      regionName: coded('regionName'),
      population: population!,
      lat: lat!,
      lon: lon!,
    },
    keysText,
    starts: int.starts,
    byPopulation: int.byPopulation,
    byName: int.byName,
    byCode: int.byCode,
    grams: { offsets: int.offsets, ids: int.ids, owner: int.owner, size: int.size },
  };
}

/**
 * A typed view into the file's bytes when they are aligned for it (they are for a file read whole:
 * no copy, the index's arrays live in the file's buffer), else a copy.
 */
function float64s(buf: Buffer, at: number, n: number): Float64Array {
  const offset = buf.byteOffset + at;
  return offset % 8 === 0 ? new Float64Array(buf.buffer, offset, n) : new Float64Array(buf.buffer.slice(offset, offset + 8 * n));
}

function int32s(buf: Buffer, at: number, n: number): Int32Array {
  const offset = buf.byteOffset + at;
  return offset % 4 === 0 ? new Int32Array(buf.buffer, offset, n) : new Int32Array(buf.buffer.slice(offset, offset + 4 * n));
}
