import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { newCriterion, newSection, typedSectionMax, type GridPath, type SectionValues } from './callForm';
import { EditorSection, type CallForm } from './editorFields';

interface RowProps {
  form: CallForm;
  path: GridPath;
  section: SectionValues;
  si: number;
}

/** The concept grid's criterion keys start with `concept_`, as PRAG's default grid has them. */
const KEY_PREFIX: Record<GridPath, string> = { grid: '', conceptGrid: 'concept_' };
/** The words of the builder's own labels: the concept grid names itself, so no two buttons read alike. */
const words = (path: GridPath) => (key: string) => (path === 'grid' ? `grants.editor.${key}` : `grants.editor.concept.${key}`);

function CriterionRows({ form, path, section, si }: RowProps) {
  const { t } = useTranslation();
  const w = words(path);
  const at = `rules.${path}.sections.${si}.criteria`;
  return (
    <Stack gap="xs">
      {section.criteria.map((c, ci) => {
        const n = `${si + 1}.${ci + 1}`;
        return (
          <Group key={c.uid} align="flex-end" gap="xs" wrap="wrap" role="group" aria-label={t(w('criterionN'), { n })}>
            <Text size="sm" fw={600} w={36} pb={8} aria-hidden>{n}</Text>
            <TextInput label={t('grants.editor.fields.titleEn')} lang="en" required style={{ flex: '1 1 220px' }} {...form.getInputProps(`${at}.${ci}.titleEn`)} />
            <TextInput label={t('grants.editor.fields.titleTr')} lang="tr" required style={{ flex: '1 1 220px' }} {...form.getInputProps(`${at}.${ci}.titleTr`)} />
            <NumberInput label={t('grants.editor.fields.maxScore')} required min={1} max={100} allowDecimal={false} w={110} {...form.getInputProps(`${at}.${ci}.maxScore`)} />
            <NumberInput label={t('grants.editor.fields.weight')} required min={1} max={10} allowDecimal={false} w={100} {...form.getInputProps(`${at}.${ci}.weight`)} />
            <ActionIcon variant="subtle" color="red" size="lg" mb={2} disabled={section.criteria.length <= 1}
              aria-label={t(w('removeCriterion'), { n })} onClick={() => form.removeListItem(at, ci)}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
            <Group gap="xs" wrap="wrap" w="100%" pl={44}>
              <Textarea label={t('grants.editor.fields.guidanceEn')} lang="en" autosize minRows={1} style={{ flex: '1 1 220px' }} {...form.getInputProps(`${at}.${ci}.guidanceEn`)} />
              <Textarea label={t('grants.editor.fields.guidanceTr')} lang="tr" autosize minRows={1} style={{ flex: '1 1 220px' }} {...form.getInputProps(`${at}.${ci}.guidanceTr`)} />
            </Group>
          </Group>
        );
      })}
      <Group>
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem(at, newCriterion(section.key, form.getValues().rules[path].sections, KEY_PREFIX[path]))}>
          {t(w('addCriterion'), { n: si + 1 })}
        </Button>
      </Group>
    </Stack>
  );
}

interface CardProps extends RowProps {
  count: number;
  /** This section's error messages (JSON), so a card re-renders when they change. */
  errors: string;
}

function SectionCard({ form, path, section, si, count }: CardProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const w = words(path);
  const at = `rules.${path}.sections.${si}`;
  const headingId = `grid-edit-${section.uid}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id={headingId}>
          {t(w('sectionN'), { n: si + 1, max: fmt.num(typedSectionMax(section)) })}
        </Title>
        <Button variant="subtle" color="red" size="xs" leftSection={<IconTrash size={16} aria-hidden />} disabled={count <= 1}
          onClick={() => form.removeListItem(`rules.${path}.sections`, si)}>
          {t(w('removeSection'), { n: si + 1 })}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="sm">
        <TextInput label={t('grants.editor.fields.titleEn')} lang="en" required {...form.getInputProps(`${at}.titleEn`)} />
        <TextInput label={t('grants.editor.fields.titleTr')} lang="tr" required {...form.getInputProps(`${at}.titleTr`)} />
        <NumberInput label={t('grants.editor.fields.threshold')} description={t('grants.editor.thresholdHint')} min={0} allowDecimal={false}
          {...form.getInputProps(`${at}.threshold`)} />
        <Checkbox mt={{ base: 0, sm: 32 }} label={t('grants.editor.fields.eliminatory')} description={t('grants.editor.eliminatoryHint')}
          {...form.getInputProps(`${at}.eliminatory`, { type: 'checkbox' })} />
      </SimpleGrid>
      <CriterionRows form={form} path={path} section={section} si={si} />
    </Paper>
  );
}

/** The form's errors under one section, as a comparable string. */
function sectionErrors(errors: Record<string, unknown>, path: GridPath, si: number): string {
  const prefix = `rules.${path}.sections.${si}.`;
  return JSON.stringify(Object.entries(errors).filter(([k]) => k.startsWith(prefix)));
}

// Typing anywhere re-renders the whole controlled form (Mantine clones its values on every change):
// a section card renders again only when its own values or errors changed. Its handlers stay valid,
// since the form's setters are stable and read the current values.
const MemoSectionCard = memo(SectionCard, (a, b) =>
  a.path === b.path && a.si === b.si && a.count === b.count && a.errors === b.errors && JSON.stringify(a.section) === JSON.stringify(b.section));

/**
 * An evaluation grid: sections with threshold and eliminatory flag, their criteria, and the overall
 * threshold. The same builder edits a two-stage call's concept-note grid, whose notes go on by the
 * pre-selection threshold instead (set with the stage settings).
 */
export function GridBuilder({ form, locked, path = 'grid' }: { form: CallForm; locked: boolean; path?: GridPath }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const w = words(path);
  const sections = form.getValues().rules[path].sections;
  const total = sections.reduce((sum, s) => sum + typedSectionMax(s), 0);
  return (
    <EditorSection legend={t(w('grid'))} disabled={locked}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">{t(w('gridHint'))}</Text>
        {sections.map((s, si) => <MemoSectionCard key={s.uid} form={form} path={path} section={s} si={si} count={sections.length} errors={sectionErrors(form.errors, path, si)} />)}
        <Group justify="space-between" align="flex-end">
          <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => form.insertListItem(`rules.${path}.sections`, newSection(sections, KEY_PREFIX[path]))}>
            {t(w('addSection'))}
          </Button>
          {path === 'grid' ? (
            <NumberInput label={t('grants.editor.overallThreshold')} description={t('grants.editor.gridMax', { max: fmt.num(total) })} required min={0}
              allowDecimal={false} w={260} {...form.getInputProps('rules.grid.overallThreshold')} />
          ) : (
            // Concept notes go on by the pre-selection threshold (with the stage settings above), not by an overall threshold.
            <Text size="sm" fw={600}>{t('grants.editor.concept.total', { max: fmt.num(total) })}</Text>
          )}
        </Group>
      </Stack>
    </EditorSection>
  );
}
