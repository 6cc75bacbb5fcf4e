import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../shared/text/fold';
import { PROJECT_DIR } from '../../platform/config';
import { type EuPlaceName, historicalMatches, nameKey, splitNew } from './matching.history';
import { readOldNamePlaces } from './matching.history.data';

// The real alternate names shipped in data/ (GeoNames, CC BY 4.0).
const places = readOldNamePlaces(path.join(PROJECT_DIR, 'data'));
const eu = (code: string, name: string, nameLatin: string | null = null, country = code.slice(0, 2)): EuPlaceName => ({ code, country, name, nameLatin });
const matchesOf = (...list: EuPlaceName[]) => historicalMatches(places, list).map((m) => [m.euCode, m.trCode, m.value]);

describe('historical names', () => {
  it('fold spellings and Greek case endings to one key', () => {
    expect(nameKey(fold('Μουδανιών'))).toBe(nameKey(fold('Mudania')));
    expect(nameKey(fold('Moudhaniá'))).toBe(nameKey(fold('Mudania')));
    expect(nameKey(fold('Σμύρνης'))).toBe(nameKey(fold('Σμύρνη')));
    expect(nameKey(fold('Smyrna'))).toBe(nameKey(fold('Σμύρνη')));
    expect(nameKey(fold('Κυδωνιών'))).toBe(nameKey(fold('Kydoniai')));
    expect(nameKey(fold('Φιλαδελφείας'))).toBe(nameKey(fold('Philadelphia')));
    expect(nameKey(fold('Αρτάκης'))).toBe(nameKey(fold('Artaki')));
  });

  it('take the community words and the "new" word off an LAU name', () => {
    expect(splitNew('Κοινότητα Νέων Μουδανιών')).toEqual({ isNew: true, rest: 'moudanion' });
    expect(splitNew('Ψευδοδημοτική Κοινότητα Νέας Σμύρνης')).toEqual({ isNew: true, rest: 'smyrnis' });
    expect(splitNew('Néa Artáki')).toEqual({ isNew: true, rest: 'artaki' });
    expect(splitNew('Κοινότητα Κυδωνιών')).toEqual({ isNew: false, rest: 'kydonion' });
    expect(splitNew('Nea')).toEqual({ isNew: false, rest: 'nea' });
  });

  it('find the refugee towns of 1923 in the real data: Nea Moudania, Nea Smyrni, Nea Artaki, Nea Kydonies, Nea Filadelfeia', () => {
    expect(matchesOf(
      eu('EL_13040101', 'Κοινότητα Νέων Μουδανιών', 'Néa Moudhaniá'),
      eu('EL_48070000', 'Ψευδοδημοτική Κοινότητα Νέας Σμύρνης', 'Néa Smýrni'),
      eu('EL_29010501', 'Κοινότητα Νέας Αρτάκης', 'Néa Artáki'),
      eu('EL_53010804', 'Κοινότητα Νέων Κυδωνιών'),
      eu('EL_45080101', 'Κοινότητα Νέας Φιλαδελφείας', 'Néa Filadélfeia'),
    )).toEqual([
      ['EL_13040101', 'TR-M-1536', 1], // Mudanya
      ['EL_48070000', 'TR-BSB-35', 1], // İzmir
      ['EL_29010501', 'TR-M-1405', 1], // Erdek
      ['EL_53010804', 'TR-M-1394', 1], // Ayvalık
      ['EL_45080101', 'TR-M-2960', 1], // Alaşehir
    ]);
    const [smyrni] = historicalMatches(places, [eu('EL_48070000', 'Ψευδοδημοτική Κοινότητα Νέας Σμύρνης', 'Néa Smýrni')]);
    expect(smyrni!.oldName).toBe('Σμύρνη'); // the Greek form is said where GeoNames has one
  });

  it('say a bare old name only in Greece or Cyprus, at half the value, and only for Greek-script names', () => {
    expect(matchesOf(eu('EL_99999999', 'Κοινότητα Σμύρνης'))).toEqual([['EL_99999999', 'TR-BSB-35', 0.5]]);
    expect(matchesOf(eu('IT_079047', 'Filadelfia'), eu('DE_1', 'Smyrna'))).toEqual([]);
  });

  it('match nothing by chance: German "Neu" towns, a neighbour’s name GeoNames lists, machine transliterations', () => {
    expect(matchesOf(eu('DE_05162024', 'Neuss, Stadt'), eu('DE_2', 'Neustadt'), eu('FR_1', 'Neuville'))).toEqual([]);
    // GeoNames lists "Mudanya" among Sapanca's names: Nea Moudania is Mudanya's alone.
    expect(historicalMatches(places, [eu('EL_13040101', 'Κοινότητα Νέων Μουδανιών', 'Néa Moudhaniá')]).map((m) => m.trCode)).toEqual(['TR-M-1536']);
    // "marmarys" (a lower-case transliteration of Marmaris) does not make Neos Marmaras Marmaris' namesake.
    expect(matchesOf(eu('EL_2', 'Κοινότητα Νέου Μαρμαρά', 'Néos Marmarás')).map((m) => m[1])).not.toContain('TR-M-3133');
  });
});
