import path from 'node:path';
import { parseCsv, readDataFile } from '../server/domains/reference/csv';
import { PROJECT_DIR } from '../server/platform/config';

/**
 * What the search benchmarks type, drawn with a seeded generator so every run searches the same:
 * real names (40 % Turkish without "Büyükşehir Belediyesi", else EU places over 20,000 people) and
 * a typo (two neighbouring letters swapped).
 */
export function searchWords(random: () => number) {
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  const tr = parseCsv(readDataFile(path.join(PROJECT_DIR, 'data/tr_local_authorities_2025.csv.gz'))).map((r) => r.name!.replace(/ Büyükşehir Belediyesi$/, ''));
  const eu = parseCsv(readDataFile(path.join(PROJECT_DIR, 'data/eu27_lau2020_nuts2021.csv.gz')))
    .filter((r) => Number(r.population) > 20_000)
    .map((r) => r.lau_name!.split(',')[0]!);
  const typo = (s: string) => {
    const i = 1 + Math.floor(random() * Math.max(1, s.length - 2));
    return s.slice(0, i) + s.slice(i + 1, i + 2) + s.slice(i, i + 1) + s.slice(i + 2);
  };
  return { pick, name: () => (random() < 0.4 ? pick(tr) : pick(eu)), typo };
}
