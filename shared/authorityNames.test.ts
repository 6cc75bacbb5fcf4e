import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayName, displayNameText, exonymsOf, latinName } from './authorityNames';
import { regionLabel } from './regionNames';
import { transliterate } from './text/transliterate';

const thessaloniki = { code: 'EL_07010100', name: 'Ψευδοδημοτική Κοινότητα Θεσσαλονίκης', nameLatin: 'Thessaloníki' };
const kardzhali = { code: 'BG_KRZ16', name: 'Кърджали', nameLatin: 'Kardzhali' };
const athens = { code: 'EL_45010000', name: 'Ψευδοδημοτική Κοινότητα Αθηναίων', nameLatin: null };
const kalochi = { code: 'EL_15010107', name: 'Κοινότητα Καλοχίου', nameLatin: null };
const koln = { code: 'DE_05315000', name: 'Köln, Stadt', nameLatin: null };
const wien = { code: 'AT_90001', name: 'Wien', nameLatin: null };
const istanbul = { code: 'TR-BSB-34', name: 'İstanbul Büyükşehir Belediyesi', nameLatin: null };

describe('transliterate', () => {
  it('writes Greek in Latin letters by ELOT 743, keeping capitals', () => {
    expect(transliterate('Κοινότητα Καλοχίου')).toBe('Koinotita Kalochiou');
    expect(transliterate('Ψευδοδημοτική Κοινότητα Αθηναίων')).toBe('Psevdodimotiki Koinotita Athinaion');
    expect(transliterate('Μπλάτση Ντάμα')).toBe('Blatsi Dama');
    expect(transliterate('ΘΕΣΣΑΛΟΝΙΚΗ')).toBe('THESSALONIKI');
  });
  it('writes Bulgarian Cyrillic in the streamlined system', () => {
    expect(transliterate('Кърджали')).toBe('Kardzhali');
    expect(transliterate('Велико Търново')).toBe('Veliko Tarnovo');
    expect(transliterate('Щърбаново')).toBe('Shtarbanovo');
  });
});

describe('displayName', () => {
  it('gives a Turkish reader the established Turkish name, with the national name beside it', () => {
    expect(displayName(thessaloniki, 'tr')).toEqual({ label: 'Selanik', native: thessaloniki.name });
    expect(displayNameText(kardzhali, 'tr')).toBe('Kırcaali (Кърджали)');
    expect(displayNameText(wien, 'tr')).toBe('Viyana (Wien)');
    expect(displayNameText({ code: 'BG_PDV22', name: 'Пловдив', nameLatin: 'Plovdiv' }, 'tr')).toBe('Filibe (Пловдив)');
  });
  it('gives an English reader the Latin-script name, with the national name beside it', () => {
    expect(displayNameText(thessaloniki, 'en')).toBe('Thessaloníki (Ψευδοδημοτική Κοινότητα Θεσσαλονίκης)');
    expect(displayNameText(kardzhali, 'en')).toBe('Kardzhali (Кърджали)');
    expect(displayName(wien, 'en')).toEqual({ label: 'Wien', native: null });
  });
  it('uses the English name where the data has no Latin one, else transliterates: never Greek or Cyrillic alone', () => {
    expect(displayName(athens, 'en').label).toBe('Athens');
    expect(displayName(athens, 'tr').label).toBe('Atina');
    expect(displayName(kalochi, 'tr')).toEqual({ label: 'Koinotita Kalochiou', native: 'Κοινότητα Καλοχίου' });
    expect(latinName({ name: 'Столична' })).toBe('Stolichna');
  });
  it('leaves Latin-script names without an exonym as they are, for both readers', () => {
    for (const lang of ['tr', 'en'] as const) {
      expect(displayName(koln, lang)).toEqual({ label: 'Köln, Stadt', native: null });
      expect(displayName(istanbul, lang)).toEqual({ label: istanbul.name, native: null });
    }
  });
  it('finds an authority by its exonyms', () => {
    expect(exonymsOf('EL_45010000')).toEqual(['Atina', 'Athens']);
    expect(exonymsOf('DE_05315000')).toEqual([]);
  });
});

describe('regionLabel', () => {
  it('names EU regions in Turkish on Turkish pages and in English on English ones', () => {
    expect(regionLabel('Central Macedonia', 'GR', 'tr')).toBe('Orta Makedonya');
    expect(regionLabel('Central Macedonia', 'GR', 'en')).toBe('Central Macedonia');
    expect(regionLabel('Kardzhali', 'BG', 'tr')).toBe('Kırcaali');
    expect(regionLabel('Heves County', 'HU', 'tr')).toBe('Heves');
    expect(regionLabel('Urban Municipality of Maribor', 'SI', 'tr')).toBe('Maribor');
    expect(regionLabel('İstanbul', 'TR', 'en')).toBe('İstanbul');
    expect(regionLabel(null, 'DE', 'tr')).toBeNull();
  });
  it('leaves no English word in any EU region name of the reference data on a Turkish page', () => {
    const lines = fs.readFileSync(new URL('../data/geonames_admin1_tr_eu27.csv', import.meta.url), 'utf8').trim().split(/\r?\n/).slice(1);
    const english = /\b(North|South|East|West|Central|Upper|Lower|Greater|Lesser|New|County|Region|Municipality|Voivodeship|Islands?|Capital|State|Saint|Valley|Country|Mount|of|and|the|The)\b/;
    const left = lines
      .map((line) => line.split(','))
      .filter(([, country]) => country !== 'TR')
      .map(([, country, , name]) => regionLabel(name!, country!, 'tr')!)
      .filter((label) => english.test(label));
    expect(left).toEqual([]);
    expect(lines.length).toBeGreaterThan(600);
  });
});
