import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';
import { THEMES } from '../../../../shared/themes';
import {
  eurosFromCents,
  iatiActivities,
  type IatiInput,
  SECTOR_BY_THEME,
  SECTOR_UNSPECIFIED,
  sectorFor,
} from './iati.rules';
import { xmlEscape } from './iati.xml';

const schemaDir = new URL('../../../../data/iati-2.03/', import.meta.url);
const schemaFile = (name: string) => ({
  fileName: name,
  contents: readFileSync(new URL(name, schemaDir), 'utf8'),
});
// The main schema includes iati-common.xsd and imports xml.xsd by these relative names.
const SCHEMA = schemaFile('iati-activities-schema.xsd');
const PRELOAD = [schemaFile('iati-common.xsd'), schemaFile('xml.xsd')];

const validate = (xml: string): Promise<XMLValidationResult> =>
  validateXML({ xml: [{ fileName: 'activities.xml', contents: xml }], schema: [SCHEMA], preload: PRELOAD });
const errorsOf = (result: XMLValidationResult) => result.errors.map((e) => e.rawMessage).join('\n');

const INPUT: IatiInput = {
  generatedAt: '2020-07-01T09:30:00Z',
  reportingOrg: { ref: 'TR-MOI-DIAB', name: 'İçişleri Bakanlığı – Dış İlişkiler & AB Dairesi', type: '10' },
  programme: { id: 'TWIN-2018', title: 'Town Twinning between Turkey and the EU' },
  projects: [
    {
      id: 'P-001',
      titleEn: 'Zero Waste Gaziantep & Köln',
      titleTr: 'Sıfır Atık: Gaziantep ile Köln',
      descriptionEn: 'Separate collection of organic waste; CO2 < 2 t per household.',
      descriptionTr: 'Organik atıkların ayrı toplanması; hane başına CO2 < 2 t.',
      status: 'completed',
      startDate: '2019-03-01',
      endDate: '2020-02-28',
      lead: { code: 'TR-BSB-27', name: 'Gaziantep Büyükşehir Belediyesi', country: 'TR' },
      partners: [{ code: 'DE_05315000', name: 'Köln', country: 'DE' }],
      provinceName: 'Gaziantep',
      theme: 'recycling',
      grantCents: 13_000_000,
      currency: 'EUR',
      commitmentDate: '2019-02-01',
      // Listed out of order on purpose: the file lists payments by date.
      disbursements: [
        { date: '2020-06-30', amountCents: 2_600_001, kind: 'final' },
        { date: '2019-02-15', amountCents: 10_399_999, kind: 'pre_financing' },
      ],
    },
    {
      id: 'P-002',
      titleEn: 'Smart lighting for Şırnak',
      titleTr: 'Şırnak için akıllı aydınlatma',
      descriptionEn: 'LED street lighting with "dimming" on quiet streets.',
      descriptionTr: 'Sakin sokaklarda "karartma" özellikli LED sokak aydınlatması.',
      status: 'contracted',
      startDate: null,
      endDate: null,
      lead: { code: 'TR-M-1126', name: 'Şırnak Belediyesi', country: 'TR' },
      partners: [{ code: null, name: 'Verein Städtepartnerschaft Graz–Şırnak', country: 'AT' }],
      provinceName: null,
      theme: 'smart_cities',
      grantCents: 4_500_050,
      currency: 'EUR',
      commitmentDate: '2020-06-15',
      disbursements: [],
    },
    {
      id: 'P-003',
      titleEn: 'Climate adaptation plans',
      titleTr: 'İklim uyum planları',
      descriptionEn: 'Joint adaptation planning.',
      descriptionTr: '',
      status: 'implementation',
      startDate: '2020-09-01',
      endDate: '2021-08-31',
      lead: { code: 'TR-BSB-35', name: 'İzmir Büyükşehir Belediyesi', country: 'TR' },
      partners: [{ code: 'FR_45234', name: "Ville d'Orléans", country: 'FR' }],
      provinceName: 'İzmir',
      theme: 'climate_change',
      grantCents: 1,
      currency: 'EUR',
      commitmentDate: '2020-05-20',
      disbursements: [
        { date: '2020-06-01', amountCents: 1, kind: 'pre_financing' },
        { date: '2020-09-01', amountCents: 250_000, kind: 'interim' },
        { date: '2020-12-15', amountCents: 50, kind: 'recovery' },
      ],
      sectorCode: '41030',
    },
  ],
};

