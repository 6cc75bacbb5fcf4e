/**
 * The organisations an IATI activity of the grant scheme names, and the check of an organisation
 * identifier. Pure: the publisher's identifier comes from configuration (IATI_PUBLISHER_REF).
 */

/** An organisation as IATI names it; `ref` null when it has no registered identifier. */
export interface IatiOrg {
  ref: string | null;
  name: string;
  /** IATI OrganisationType code: 10 government, 11 local government, 40 multilateral, ... */
  type: string;
}

/**
 * The funder: the European Union, through the Commission's Directorate-General for Neighbourhood and
 * Enlargement Negotiations, which manages IPA funds for Türkiye. `XI-IATI-EC_NEAR` is its identifier
 * in the IATI Organisation Identifier list (prefix XI-IATI, kept by the IATI Secretariat; see
 * org-id.guide/list/XI-IATI and the IATI-Codelists IATIOrganisationIdentifier list, where it reads
 * "European Commission - Neighbourhood and Enlargement Negotiations"; the identifier checked with the
 * search tool). Type 15, "Other Public Sector" (IATI OrganisationType codelist, IATI-Codelists-NonEmbedded
 * xml/OrganisationType.xml, where 40 is "Multilateral"): the type the Commission gives itself in its own
 * IATI data (an EC DEVCO activity file of 2019, standard 2.02, declares `reporting-org
 * ref="XI-IATI-EC_DEVCO" type="15"` and its funding and extending participating-org with type 15). The
 * earlier 40 rested on the DAC counting member states' contributions to the EU as multilateral aid,
 * but the EU institutions report to the DAC as a member in their own right; no stored source showed
 * the Commission publishing itself as 40. The type is not in the 2.03 schema, so both validate.
 */
export const EU_FUNDER: IatiOrg = {
  ref: 'XI-IATI-EC_NEAR',
  name: 'European Commission - Neighbourhood and Enlargement Negotiations',
  type: '15',
};

/**
 * The contracting authority, which signs the grant contracts and pays them out of the EU's funds
 * (IATI role 3, "extending"). Under IPA indirect management in Türkiye that is the Central Finance and
 * Contracts Unit (CFCU); it has no identifier on a registration list IATI recognises, so none is invented.
 */
export const CONTRACTING_AUTHORITY: IatiOrg = {
  ref: null,
  name: 'Central Finance and Contracts Unit (CFCU) / Merkezi Finans ve İhale Birimi',
  type: '10',
};

export { DEFAULT_PUBLISHER_REF, isOrgIdentifier } from '../../../../shared/iati';
export const PUBLISHER_NAME = 'TwinBridge — Town Twinning between Turkey and the EU';
