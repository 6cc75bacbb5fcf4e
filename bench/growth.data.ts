// The synthetic directory of `npm run bench:growth`: the real EU LAU file times `scale`, written into
// a temporary reference folder (every other reference file is linked from data/ as it is), so the
// platform loads it exactly as it loads the real data. Nothing is written into data/ or a database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { PROJECT_DIR } from '../server/platform/config';
import { parseLine } from '../server/domains/reference/csv';
import { FILES } from '../server/domains/reference/reference.service';
import { rng } from './lib';

/** Suffixes of the copies' names (copy 1 is "… Nord", copy 10 "… Nord 2"): words, so names stay names. */
const SUFFIXES = ['Nord', 'Süd', 'Ost', 'West', 'Mitte', 'Neu', 'Alt', 'Ober', 'Unter'];

/** Seed of the generator: the same seed gives byte-identical files. */
export const GROWTH_SEED = 20261207;

/**
 * The name suffix of copy `j` (1-based; copy 0 is the original and keeps its name).
 */
export function copySuffix(j: number): string {
  const word = SUFFIXES[(j - 1) % SUFFIXES.length]!;
  const round = Math.floor((j - 1) / SUFFIXES.length);
  return round ? `${word} ${round + 1}` : word;
}

/**
 * One LAU row (cells in the file's column order) and its `scale - 1` copies: the code gets `-G<j>`,
 * the name a suffix, the coordinates a jitter of up to ±0.05° (a few km: the copy stays in its region),
 * the population and area a random share between 5 % and 50 % (copies are smaller places). The
 * NUTS codes stay, so regions hold more members. Deterministic for the same `random`.
 */
export function copiesOf(cells: readonly string[], columns: ReadonlyMap<string, number>, scale: number, random: () => number): string[][] {
  const col = (name: string) => columns.get(name)!;
  const out: string[][] = [[...cells]];
  for (let j = 1; j < scale; j++) {
    const copy = [...cells];
    copy[col('gisco_id')] = `${cells[col('gisco_id')]}-G${j}`;
    copy[col('lau_id')] = `${cells[col('lau_id')]}-G${j}`;
    copy[col('lau_name')] = `${cells[col('lau_name')]} ${copySuffix(j)}`;
    const share = 0.05 + random() * 0.45;
    const jitter = () => (random() - 0.5) * 0.1;
    const scaled = (name: string, digits: number) => {
      const v = Number(cells[col(name)]);
      if (cells[col(name)] !== '' && Number.isFinite(v)) copy[col(name)] = (v * share).toFixed(digits);
    };
    scaled('population', 0);
    scaled('area_km2', 3);
    for (const name of ['latitude', 'longitude']) {
      const v = Number(cells[col(name)]);
      if (cells[col(name)] !== '' && Number.isFinite(v)) copy[col(name)] = (v + jitter()).toFixed(5);
    }
    out.push(copy);
  }
  return out;
}

function csvCell(cell: string): string {
  return /[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The EU LAU file's text times `scale` (header first, then each row followed by its copies). */
export function grownLauCsv(text: string, scale: number, seed = GROWTH_SEED): string {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const header = parseLine(lines[0]!);
  const columns = new Map(header.map((h, i) => [h, i]));
  const random = rng(seed);
  const out = [lines[0]!];
  for (const line of lines.slice(1)) for (const row of copiesOf(parseLine(line), columns, scale, random)) out.push(row.map(csvCell).join(','));
  return `${out.join('\n')}\n`;
}

/**
 * A temporary reference folder at `scale` × the EU authorities: data/'s files linked, the EU LAU file
 * grown. The caller removes it. Returns the folder and the number of EU LAU rows written.
 */
export function writeGrowthReference(scale: number, seed = GROWTH_SEED): { dir: string; euRows: number } {
  const source = path.join(PROJECT_DIR, 'data');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tb-growth-ref-${scale}x-`));
  for (const name of fs.readdirSync(source)) {
    if (name !== FILES.eu) fs.symlinkSync(path.join(source, name), path.join(dir, name));
  }
  const text = zlib.gunzipSync(fs.readFileSync(path.join(source, FILES.eu))).toString('utf8');
  const grown = grownLauCsv(text, scale, seed);
  fs.writeFileSync(path.join(dir, FILES.eu), zlib.gzipSync(grown, { level: 1 }));
  return { dir, euRows: grown.split('\n').length - 2 };
}
