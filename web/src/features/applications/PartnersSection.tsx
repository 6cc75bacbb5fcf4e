import { ActionIcon, Group, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setPartners, type ApplicationView } from '../../api/applications';
import { ApiRequestError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../i18n/format';
import { AuthorityPicker } from '../accounts/AuthorityPicker';
import { PartnerStateBadge } from './badges';
import { EditorSection } from './EditorSection';
import { partnerId } from './fieldAnchors';
import { problemsOfError, showProblem } from './problemsText';

interface Props {
  view: ApplicationView;
  /** Given for the lead's draft: partners can be added and removed. */
  onView?: (view: ApplicationView) => void;
  errors?: Record<string, string>;
}

/** The partner authorities with their confirmation state; the lead adds them from the directory. */
export function PartnersSection({ view, onView, errors = {} }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const codes = view.partners.map((p) => p.code);

  const save = async (next: string[]) => {
    if (!onView) return;
    setBusy(true);
    setError(null);
    try {
      onView(await setPartners(view.id, next));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const fields = error instanceof ApiRequestError
    ? problemsOfError(error.fields).map((p) => showProblem(p, t, fmt.locale, { budget: [], partners: [] })).map((p) => ({ label: p.label, message: p.message }))
    : [];
  return (
    <EditorSection id="app-partners" title={t('applications.partners.title')} hint={t(onView ? 'applications.partners.hint' : 'applications.partners.readHint')}>
      <Stack gap="sm">
        {view.partners.length === 0 && <Text size="sm" c="dimmed">{t('applications.partners.none')}</Text>}
        {view.partners.length > 0 && (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {view.partners.map((p) => (
              <li key={p.code} id={partnerId(p.code)} tabIndex={-1}>
                <Group gap="sm" wrap="nowrap" justify="space-between">
                  <div>
                    <Text fw={500}>{p.name}</Text>
                    <Text size="xs" c="dimmed">{fmt.country(p.country)}{p.confirmedAt ? ` · ${t('applications.partners.confirmedOn', { date: fmt.date(p.confirmedAt) })}` : ''}</Text>
                    {errors[partnerId(p.code)] && <Text size="sm" c="red.9">{errors[partnerId(p.code)]}</Text>}
                  </div>
                  <Group gap="xs" wrap="nowrap">
                    <PartnerStateBadge state={p.state} />
                    {onView && (
                      <ActionIcon variant="subtle" color="red.9" disabled={busy} aria-label={t('applications.partners.remove', { name: p.name })}
                        onClick={() => void save(codes.filter((c) => c !== p.code))}>
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    )}
                  </Group>
                </Group>
              </li>
            ))}
          </Stack>
        )}
        {errors['app-partners'] && <Text size="sm" c="red.9">{errors['app-partners']}</Text>}
        {error !== null && <ErrorAlert error={error} fields={fields} />}
        {onView && (
          <AuthorityPicker label={t('applications.partners.add')} description={t('applications.partners.addHint')} value={null}
            onChange={(code) => { if (code && !codes.includes(code)) void save([...codes, code]); }} />
        )}
      </Stack>
    </EditorSection>
  );
}
