import { ActionIcon, Group, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NamedAuthority } from '../../../../shared/authorityNames';
import { getAuthority } from '../../api/authorities';
import { useFormat } from '../../i18n/format';
import { AuthorityPicker } from '../accounts/AuthorityPicker';
import { useNames } from '../authorities/useNames';

/** The most authorities an entry links (the contract's limit). */
export const MAX_AUTHORITIES = 20;

type Known = NamedAuthority & { country: string };

/** The directory's names of these codes, loaded once each (a code the directory does not know stays a code). */
export function useAuthorityNames(codes: readonly string[]): Record<string, Known> {
  const [known, setKnown] = useState<Record<string, Known>>({});
  const missing = codes.filter((c) => !(c in known)).join(',');
  useEffect(() => {
    if (!missing) return;
    const ctrl = new AbortController();
    for (const code of missing.split(',')) {
      getAuthority(code, ctrl.signal).then(
        (a) => setKnown((k) => ({ ...k, [code]: { code, name: a.name, nameLatin: a.nameLatin, country: a.country } })),
        () => undefined,
      );
    }
    return () => ctrl.abort();
  }, [missing]);
  return known;
}

interface Props {
  codes: string[];
  onChange: (codes: string[]) => void;
  /** Translated problems by field path (`authorityCodes.0`…), from the server's answer. */
  errors: Record<string, string>;
}

/** The authorities an entry comes from, by name: a list with remove buttons and a search field to add one. */
export function LinkedAuthorities({ codes, onChange, errors }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const names = useNames();
  const known = useAuthorityNames(codes);
  const nameOf = (code: string) => (known[code] ? names.text(known[code]) : code);
  return (
    <Stack gap="xs" component="section" aria-labelledby="linked-authorities">
      <Text fw={500} size="sm" id="linked-authorities">{t('library.propose.authorities')}</Text>
      {codes.length === 0 ? <Text size="sm" c="dimmed">{t('library.propose.noAuthorities')}</Text> : (
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="linked-authorities">
          {codes.map((code, i) => (
            <li key={code}>
              <Group gap="sm" wrap="nowrap" justify="space-between">
                <div>
                  <Text size="sm">{nameOf(code)}</Text>
                  {known[code] && <Text size="xs" c="dimmed">{fmt.country(known[code].country)}</Text>}
                  {errors[`authorityCodes.${i}`] && <Text size="sm" c="red.9">{errors[`authorityCodes.${i}`]}</Text>}
                </div>
                <ActionIcon variant="subtle" color="red.9" aria-label={t('library.propose.removeAuthority', { name: nameOf(code) })} onClick={() => onChange(codes.filter((c) => c !== code))}>
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {codes.length < MAX_AUTHORITIES && (
        // Keyed by the count: a fresh, empty search field after each authority added.
        <AuthorityPicker key={codes.length} label={t('library.propose.addAuthority')} description={t('library.propose.authoritiesHelp')} value={null}
          onChange={(code) => { if (code && !codes.includes(code)) onChange([...codes, code]); }} />
      )}
    </Stack>
  );
}