const xml = iatiActivities(INPUT);
const activities = xml.split('<iati-activity ').slice(1);
const activity = (i: number) => activities[i] ?? '';

describe('IATI 2.03 activity file', () => {
  it('validates against the official IATI 2.03 schema', async () => {
    const result = await validate(xml);
    expect(result.valid, errorsOf(result)).toBe(true);
  });

  it('fails validation when broken: no iati-identifier, or children out of schema order', async () => {
    const noIdentifier = xml.replace(/\s*<iati-identifier>[^<]*<\/iati-identifier>/, '');
    // sector before recipient-country breaks the xsd:sequence
    const sector = /\s*<sector [^>]*\/>/.exec(activity(0))?.[0] ?? '';
    const reordered = xml
      .replace(sector, '')
      .replace('<recipient-country', `${sector.trim()}\n    <recipient-country`);
    expect(reordered).not.toBe(xml);
    const [missing, misordered] = await Promise.all([validate(noIdentifier), validate(reordered)]);
    expect(missing.valid).toBe(false);
    expect(errorsOf(missing)).toMatch(/Expected is \( iati-identifier \)/);
    expect(misordered.valid).toBe(false);
    expect(errorsOf(misordered)).toMatch(/recipient-country/);
  });

  it('has one activity per project, identified by reporting-org ref and project id', () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="2020-07-01T09:30:00Z">',
      ),
    ).toBe(true);
    expect(activities).toHaveLength(3);
    expect(activity(0)).toContain('<iati-identifier>TR-MOI-DIAB-P-001</iati-identifier>');
    expect(activity(0)).toContain('<related-activity ref="TR-MOI-DIAB-TWIN-2018" type="1"/>');
    expect(activity(0)).toContain('default-currency="EUR"');
  });

  it('writes titles and descriptions in English and Turkish, escaped, Turkish letters as UTF-8', () => {
    expect(activity(0)).toContain('<narrative xml:lang="en">Zero Waste Gaziantep &amp; Köln</narrative>');
    expect(activity(0)).toContain('<narrative xml:lang="tr">Sıfır Atık: Gaziantep ile Köln</narrative>');
    expect(activity(0)).toContain('CO2 &lt; 2 t per household.');
    expect(activity(1)).toContain('with &quot;dimming&quot; on quiet streets');
    expect(activity(2)).toContain('<narrative>Ville d&apos;Orléans</narrative>');
    expect(xml).toContain('<narrative>İçişleri Bakanlığı – Dış İlişkiler &amp; AB Dairesi</narrative>');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    // a blank translation is left out rather than published empty
    expect(activity(2)).toContain(
      '<description type="1">\n      <narrative xml:lang="en">Joint adaptation planning.</narrative>\n    </description>',
    );
  });

  it('lists the funder, the lead and the partners (a partner without code has no ref)', () => {
    expect(activity(0)).toContain('<participating-org ref="TR-MOI-DIAB" type="10" role="1">');
    expect(activity(0)).toContain('<participating-org ref="TR-BSB-27" type="11" role="4">');
    expect(activity(0)).toContain('<participating-org ref="DE_05315000" type="11" role="4">');
    expect(activity(1)).toContain(
      '<participating-org type="11" role="4">\n      <narrative>Verein Städtepartnerschaft Graz–Şırnak</narrative>',
    );
  });

  it('maps status, dates, country, province and sector', () => {
    expect(activity(0)).toContain('<activity-status code="3"/>');
    expect(activity(0)).toContain('<activity-date type="2" iso-date="2019-03-01"/>');
    expect(activity(0)).toContain('<activity-date type="4" iso-date="2020-02-28"/>');
    expect(activity(0)).toContain('<recipient-country code="TR" percentage="100"/>');
    expect(activity(0)).toContain('<narrative>Gaziantep</narrative>');
    expect(activity(0)).toContain('<sector vocabulary="1" code="14050" percentage="100"/>');
    // contracted, no dates: pipeline, planned start = contract date, no location
    expect(activity(1)).toContain('<activity-status code="1"/>');
    expect(activity(1)).toContain('<activity-date type="1" iso-date="2020-06-15"/>');
    expect(activity(1)).not.toContain('<location>');
    // in implementation but starting after the export day: still planned; the sector override wins
    expect(activity(2)).toContain('<activity-date type="1" iso-date="2020-09-01"/>');
    expect(activity(2)).toContain('<activity-date type="3" iso-date="2021-08-31"/>');
    expect(activity(2)).toContain('code="41030"');
  });

  it('reports the commitment and the disbursements in date order, exact to the cent', () => {
    const values = [
      ...activity(0).matchAll(
        /<transaction-type code="(\d)"\/>\s*<transaction-date iso-date="([\d-]+)"\/>\s*<value value-date="([\d-]+)">([^<]+)</g,
      ),
    ].map((m) => [m[1], m[2], m[4]]);
    expect(values).toEqual([
      ['2', '2019-02-01', '130000.00'],
      ['3', '2019-02-15', '103999.99'],
      ['3', '2020-06-30', '26000.01'],
    ]);
    expect(activity(1).match(/<transaction>/g)).toHaveLength(1);
    expect(activity(1)).toContain('<value value-date="2020-06-15">45000.50</value>');
    expect(activity(2)).toContain('<value value-date="2020-06-01">0.01</value>');
    expect(activity(2)).toContain('<value value-date="2020-09-01">2500.00</value>');
    // A recovery order is money back: a negative disbursement, which the schema accepts.
    expect(activity(2)).toContain('<value value-date="2020-12-15">-0.50</value>');
  });

  it('is deterministic: same input, same bytes', () => {
    expect(iatiActivities(structuredClone(INPUT))).toBe(xml);
  });
});

