/**
 * Established exonyms of EU authorities, by the authority's code: the Turkish name a Turkish reader
 * knows the place by, and an English one only where the data has no usable Latin-script name.
 * Established names only (the title of the place's Turkish Wikipedia article; most are the Ottoman
 * names still in everyday Turkish use); a place without an established Turkish name is not listed
 * and shows its Latin-script name. Kept small and curated on purpose: see data/README.md.
 */
const ROWS: [code: string, tr: string | null, en: string | null][] = [
  // Greece: Western Thrace and Macedonia
  ['EL_07010100', 'Selanik', null], // Thessaloniki
  ['EL_01010101', 'Gümülcine', null], // Komotini
  ['EL_06010101', 'İskeçe', null], // Xanthi
  ['EL_03010101', 'Dedeağaç', null], // Alexandroupoli
  ['EL_03020101', 'Dimetoka', null], // Didymoteicho
  ['EL_03050101', 'Sofulu', null], // Soufli
  ['EL_03040000', 'Semadirek', null], // Samothraki
  ['EL_05010101', 'Kavala', null],
  ['EL_02010101', 'Drama', null],
  ['EL_12010101', 'Serez', null], // Serres
  // Greece: elsewhere
  ['EL_45010000', 'Atina', 'Athens'],
  ['EL_51010000', 'Pire', 'Piraeus'],
  ['EL_18010101', 'Yanya', null], // Ioannina
  ['EL_32010101', 'Korfu', 'Corfu'],
  ['EL_53010101', 'Midilli', null], // Mytilene
  ['EL_57010101', 'Sakız', null], // Chios
  ['EL_69010101', 'Rodos', null], // Rhodes
  ['EL_64010101', 'İstanköy', null], // Kos
  ['EL_71010100', 'Kandiye', null], // Heraklion
  ['EL_74010101', 'Hanya', null], // Chania
  ['EL_73010101', 'Resmo', null], // Rethymno
  // Bulgaria
  ['BG_SOF46', 'Sofya', 'Sofia'], // Stolichna, the capital's municipality
  ['BG_PDV22', 'Filibe', null], // Plovdiv
  ['BG_KRZ16', 'Kırcaali', null], // Kardzhali
  ['BG_HKV34', 'Hasköy', null], // Haskovo
  ['BG_SZR31', 'Eski Zağra', null], // Stara Zagora
  ['BG_RSE27', 'Rusçuk', null], // Ruse
  ['BG_SHU30', 'Şumnu', null], // Shumen
  ['BG_BGS04', 'Burgaz', null], // Burgas
  ['BG_JAM26', 'Yanbolu', null], // Yambol
  ['BG_SLV20', 'İslimiye', null], // Sliven
  ['BG_PVN24', 'Plevne', null], // Pleven
  ['BG_VTR04', 'Tırnova', null], // Veliko Tarnovo
  ['BG_LOV18', 'Lofça', null], // Lovech
  ['BG_PAZ19', 'Pazarcık', null], // Pazardzhik
  ['BG_SLS31', 'Silistre', null], // Silistra
  ['BG_KNL29', 'Köstendil', null], // Kyustendil
  // Cyprus (Republic of Cyprus municipalities)
  ['CY_1000', null, 'Nicosia'],
  ['CY_5000', 'Limasol', 'Limassol'],
  ['CY_6000', 'Baf', 'Paphos'],
  ['CY_4000', 'Larnaka', null],
  // Capitals and cities with a Turkish name of their own
  ['AT_90001', 'Viyana', null], // Wien
  ['CZ_554782', 'Prag', null], // Praha
  ['HU_13578', 'Budapeşte', null],
  ['RO_179132', 'Bükreş', 'Bucharest'], // Municipiul București
  ['PL_1007141286501', 'Varşova', null], // Warszawa
  ['DK_101', 'Kopenhag', null], // København
  ['BE_21004', 'Brüksel', null], // Bruxelles / Brussel
  ['NL_GM0518', 'Lahey', null], // 's-Gravenhage
  ['DE_09162000', 'Münih', null], // München
  ['IT_027042', 'Venedik', null], // Venezia
  ['IT_048017', 'Floransa', null], // Firenze
];

export interface Exonyms {
  tr: string | null;
  en: string | null;
}

/** The exonyms by authority code. */
export const EXONYMS: ReadonlyMap<string, Exonyms> = new Map(ROWS.map(([code, tr, en]) => [code, { tr, en }]));
