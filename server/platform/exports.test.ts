import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toCsv, toXlsx, type Column } from './exports';

interface Row { name: string; n: number | null }
const columns: Column<Row>[] = [
  { header: 'name', value: (r) => r.name },
  { header: 'n', value: (r) => r.n },
];

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks, keeps Turkish letters, starts with a BOM', () => {
    const csv = toCsv(columns, [{ name: 'Köln, Stadt', n: 1 }, { name: 'He said "merhaba"\nagain', n: null }, { name: 'Şişli', n: 2.5 }]);
    expect(csv).toBe('\uFEFFname,n\r\n"Köln, Stadt",1\r\n"He said ""merhaba""\nagain",\r\nŞişli,2.5\r\n');
  });
  it('never lets a cell run as a spreadsheet formula', () => {
    expect(toCsv(columns, [{ name: '=HYPERLINK("x")', n: -3 }, { name: '@SUM(A1)', n: 0 }])).toBe('\uFEFFname,n\r\n"\'=HYPERLINK(""x"")",-3\r\n\'@SUM(A1),0\r\n');
  });
});

describe('XLSX export', () => {
  const files = unzipSync(toXlsx('Twin/nings', columns, [{ name: 'A & B <Ç>', n: 42 }, { name: 'İzmir', n: null }]));
  it('is a workbook with one sheet, numbers as numbers and escaped text', () => {
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">A &amp; B &lt;Ç&gt;</t></is></c><c r="B2"><v>42</v></c>');
    expect(sheet).toContain('<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">İzmir</t></is></c></row>');
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('<sheet name="Twin nings"');
  });
});
