import { Grid, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitApplication, type ApplicationView } from '../../api/applications';
import { ApiRequestError } from '../../api/client';
import type { CallView } from '../../api/grants';
import { notify } from '../../components/notify';
import { useFormat } from '../../i18n/format';
import { ActivitiesSection } from './ActivitiesSection';
import { AttachmentsSection } from './AttachmentsSection';
import { BudgetSection } from './BudgetSection';
import { unsendable } from './draft';
import { GeneralSection } from './GeneralSection';
import { IndicatorsSection } from './IndicatorsSection';
import { PartnersSection } from './PartnersSection';
import { ProblemsPanel } from './ProblemsPanel';
import { problemsOfError, showProblem, type AppProblem, type ShownProblem } from './problemsText';
import { SaveStatus } from './SaveStatus';
import type { SectionProps } from './sectionProps';
import { SubmitPanel } from './SubmitPanel';
import { TextListSection } from './TextListSection';
import { useDraft } from './useDraft';

/** Messages by element id, the first per field; "required" only once a submission was tried (the panel lists them). */
function errorsById(problems: ShownProblem[], codes: AppProblem[], all: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  problems.forEach((p, i) => {
    if (p.anchor && (all || codes[i]!.code !== 'required')) out[p.anchor] ??= p.message;
  });
  return out;
}

/** The lead's draft: every section with autosave, what is missing, submit and withdraw. */
export function DraftEditor({ initial, call, onChanged }: { initial: ApplicationView; call: CallView | null; onChanged: (v: ApplicationView) => void }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const draft = useDraft(initial);
  const { view, content } = draft;
  const [refused, setRefused] = useState<AppProblem[] | null>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { refresh } = draft;

  // Coming back to the tab reads the live problems again (a partner may have confirmed meanwhile).
  useEffect(() => {
    const onFocus = () => void refresh().catch(() => undefined);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refresh]);

  // Problems name budget lines and partners by index in the server's last reading.
  const ctx = { budget: view.content.budget, partners: view.partners };
  const live = view.problems.map((p) => showProblem(p, t, locale, ctx));
  const refusedShown = refused?.map((p) => showProblem(p, t, locale, ctx)) ?? null;
  const errors = errorsById([...(refusedShown ?? []), ...live], [...(refused ?? []), ...view.problems], tried);

  const submit = async () => {
    setBusy(true);
    setError(null);
    setRefused(null);
    setTried(true);
    try {
      await draft.flush();
      if (!draft.isSaved()) return;
      const submitted = await submitApplication(view.id);
      notify('teal', t('applications.submit.done', { reference: submitted.reference, version: submitted.version }));
      draft.replace(submitted);
      onChanged(submitted);
    } catch (err) {
      if (err instanceof ApiRequestError && err.status === 400 && err.fields.length > 0) {
        setRefused(problemsOfError(err.fields));
        void refresh().catch(() => undefined);
      } else setError(err);
    } finally {
      setBusy(false);
    }
  };

  const props: SectionProps = { content, change: draft.change, errors, held: unsendable(content), view, call };
  return (
    <Grid gutter="xl">
      <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
        <Stack gap="md">
          <SaveStatus state={draft.state} onRetry={() => void draft.flush()} onReload={draft.reload} />
          <ProblemsPanel live={live} refused={refusedShown} onRefresh={refresh} />
          <SubmitPanel view={view} busy={busy} error={error} onSubmit={() => void submit()} onWithdrawn={onChanged} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
        <Stack gap="lg">
          <GeneralSection {...props} />
          <TextListSection {...props} field="objectives" />
          <ActivitiesSection {...props} />
          <TextListSection {...props} field="expectedResults" />
          <IndicatorsSection {...props} />
          <BudgetSection {...props} />
          <PartnersSection view={view} onView={draft.setView} errors={errors} />
          <AttachmentsSection applicationId={view.id} editable />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
