/**
 * Progress of an indicator from its baseline towards its target, in percent (may exceed 100 when the
 * target was beaten); null when nothing was reported yet. A target at or below the baseline counts as
 * met once anything at least the target is reported.
 */
export function indicatorProgress(ind: { baseline: number; target: number; achieved: number | null }): number | null {
  if (ind.achieved === null) return null;
  const span = ind.target - ind.baseline;
  if (span <= 0) return ind.achieved >= ind.target ? 100 : 0;
  return Math.max(0, ((ind.achieved - ind.baseline) / span) * 100);
}

// The demo projects' indicators were typed in English (server/domains/grants/demo/grants.demo.content.ts);
// a Turkish page says them through these keys. Names typed by applicants stay as they typed them.
const KNOWN_NAMES: Record<string, string> = {
  'Hectares of green corridor restored': 'greenCorridor',
  'Installed solar capacity': 'solarCapacity',
  'Staff trained in climate adaptation': 'staffTrained',
  'Open datasets published': 'openDatasets',
  'Households separating waste': 'householdsSeparating',
  'Trail kilometres signposted': 'trailKilometres',
  'Young people in exchanges': 'youngPeople',
  'Joint cultural events held': 'culturalEvents',
  'Newcomers advised': 'newcomersAdvised',
  'Producers in the cooperative network': 'producersNetwork',
  'Staff exchanged': 'staffExchanged',
};

// Units written as English words; symbols (km, ha, kWp, %) read the same in both languages.
const KNOWN_UNITS = ['people', 'events', 'households', 'datasets', 'producers', 'hectares', 'days', 'visits', 'trainings', 'participants'];

/** The dictionary key of an indicator's name when it is one of the known (demo) names, else null. */
export function indicatorNameKey(name: string): string | null {
  const key = KNOWN_NAMES[name.trim()];
  return key ? `grants.indicator.names.${key}` : null;
}

/** The dictionary key of a unit written as a known English word (any case), else null. */
export function indicatorUnitKey(unit: string): string | null {
  const word = unit.trim().toLowerCase();
  return KNOWN_UNITS.includes(word) ? `grants.indicator.units.${word}` : null;
}
