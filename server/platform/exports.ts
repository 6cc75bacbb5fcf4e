import { strToU8, zipSync } from 'fflate';

/** A column of an export: its header and how to read it from a row. */
export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null;
}

// A cell starting with one of these is a formula to a spreadsheet; exported data must never run.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const safe = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a UTF-8 byte-order mark, so spreadsheets read Turkish letters right. */
export function toCsv<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(c.value(r))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// XML 1.0 cannot carry most control characters at all, even escaped: they are dropped.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const xmlEscape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!).replace(XML_FORBIDDEN, '');

function columnName(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function xlsxCell(v: string | number | null, ref: string): string {
  if (v === null || v === '') return '';
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"><v>${v}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(String(v))}</t></is></c>`;
}

/** One sheet of a workbook: its name and its cells, the header row first. */
export interface Sheet {
  name: string;
  cells: (string | number | null)[][];
}

/** A sheet from columns and rows, as toCsv reads them. */
export function sheet<T>(name: string, columns: readonly Column<T>[], rows: readonly T[]): Sheet {
  return { name, cells: [columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => c.value(r)))] };
}

function sheetXml(cells: Sheet['cells']): string {
  const out = cells.map((row, i) => `<row r="${i + 1}">${row.map((v, j) => xlsxCell(v, `${columnName(j)}${i + 1}`)).join('')}</row>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>${out.join('')}</sheetData></worksheet>`;
}

const NS = 'http://schemas.openxmlformats.org';

/** Sheet names as Excel takes them: no []:*?/\, at most 31 characters, unique regardless of case. */
function sheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    const base = raw.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Sheet';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** An XLSX workbook of one or more sheets (Office Open XML, inline strings: a cell is never a formula), zipped in memory. */
export function toXlsxBook(sheets: readonly Sheet[]): Uint8Array {
  const names = sheetNames(sheets.map((s) => s.name));
  const n = sheets.map((_, i) => i + 1);
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${n.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheets>${n.map((i) => `<sheet name="${xmlEscape(names[i - 1]!)}" sheetId="${i}" r:id="rId${i}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS}/package/2006/relationships">${n.map((i) => `<Relationship Id="rId${i}" Type="${NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('')}</Relationships>`,
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(s.cells)));
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { level: 6 });
}

/** A one-sheet XLSX workbook. */
export function toXlsx<T>(sheetName: string, columns: readonly Column<T>[], rows: readonly T[]): Uint8Array {
  return toXlsxBook([sheet(sheetName, columns, rows)]);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';
