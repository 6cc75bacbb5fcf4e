import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sheet, toCsv, toXlsx, toXlsxBook, type Column } from './exports';

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

describe('XLSX workbook of several sheets', () => {
  const files = unzipSync(
    toXlsxBook([
      sheet('Groups', columns, [{ name: 'Gençlik', n: 3 }]),
      { name: 'Questions: all [raw]', cells: [['q', 'share'], ['=1+1', 0.25]] },
      { name: 'groups', cells: [['only a header']] },
    ]),
  );
  const text = (path: string) => strFromU8(files[path]!);

  it('lists every sheet in the workbook, its relations and content types, in order', () => {
    expect(Object.keys(files).filter((f) => f.startsWith('xl/worksheets/')).sort()).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']);
    expect([...text('xl/workbook.xml').matchAll(/<sheet name="([^"]*)" sheetId="(\d)" r:id="rId(\d)"/g)].map((m) => m.slice(1))).toEqual([
      ['Groups', '1', '1'],
      ['Questions  all  raw', '2', '2'],
      ['groups 2', '3', '3'],
    ]);
    expect(text('xl/_rels/workbook.xml.rels')).toContain('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/>');
    expect(text('[Content_Types].xml').match(/worksheets\/sheet\d\.xml/g)).toEqual(['worksheets/sheet1.xml', 'worksheets/sheet2.xml', 'worksheets/sheet3.xml']);
  });

  it('writes each sheet’s own cells, a formula-looking text as an inline string that never runs', () => {
    expect(text('xl/worksheets/sheet1.xml')).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">Gençlik</t></is></c><c r="B2"><v>3</v></c>');
    const second = text('xl/worksheets/sheet2.xml');
    expect(second).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c><c r="B2"><v>0.25</v></c>');
    expect(second).not.toContain('<f>');
    expect(text('xl/worksheets/sheet3.xml')).toContain('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">only a header</t></is></c></row></sheetData>');
  });
});
