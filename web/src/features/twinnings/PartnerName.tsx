import type { z } from 'zod';
import type { twinningPartner } from '../../../../shared/twinnings';
import { useFormat } from '../../i18n/format';
import { AuthorityLabel } from '../authorities/AuthorityLabel';

export type Partner = z.infer<typeof twinningPartner>;

/** The country of a twinning side: its name in the UI language, else what the source said. */
export function usePartnerCountry() {
  const fmt = useFormat();
  return (p: Partner) => (p.country ? fmt.country(p.country) : (p.countryName ?? ''));
}

/**
 * A side's name as the directory and every other page show it (AuthorityLabel): a link to its
 * profile when it is in the directory, else plain text (an external partner).
 */
export function PartnerName({ partner, fw = 600 }: { partner: Partner; fw?: number }) {
  return <AuthorityLabel authority={partner} fw={fw} />;
}
