import type { ReaderLanguage } from './authorityNames';

/**
 * EU first-level region names in Turkish. The directory's EU region names come from GeoNames'
 * admin1 list, which names them in English ("Central Macedonia", "Lower Saxony", "Heves County");
 * a Turkish page shows the established Turkish name (Orta Makedonya, Aşağı Saksonya), else the
 * region's own name in Latin script (Pohjois-Savo, Midtjylland), else the English name without its
 * English generic word (Heves County → Heves). Keyed by country and GeoNames name.
 */
const TR: Record<string, Record<string, string>> = {
  AT: { Vienna: 'Viyana', Tyrol: 'Tirol', Styria: 'Steiermark', 'Upper Austria': 'Yukarı Avusturya', 'Lower Austria': 'Aşağı Avusturya', Carinthia: 'Karintiya' },
  BE: { 'Brussels Capital': 'Brüksel Başkent Bölgesi', Wallonia: 'Valonya', Flanders: 'Flandre' },
  BG: {
    Kardzhali: 'Kırcaali', Plovdiv: 'Filibe', Haskovo: 'Hasköy', 'Stara Zagora': 'Eski Zağra', Ruse: 'Rusçuk', Shumen: 'Şumnu',
    Burgas: 'Burgaz', Yambol: 'Yanbolu', Sliven: 'İslimiye', Pleven: 'Plevne', 'Veliko Tarnovo': 'Tırnova', Lovech: 'Lofça',
    Pazardzhik: 'Pazarcık', Silistra: 'Silistre', Kyustendil: 'Köstendil', Dobrich: 'Dobriç', Sofia: 'Sofya ili', 'Sofia-Capital': 'Sofya',
  },
  CY: { Pafos: 'Baf', Nicosia: 'Lefkoşa', Limassol: 'Limasol', Keryneia: 'Girne', Ammochostos: 'Gazimağusa' },
  CZ: {
    Prague: 'Prag', 'South Moravian': 'Güney Moravya', 'South Bohemian Region': 'Güney Bohemya', 'Carlsbad Region': 'Karlovy Vary',
    'Moravian-Silesian Region': 'Moravya-Silezya', 'Central Bohemia': 'Orta Bohemya', Vysocina: 'Vysočina',
  },
  DE: {
    Thuringia: 'Thüringen', 'Saxony-Anhalt': 'Saksonya-Anhalt', Saxony: 'Saksonya', 'North Rhine-Westphalia': 'Kuzey Ren-Vestfalya',
    'Lower Saxony': 'Aşağı Saksonya', Hesse: 'Hessen', 'State of Berlin': 'Berlin', Bavaria: 'Bavyera', 'Baden-Wurttemberg': 'Baden-Württemberg',
  },
  DK: { 'Capital Region': 'Hovedstaden', 'Central Jutland': 'Midtjylland', 'North Denmark': 'Nordjylland', Zealand: 'Sjælland', 'South Denmark': 'Syddanmark' },
  ES: {
    'Balearic Islands': 'Balear Adaları', Andalusia: 'Endülüs', 'Canary Islands': 'Kanarya Adaları', 'Castille-La Mancha': 'Kastilya-La Mancha',
    Valencia: 'Valensiya', Navarre: 'Navarra', Cantabria: 'Kantabria', 'Castille and León': 'Kastilya ve León', Catalonia: 'Katalonya',
    Galicia: 'Galiçya', 'Basque Country': 'Bask Ülkesi',
  },
  FI: {
    Lapland: 'Laponya', 'North Ostrobothnia': 'Pohjois-Pohjanmaa', 'Central Ostrobothnia': 'Keski-Pohjanmaa', Ostrobothnia: 'Pohjanmaa',
    'South Ostrobothnia': 'Etelä-Pohjanmaa', 'Central Finland': 'Keski-Suomi', 'North Karelia': 'Pohjois-Karjala', 'North Savo': 'Pohjois-Savo',
    'South Savo': 'Etelä-Savo', 'South Karelia': 'Etelä-Karjala', 'Southwest Finland': 'Varsinais-Suomi', 'Paijat-Hame': 'Päijät-Häme',
  },
  FR: { Corsica: 'Korsika', Brittany: 'Bretanya', 'New Aquitaine': 'Nouvelle-Aquitaine', Normandy: 'Normandiya', 'French Guiana': 'Fransız Guyanası', Martinique: 'Martinik' },
  GR: {
    'Mount Athos': 'Aynaroz', Attica: 'Attika', 'Central Greece': 'Orta Yunanistan', 'Central Macedonia': 'Orta Makedonya', Crete: 'Girit',
    'East Macedonia and Thrace': 'Doğu Makedonya ve Trakya', Epirus: 'Epir', 'Ionian Islands': 'İyon Adaları', 'North Aegean': 'Kuzey Ege',
    Peloponnese: 'Mora', 'South Aegean': 'Güney Ege', Thessaly: 'Tesalya', 'West Greece': 'Batı Yunanistan', 'West Macedonia': 'Batı Makedonya',
  },
  HR: { Istria: 'İstirya', 'Zagreb County': 'Zagreb ili' },
  HU: { Budapest: 'Budapeşte', 'Bekes County': 'Békés' },
  IT: {
    Sicily: 'Sicilya', Sardinia: 'Sardinya', 'Aosta Valley': 'Aosta Vadisi', Tuscany: 'Toskana', Apulia: 'Puglia', Piedmont: 'Piyemonte',
    'The Marches': 'Marche', Lombardy: 'Lombardiya', Basilicate: 'Basilicata',
  },
  LT: { Siauliai: 'Šiauliai', Telsiai: 'Telšiai' },
  LV: { 'South Kurzeme Municipality': 'Dienvidkurzeme' },
  MT: {
    'Saint John': 'San Ġwann', 'Saint Julian': 'San Ġiljan', 'Saint Lawrence': 'San Lawrenz', 'Saint Lucia': 'Santa Luċija',
    'Saint Paul’s Bay': 'San Pawl il-Baħar', 'Saint Venera': 'Santa Venera',
  },
  NL: { 'South Holland': 'Güney Hollanda', 'North Holland': 'Kuzey Hollanda', 'North Brabant': 'Kuzey Brabant' },
  PL: {
    'Lesser Poland': 'Küçük Polonya', Mazovia: 'Mazovya', Subcarpathia: 'Podkarpackie', 'Warmia-Masuria': 'Varmiya-Mazurya',
    'Lower Silesia': 'Aşağı Silezya', Lubusz: 'Lubuskie', Pomerania: 'Pomeranya', Silesia: 'Silezya', 'Greater Poland': 'Büyük Polonya',
    'West Pomerania': 'Batı Pomeranya',
  },
  PT: { Lisbon: 'Lizbon', Azores: 'Azor Adaları' },
  RO: { Bucharest: 'Bükreş', Arges: 'Argeș' },
};

// English generic words GeoNames puts around a region's own name.
const GENERIC = [/^Urban Municipality of /, /^Municipality of /, /^County of /, /^State of /, / (County|Region|Municipality|Voivodeship)$/];

/**
 * A region's name for a reader: EU regions in Turkish on Turkish pages (see TR above), English on
 * English ones; Turkish provinces as they are. Null stays null (the caller shows no region).
 */
export function regionLabel(regionName: string | null, country: string, lang: ReaderLanguage): string | null {
  if (!regionName || lang === 'en' || country === 'TR') return regionName;
  const turkish = TR[country]?.[regionName];
  if (turkish) return turkish;
  return GENERIC.reduce((name, re) => name.replace(re, ''), regionName);
}
