import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { NamedAuthority } from '../../../../shared/authorityNames';
import { nativeLang, useNames } from './useNames';

interface Props {
  authority: NamedAuthority & { country?: string | null };
  /** Link to the profile when the authority has a code (default). */
  link?: boolean;
  fw?: number;
}

/**
 * An authority's name as every page shows it: the name for the reader (Selanik for a Turkish reader,
 * Thessaloníki for an English one), then the national name in dimmed text where it differs.
 */
export function AuthorityLabel({ authority, link = true, fw = 600 }: Props) {
  const names = useNames();
  const { label, native } = names.parts(authority);
  const main =
    link && authority.code ? (
      <Anchor component={Link} to={`/authorities/${encodeURIComponent(authority.code)}`} fw={fw} fz="inherit">
        {label}
      </Anchor>
    ) : (
      <Text span fw={fw} fz="inherit">
        {label}
      </Text>
    );
  return (
    <>
      {main}
      {native && (
        <Text span c="dimmed" fz="sm" lang={nativeLang(authority.country)}>
          {' '}({native})
        </Text>
      )}
    </>
  );
}
