// Which kinds of authority are recommended to which: towns to towns, as before there were other kinds;
// a governorate, provincial administration or union also to EU regions; an EU region also to
// governorates and provincial administrations. An explicit type filter overrides this.

const MUNICIPAL = ['metropolitan_municipality', 'province_center', 'district_center', 'town', 'municipality'];
const PROVINCIAL = ['governorate', 'special_provincial_administration'];

const PARTNER_KINDS: Readonly<Record<string, ReadonlySet<string>>> = {
  governorate: new Set([...MUNICIPAL, 'region']),
  special_provincial_administration: new Set([...MUNICIPAL, 'region']),
  union_of_municipalities: new Set([...MUNICIPAL, 'region']),
  region: new Set([...MUNICIPAL, ...PROVINCIAL]),
};
const TOWNS: ReadonlySet<string> = new Set(MUNICIPAL);

/** The kinds of partner an authority of this kind is recommended when it names no type. */
export function partnerKinds(type: string): ReadonlySet<string> {
  return PARTNER_KINDS[type] ?? TOWNS;
}
