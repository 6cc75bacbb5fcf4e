import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../platform/db';
import { FIXTURES } from '../../test/harness';
import { allAuthorityRows, authorityCount } from '../authorities/authorities.testkit';
import type { RegionMember } from './euRegions.rules';
import { readKinds } from './kinds.load';
import type { AuthorityRow } from './reference.rules';
import { isLoaded, loadReferenceData, readAuthorities } from './reference.service';
import { euMunicipality, municipalities, openSources, readSources } from './reference.stream';
import { lacksRegionName } from './regions.rules';

let database: Database | null = null;
afterEach(async () => {
  await database?.close();
  database = null;
});

const byCode = <T extends { code: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => (a.code < b.code ? -1 : 1));
const facts = (r: AuthorityRow): RegionMember => ({ country: r.country, region: r.region, regionName: r.regionName, population: r.population, areaKm2: r.areaKm2, lat: r.lat, lon: r.lon });

/** The directory as the load held it all at once before: municipalities, then the kinds measured by them. */
function heldAtOnce(): AuthorityRow[] {
  const all = readAuthorities(FIXTURES);
  return [...all, ...readKinds(FIXTURES, all.filter((r) => r.country !== 'TR'))];
}

describe('municipalities, one at a time', () => {
  it('gives the rows readAuthorities gives, and the EU region facts in file order with region names filled', async () => {
    const { src, eu } = readSources(FIXTURES);
    const waiting = [...eu.lines].filter((line) => lacksRegionName(euMunicipality(src, line)));
    expect(waiting.length).toBeGreaterThan(0); // some rows wait for their region's name: that path is taken

    const members: RegionMember[] = [];
    const opened = await openSources(FIXTURES);
    const streamed: AuthorityRow[] = [];
    for await (const row of municipalities(opened.src, opened.eu, members)) streamed.push(row);
    const all = readAuthorities(FIXTURES);
    expect(byCode(streamed)).toEqual(byCode(all));
    expect(members).toEqual(all.filter((r) => r.country !== 'TR').map(facts));
  });
});

describe('the streamed first-start load', () => {
  it('stores the same rows as the load that held them all, over many small batches', async () => {
    database = await openDatabase({});
    const phases: string[] = [];
    const loaded = await loadReferenceData(database.db, FIXTURES, (phase, done, total) => phases.push(`${phase} ${done}/${total}`), 7);
    const expected = byCode(heldAtOnce());
    expect(loaded).toBe(expected.length);
    const stored = await allAuthorityRows(database.db);
    expect(stored.map(({ code, name, nameLatin, country, type, province, district, region, regionName, nuts2, population, areaKm2, lat, lon, coordSource, searchKeys }) =>
      ({ code, name, nameLatin, country, type, province, district, region, regionName, nuts2, population, areaKm2, lat, lon, coordSource, searchKeys }))).toEqual(expected);
    // Progress counts the inserted rows up to all of them.
    expect(phases).toContain(`inserting 7/${loaded}`);
    expect(phases.at(-1)).toBe(`inserting ${loaded}/${loaded}`);
  });

  it('leaves nothing behind when a failure comes after several batches were inserted', async () => {
    database = await openDatabase({});
    const failAfterThree = (phase: string, done: number) => {
      if (phase === 'inserting' && done >= 21) throw new Error('disk full');
    };
    await expect(loadReferenceData(database.db, FIXTURES, failAfterThree, 7)).rejects.toThrow('disk full');
    expect(await authorityCount(database.db)).toBe(0);
    expect(await isLoaded(database.db)).toBe(false);
    expect(await loadReferenceData(database.db, FIXTURES, () => {}, 7)).toBe(109);
  });
});
