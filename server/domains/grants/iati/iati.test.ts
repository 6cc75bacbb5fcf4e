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
import { budgetPeriods, iatiTransactions } from './iati.money.rules';
import { CONTRACTING_AUTHORITY, EU_FUNDER, isOrgIdentifier } from './iati.orgs';

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
  reportingOrg: { ref: 'XI-IATI-TWINBRIDGE', name: 'İçişleri Bakanlığı – Dış İlişkiler & AB Dairesi', type: '10' },
  funder: EU_FUNDER,
  extendingOrg: CONTRACTING_AUTHORITY,
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
      currency: 'EUR',
      money: {
        signedOn: '2019-02-01',
        signedGrantCents: 13_000_000,
        grantCents: 12_000_000,
        // An addendum took EUR 10,000 off the grant after signature.
        grantChanges: [{ date: '2019-10-01', deltaCents: -1_000_000 }],
        // Listed out of order on purpose: the file lists payments by date.
        disbursements: [
          { date: '2020-06-30', amountCents: 1_600_001, kind: 'final' },
          { date: '2019-02-15', amountCents: 10_399_999, kind: 'pre_financing' },
        ],
        closed: false,
      },
      costsByYear: [14_000_000],
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
      currency: 'EUR',
      money: { signedOn: '2020-06-15', signedGrantCents: 4_500_050, grantCents: 4_500_050, grantChanges: [], disbursements: [], closed: false },
      costsByYear: [],
    },
    {
      id: 'P-003',
      titleEn: 'Climate adaptation plans',
      titleTr: 'İklim uyum planları',
      descriptionEn: 'Joint adaptation planning.',
      descriptionTr: '',
      status: 'implementation',
      startDate: '2020-09-01',
      endDate: '2022-02-28',
      lead: { code: 'TR-BSB-35', name: 'İzmir Büyükşehir Belediyesi', country: 'TR' },
      partners: [{ code: 'FR_45234', name: "Ville d'Orléans", country: 'FR' }],
      provinceName: 'İzmir',
      theme: 'climate_change',
      currency: 'EUR',
      money: {
        signedOn: '2020-05-20',
        signedGrantCents: 10_000_001,
        grantCents: 10_000_001,
        grantChanges: [],
        disbursements: [
          { date: '2020-06-01', amountCents: 1, kind: 'pre_financing' },
          { date: '2020-09-01', amountCents: 250_000, kind: 'interim' },
          { date: '2020-12-15', amountCents: 50, kind: 'recovery' },
        ],
        closed: false,
      },
      // Costs planned in a third year count in the last budget period (the project ends in its second).
      costsByYear: [2_000_000, 1_000_000, 500_000],
      sectorCode: '41030',
    },
    {
      id: 'P-004',
      titleEn: 'Awarded, not signed yet',
      titleTr: 'Hibe verildi, henüz imzalanmadı',
      descriptionEn: 'Awaiting the contract.',
      descriptionTr: '',
      status: 'contracted',
      startDate: '2020-10-01',
      endDate: '2021-03-31',
      lead: { code: 'TR-BSB-06', name: 'Ankara Büyükşehir Belediyesi', country: 'TR' },
      partners: [{ code: 'AT_90001', name: 'Wien', country: 'AT' }],
      provinceName: 'Ankara',
      theme: 'culture',
      currency: 'EUR',
      money: { signedOn: null, signedGrantCents: 7_000_000, grantCents: 7_000_000, grantChanges: [], disbursements: [], closed: false },
      costsByYear: [8_000_000],
    },
    {
      id: 'P-005',
      titleEn: 'Closed with costs below the grant',
      titleTr: 'Hibenin altında maliyetle kapandı',
      descriptionEn: 'Done.',
      descriptionTr: '',
      status: 'closed',
      startDate: '2019-01-01',
      endDate: '2019-12-31',
      lead: { code: 'TR-BSB-16', name: 'Bursa Büyükşehir Belediyesi', country: 'TR' },
      partners: [{ code: 'DE_09162000', name: 'München', country: 'DE' }],
      provinceName: 'Bursa',
      theme: 'energy',
      currency: 'EUR',
      money: {
        signedOn: '2018-12-10',
        signedGrantCents: 10_000_000,
        grantCents: 10_000_000,
        grantChanges: [],
        disbursements: [
          { date: '2018-12-20', amountCents: 8_000_000, kind: 'pre_financing' },
          { date: '2020-04-01', amountCents: 1_500_000, kind: 'final' },
        ],
        closed: true,
      },
      costsByYear: [11_000_000],
    },
  ],
};

