import { strFromU8, unzipSync } from 'fflate';

// Reading back what exports.ts writes, for tests that compare an export with the API's figures.

type Cell = string | number | undefined;
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** A sheet's rows as records keyed by its header row (cells left empty are undefined). */
function records(xml: string): Record<string, Cell>[] {
  const rows: Cell[][] = [];
  for (const row of xml.matchAll(/<row r="(\d+)">(.*?)<\/row>/g)) {
    const cells: Cell[] = [];
    for (const c of row[2]!.matchAll(/<c r="([A-Z]+)\d+"(?: t="inlineStr")?>(?:<v>([^<]*)<\/v>|<is><t xml:space="preserve">([^<]*)<\/t><\/is>)<\/c>/g))
      cells[columnIndex(c[1]!)] = c[2] !== undefined ? Number(c[2]) : unescapeXml(c[3]!);
    rows[Number(row[1]) - 1] = cells;
  }
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [String(h), cells[i]])));
}

/** Every sheet of an XLSX workbook by name, as records keyed by the header row. */
export function readXlsx(bytes: Uint8Array): Record<string, Record<string, Cell>[]> {
  const files = unzipSync(bytes);
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const out: Record<string, Record<string, Cell>[]> = {};
  for (const m of workbook.matchAll(/<sheet name="([^"]*)" sheetId="(\d+)"/g)) out[unescapeXml(m[1]!)] = records(strFromU8(files[`xl/worksheets/sheet${m[2]}.xml`]!));
  return out;
}

/** RFC 4180 CSV (as toCsv writes it, byte-order mark and all) as records keyed by the header line. */
export function readCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  const endCell = () => {
    rows.at(-1)!.push(cell);
    cell = '';
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted && ch === '"' && s[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted) cell += ch;
    else if (ch === ',') endCell();
    else if (ch === '\r' && s[i + 1] === '\n') {
      endCell();
      rows.push([]);
      i++;
    } else cell += ch;
  }
  const [header = [], ...body] = rows.filter((r) => r.length > 0);
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}
