import { Anchor, Badge, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerRequest } from '../../../../shared/matching';
import { currentLang } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { AuthorityLabel } from '../authorities/AuthorityLabel';
import { themeLabel, typeLabel } from '../authorities/labels';
import { requestDescription } from './requestText';

interface Props {
  request: PartnerRequest;
  actions?: ReactNode;
  /** In the board's list (its title links to the request's page, where comments are), or the page itself. */
  as?: 'li' | 'article';
}

/** A partner request: authority, title, themes, what kind of partner it looks for, timeframe and description. */
export function RequestCard({ request: r, actions, as = 'li' }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const d = requestDescription(r, currentLang());
  const titleId = `req-${r.id}`;
  const [min, max] = [r.minPopulation, r.maxPopulation].map((n) => (n === null ? null : fmt.num(n)));
  const population = min && max ? t('partners.requests.populationBetween', { min, max }) : min ? t('partners.requests.populationFrom', { min }) : max ? t('partners.requests.populationUpTo', { max }) : null;
  return (
    <Paper component={as} withBorder radius="md" p="md" aria-labelledby={titleId}>
      <Group justify="space-between" gap="xs" align="flex-start">
        <div>
          <Text span size="sm"><AuthorityLabel authority={r.authority} /></Text>
          <Text span size="sm" c="dimmed"> · {fmt.country(r.authority.country)}</Text>
        </div>
        <Group gap={6}>
          {r.demo && <Badge variant="light" color="yellow" title={t('partners.requests.demoHint')}>{t('partners.requests.demo')}</Badge>}
          {r.status === 'closed' && <Badge color="gray" variant="light">{t('partners.requests.status.closed')}</Badge>}
        </Group>
      </Group>
      <Title order={3} size="h4" mt={4} id={titleId}>
        {as === 'li' ? <Anchor component={Link} to={`/partners/requests/${encodeURIComponent(r.id)}`} inherit>{r.title}</Anchor> : r.title}
      </Title>
      <Group gap={6} mt="xs">
        {r.themes.map((theme) => <Badge key={theme} variant="light">{themeLabel(t, theme)}</Badge>)}
      </Group>
      <dl className="facts" style={{ marginTop: 'var(--mantine-spacing-xs)' }}>
        <dt>{t('partners.requests.targetCountries')}</dt>
        <dd>{r.targetCountries.length ? r.targetCountries.map((c) => fmt.country(c)).join(', ') : t('partners.requests.anyCountry')}</dd>
        {r.authorityTypes.length > 0 && (<><dt>{t('partners.form.authorityTypes')}</dt><dd>{r.authorityTypes.map((x) => typeLabel(t, x)).join(', ')}</dd></>)}
        {population && (<><dt>{t('partners.requests.population')}</dt><dd>{population}</dd></>)}
        {r.languages.length > 0 && (<><dt>{t('partners.form.languages')}</dt><dd>{r.languages.map((x) => fmt.language(x)).join(', ')}</dd></>)}
        {r.timeframe && (<><dt>{t('partners.requests.timeframe')}</dt><dd>{r.timeframe}</dd></>)}
        <dt>{t('partners.requests.published')}</dt>
        <dd>{fmt.date(r.createdAt)}</dd>
      </dl>
      {d.fallback && d.text && <Text size="xs" c="dimmed" mt="xs">{t('profile.onlyOtherLanguage', { language: fmt.language(d.lang) })}</Text>}
      {d.text && <Text mt={4} lang={d.lang} style={{ whiteSpace: 'pre-line' }} lineClamp={6}>{d.text}</Text>}
      {actions && <Group gap="xs" mt="sm">{actions}</Group>}
    </Paper>
  );
}