const xml = iatiActivities(INPUT);
const transactionsOf = (a: string) =>
  [...a.matchAll(/<transaction-type code="(\d+)"\/>\s*<transaction-date iso-date="([\d-]+)"\/>\s*<value value-date="([\d-]+)">([^<]+)</g)].map((m) => [
    m[1],
    m[2],
    m[4],
  ]);
const budgetsOf = (a: string) =>
  [
    ...a.matchAll(
      /<budget type="(\d)" status="(\d)">\s*<period-start iso-date="([\d-]+)"\/>\s*<period-end iso-date="([\d-]+)"\/>\s*<value value-date="[\d-]+">([^<]+)</g,
    ),
  ].map((m) => m.slice(1, 6));
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
    expect(activities).toHaveLength(5);
    expect(activity(0)).toContain('<iati-identifier>XI-IATI-TWINBRIDGE-P-001</iati-identifier>');
    expect(activity(0)).toContain('<related-activity ref="XI-IATI-TWINBRIDGE-TWIN-2018" type="1"/>');
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

  it('lists the EU as funder, the contracting authority as extending, the lead and partners as implementing', () => {
    expect(activity(0)).toContain(
      '<participating-org ref="XI-IATI-EC_NEAR" type="15" role="1">\n      <narrative>European Commission - Neighbourhood and Enlargement Negotiations</narrative>',
    );
    expect(activity(0)).toContain('<participating-org type="10" role="3">\n      <narrative>Central Finance and Contracts Unit (CFCU)');
    // The publisher reports; it is no participant, and it is no provider of any transaction.
    expect(activity(0)).not.toMatch(/<participating-org ref="XI-IATI-TWINBRIDGE"/);
    expect(activity(0)).not.toMatch(/<provider-org ref="XI-IATI-TWINBRIDGE"/);
    expect(activity(0)).toContain('<provider-org type="10">\n        <narrative>Central Finance and Contracts Unit (CFCU)');
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
    expect(activity(2)).toContain('<activity-date type="3" iso-date="2022-02-28"/>');
    expect(activity(2)).toContain('code="41030"');
  });

  it('commits at signature with the signed amount, reports a reduction apart, the final payment as reimbursement', () => {
    expect(transactionsOf(activity(0))).toEqual([
      ['2', '2019-02-01', '130000.00'],
      ['3', '2019-02-15', '103999.99'],
      ['2', '2019-10-01', '-10000.00'],
      ['7', '2020-06-30', '16000.01'],
    ]);
    expect(activity(0)).toContain('<narrative xml:lang="en">Grant reduced by addendum</narrative>');
    expect(activity(0)).toContain('<narrative xml:lang="tr">Gerçekleşen maliyetlerin nihai ödemesi</narrative>');
    expect(transactionsOf(activity(1))).toEqual([['2', '2020-06-15', '45000.50']]);
    // Pre-financing and further pre-financing are disbursements; a recovery is money back.
    expect(transactionsOf(activity(2))).toEqual([
      ['2', '2020-05-20', '100000.01'],
      ['3', '2020-06-01', '0.01'],
      ['3', '2020-09-01', '2500.00'],
      ['3', '2020-12-15', '-0.50'],
    ]);
    // Awarded but not signed: no commitment yet.
    expect(activity(3)).not.toContain('<transaction>');
    // Closed below the grant: what was never paid is released on the day of the last payment.
    expect(transactionsOf(activity(4))).toEqual([
      ['2', '2018-12-10', '100000.00'],
      ['3', '2018-12-20', '80000.00'],
      ['7', '2020-04-01', '15000.00'],
      ['2', '2020-04-01', '-5000.00'],
    ]);
  });

  it('sets the default flow, finance and aid types', () => {
    for (const a of activities) {
      expect(a).toContain('<default-flow-type code="10"/>\n    <default-finance-type code="110"/>\n    <default-aid-type code="C01" vocabulary="1"/>');
    }
  });

  it('budgets the EU grant per period of at most a year, split by the planned costs, exact to the cent', () => {
    // One period: the original (signed) budget and the revised one after the addendum.
    expect(budgetsOf(activity(0))).toEqual([
      ['1', '2', '2019-03-01', '2020-02-28', '130000.00'],
      ['2', '2', '2019-03-01', '2020-02-28', '120000.00'],
    ]);
    // 18 months: two periods, weighted 2 : (1 + 0.5), adding up to the grant.
    expect(budgetsOf(activity(2))).toEqual([
      ['1', '2', '2020-09-01', '2021-08-31', '57142.86'],
      ['1', '2', '2021-09-01', '2022-02-28', '42857.15'],
    ]);
    // Not signed: an indicative budget. No dates: no budget.
    expect(budgetsOf(activity(3))).toEqual([['1', '1', '2020-10-01', '2021-03-31', '70000.00']]);
    expect(activity(1)).not.toContain('<budget ');
  });

  it('marks an ended project awaiting closure as finalisation, a closed one as closed', () => {
    expect(activity(0)).toContain('<activity-status code="3"/>');
    expect(activity(3)).toContain('<activity-status code="1"/>');
    expect(activity(4)).toContain('<activity-status code="4"/>');
    expect(activity(4)).toContain('<activity-date type="4" iso-date="2019-12-31"/>');
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

describe('IATI money helpers', () => {
  it('splits a budget into periods of at most a year, across a leap day, exactly', () => {
    expect(budgetPeriods('2020-02-29', '2021-06-30', [], 100)).toEqual([
      { start: '2020-02-29', end: '2021-02-28', cents: 75 },
      { start: '2021-03-01', end: '2021-06-30', cents: 25 },
    ]);
    expect(budgetPeriods('2019-01-01', '2019-12-31', [5, 5], 7)).toEqual([{ start: '2019-01-01', end: '2019-12-31', cents: 7 }]);
    expect(budgetPeriods('2019-02-01', '2019-01-01', [1], 7)).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), fc.array(fc.nat(1_000_000), { maxLength: 6 }), fc.nat(2_000_000_000), (from, len, weights, total) => {
        const start = new Date(Date.UTC(2018, 0, 1) + from * 86_400_000).toISOString().slice(0, 10);
        const end = new Date(Date.parse(start) + len * 86_400_000).toISOString().slice(0, 10);
        const periods = budgetPeriods(start, end, weights, total);
        expect(periods.reduce((s, p) => s + p.cents, 0)).toBe(total);
        expect(periods[0]?.start).toBe(start);
        expect(periods.at(-1)?.end).toBe(end);
        for (const p of periods) expect(Date.parse(p.end) - Date.parse(p.start)).toBeLessThan(366 * 86_400_000);
      }),
    );
  });

  it('commits nothing before signature', () => {
    const money = { signedOn: null, signedGrantCents: 100, grantCents: 100, grantChanges: [], disbursements: [], closed: false };
    expect(iatiTransactions(money)).toEqual([]);
  });

  it('knows an organisation identifier from an invented one', () => {
    for (const ok of ['XI-IATI-EC_NEAR', 'XM-DAC-41114', 'GB-COH-01650169', 'TR-MERSIS-0123456789012345']) expect(isOrgIdentifier(ok), ok).toBe(true);
    for (const bad of ['XM-TWINBRIDGE', 'TWINBRIDGE', 'XI-IATI', 'xi-iati-x', 'TR-MOI DIAB']) expect(isOrgIdentifier(bad), bad).toBe(false);
  });
});
