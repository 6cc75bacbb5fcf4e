import fs from 'node:fs';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';

/** Split one CSV/TSV line into fields (RFC 4180 quotes, no embedded newlines in our data). */
export function parseLine(line: string, sep = ','): string[] {
  // Most lines quote nothing: then the fields are the pieces between separators (~1M lines at ten times the EU file).
  if (!line.includes('"')) return line.split(sep);
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      out.push(field);
      field = '';
    }
    else field += ch;
  }
  out.push(field);
  return out;
}

/** Parse CSV text with a header row into records keyed by column name. */
export function parseCsv(text: string, sep = ','): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const header = parseLine(lines[0] ?? '', sep);
  return lines.slice(1).map((line) => {
    const cells = parseLine(line, sep);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

/** The lines of CSV text after its header, one at a time, with the header's fields and their number. */
export interface CsvLines {
  header: string[];
  count: number;
  lines: Iterable<string>;
}

/**
 * The non-empty lines of CSV text after its header, one at a time and unparsed, with their number:
 * a large file (the EU municipalities, ~1M rows at ten times their number) is then never held as
 * an array of lines, and a caller may keep a line to parse it again later (recordOf).
 */
export function csvLines(text: string, sep = ','): CsvLines {
  const lines = function* () {
    for (let at = 0; at < text.length; ) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const line = text.slice(at, end > at && text[end - 1] === '\r' ? end - 1 : end);
      at = end + 1;
      if (line.length > 0) yield line;
    }
  };
  const first = lines().next();
  const header = parseLine(first.done ? '' : first.value, sep);
  // Non-empty lines after the header, counted without cutting them out of the text.
  let count = -1;
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end > at && !(end === at + 1 && text[at] === '\r')) count++;
    at = end + 1;
  }
  const body = function* () {
    let headerSeen = false;
    for (const line of lines()) {
      if (headerSeen) yield line;
      headerSeen = true;
    }
  };
  return { header, count: Math.max(count, 0), lines: body() };
}

/** One line of a CSV file as a record keyed by the header's column names. */
export function recordOf(header: readonly string[], line: string, sep = ','): Record<string, string> {
  const cells = parseLine(line, sep);
  const record: Record<string, string> = {};
  for (let i = 0; i < header.length; i++) record[header[i]!] = cells[i] ?? '';
  return record;
}

/**
 * The records of CSV text one at a time, with the number of records: a large file is then never
 * held as an array of records and its lines, only as its text and what the caller keeps of each record.
 */
export function csvRecords(text: string, sep = ','): { count: number; records: Iterable<Record<string, string>> } {
  const { header, count, lines } = csvLines(text, sep);
  const records = function* () {
    for (const line of lines) yield recordOf(header, line, sep);
  };
  return { count, records: records() };
}

/** CSV lines read from a file as they are needed. */
export interface CsvFileLines {
  header: string[];
  count: number;
  lines: AsyncIterable<string>;
}

/**
 * The lines of a CSV data file after its header, read from the file as they are needed, with their
 * number (csvLines without the file's text in memory: ~190 MB at ten times the EU municipalities).
 */
export async function csvFileLines(file: string, sep = ','): Promise<CsvFileLines> {
  const { header, count } = await countLines(file);
  const body = async function* () {
    const input = openDataFile(file);
    try {
      let headerSeen = false;
      for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
        if (!line.length) continue;
        if (headerSeen) yield line;
        headerSeen = true;
      }
    } finally {
      input.destroy(); // a load that stops early leaves no file open
    }
  };
  return { header: parseLine(header, sep), count: Math.max(count - 1, 0), lines: body() };
}

/**
 * The first non-empty line of a data file and the number of its non-empty lines (a lone CR is
 * none, as in csvLines), counted over its bytes as they stream by.
 */
async function countLines(file: string): Promise<{ header: string; count: number }> {
  let count = 0;
  let start: Buffer[] = [];
  let header: string | null = null;
  let length = 0;
  let lastCr = false;
  const end = () => {
    if (length > 0 && !(length === 1 && lastCr)) count++;
    if (header === null && count === 1) header = Buffer.concat(start).toString('utf8').replace(/\r$/, '');
    start = [];
    length = 0;
  };
  for await (const chunk of openDataFile(file) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte !== 10) {
        length++;
        lastCr = byte === 13;
        continue;
      }
      if (header === null) start.push(chunk.subarray(from, i));
      from = i + 1;
      end();
    }
    if (header === null) start.push(chunk.subarray(from));
  }
  end();
  return { header: header ?? '', count };
}

/** A data file as a stream of bytes, gunzipped when its name ends in .gz. */
function openDataFile(file: string): Readable {
  const raw = fs.createReadStream(file);
  return file.endsWith('.gz') ? raw.pipe(zlib.createGunzip()) : raw;
}

/** Read a data file, gunzipping it when its name ends in .gz. */
export function readDataFile(file: string): string {
  const raw = fs.readFileSync(file);
  return (file.endsWith('.gz') ? zlib.gunzipSync(raw) : raw).toString('utf8');
}

/** A number from a CSV cell, or null when the cell is empty or not a number. */
export function num(cell: string | undefined): number | null {
  if (cell === undefined || cell.trim() === '') return null;
  const n = Number(cell);
  return Number.isFinite(n) ? n : null;
}