describe('IATI helpers', () => {
  it('formats cents exactly', () => {
    expect(eurosFromCents(1)).toBe('0.01');
    expect(eurosFromCents(0)).toBe('0.00');
    expect(eurosFromCents(99)).toBe('0.99');
    expect(eurosFromCents(100)).toBe('1.00');
    expect(eurosFromCents(13_000_000)).toBe('130000.00');
    expect(eurosFromCents(-5)).toBe('-0.05');
    expect(eurosFromCents(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
    expect(() => eurosFromCents(0.5)).toThrow(RangeError);
    expect(() => eurosFromCents(Number.NaN)).toThrow(RangeError);
    fc.assert(
      fc.property(fc.maxSafeInteger(), (cents) => {
        const text = eurosFromCents(cents);
        expect(text).toMatch(/^-?\d+\.\d\d$/);
        expect(BigInt(text.replace('.', ''))).toBe(BigInt(cents));
      }),
    );
  });

  it('escapes the five XML specials and drops characters XML cannot carry', () => {
    expect(xmlEscape(`a & b < c > "d" 'e'`)).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;');
    expect(xmlEscape('tab\tok\u0000\u001Fgone 🇹🇷')).toBe('tab\tokgone 🇹🇷');
  });

  it('maps every theme to a DAC 5-digit code, unknown themes to "not specified"', () => {
    for (const theme of THEMES) expect(sectorFor(theme)).toMatch(/^\d{5}$/);
    expect(SECTOR_BY_THEME.smart_cities).toBe('43030');
    expect(sectorFor('water')).toBe(SECTOR_UNSPECIFIED);
    expect(sectorFor('toString')).toBe(SECTOR_UNSPECIFIED);
    expect(sectorFor('energy', '23210')).toBe('23210');
  });
});
