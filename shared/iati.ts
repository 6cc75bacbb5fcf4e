/** IATI organisation identifiers, shared by the server's configuration and the IATI export. */

/**
 * The publisher's identifier until one is configured: `XI-IATI-` is the prefix the IATI Secretariat
 * allocates to a body no recognised registration agency lists. An operator sets the identifier IATI
 * registered for it through IATI_PUBLISHER_REF.
 */
export const DEFAULT_PUBLISHER_REF = 'XI-IATI-TWINBRIDGE';

/**
 * Whether `ref` has the shape of an IATI organisation identifier: a registration agency prefix (two
 * upper-case letters for a country or X for international, a hyphen, the agency's code) then the
 * organisation's own code, with no spaces. `XM-` is taken by the DAC lists (XM-DAC-…, XM-OCHA-…), so
 * an invented `XM-NAME` is refused; so is an agency prefix with nothing after it.
 */
export function isOrgIdentifier(ref: string): boolean {
  if (!/^[A-Z]{2}-[A-Z0-9_]+-[A-Za-z0-9][A-Za-z0-9._/:-]*$/.test(ref)) return false;
  if (ref.startsWith('XM-')) return /^XM-(DAC|OCHA)-/.test(ref);
  return true;
}
