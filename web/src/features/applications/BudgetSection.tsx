import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useGrantFormat } from '../grants/useGrantFormat';
import { BudgetTable } from './BudgetTable';
import { budgetGrid, indirectCap, setCell, yearsShown } from './budgetTable';
import { EditorSection } from './EditorSection';
import { EuroInput } from './EuroInput';
import { GrantFigures } from './GrantFigures';
import type { SectionProps } from './sectionProps';

/** The budget table, the requested grant, and the co-financing and rates the server computes from them. */
export function BudgetSection({ content, change, errors, view, call }: SectionProps) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const years = yearsShown(content.durationMonths, content.budget);
  const grid = budgetGrid(content.budget, years);
  const rules = call?.rules;
  return (
    <EditorSection id="app-budget" title={t('applications.budget.title')} hint={t('applications.budget.hint')}>
      <Stack gap="md">
        <BudgetTable lines={content.budget} years={years} errors={errors} onCell={(h, y, c) => change('budget', setCell(content.budget, h, y, c))} />
        {rules && (
          <Text size="sm">
            {t('applications.budget.indirectCap', { rate: fmt.percent(rules.maxIndirectBp), amount: fmt.money(indirectCap(grid.directCents, rules.maxIndirectBp)) })}
          </Text>
        )}
        {errors['app-budget'] && <Text size="sm" c="red.9">{errors['app-budget']}</Text>}
        <EuroInput id="app-requestedGrant" label={t('applications.fields.requestedGrant')} maw={320} cents={content.requestedGrantCents}
          description={rules ? t('applications.budget.grantRange', { min: fmt.money(rules.minGrantCents), max: fmt.money(rules.maxGrantCents) }) : undefined}
          onCents={(c) => change('requestedGrantCents', c)} error={errors['app-requestedGrant']} />
        <GrantFigures budget={view.budget} call={call} />
      </Stack>
    </EditorSection>
  );
}
