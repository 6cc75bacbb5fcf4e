import { Alert, Anchor, Breadcrumbs, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { CallRules } from '../../../../shared/grants';
import { ApiRequestError } from '../../api/client';
import { createCall, getCall, getProgramme, updateCall } from '../../api/grants';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { notify } from '../../components/notify';
import { Page } from '../../components/Page';
import { SignInPrompt } from '../partners/SignInPrompt';
import { useLoad } from '../partners/useLoad';
import { defaultCallValues } from './callDefaults';
import { relocalise, toBody, toValues, typedSectionMax, type CallValues, type RulesValues } from './callForm';
import { DatesSection } from './DatesSection';
import { EditorSection, Frozen, sliceKey } from './editorFields';
import { EligibilitySection } from './EligibilitySection';
import { EvaluationSection } from './EvaluationSection';
import { GridBuilder } from './GridBuilder';
import { managesGrants, titleOf } from './labels';
import { MoneySection } from './MoneySection';
import { conflictErrors, fieldLabel, formErrors, lockedFields, problemText } from './problems';
import { localErrors, requiredErrors } from './editorChecks';
import { useGrantFormat } from './useGrantFormat';

// The rules fields of each part of the editor (a part renders again only when they change).
const MONEY_FIELDS = ['budgetCents', 'minGrantCents', 'maxGrantCents', 'minCoFinancingBp', 'maxIndirectBp', 'preFinancingBp', 'minEuShareBp'] as const;
const ELIGIBILITY_FIELDS = ['themes', 'leadTypes', 'leadCountries', 'partnerCountries', 'minPartners', 'maxDurationMonths', 'minDurationMonths', 'excludedAuthorities'] as const;
const DATE_FIELDS = ['opensAt', 'deadlineAt', 'fullDeadlineAt', 'twoStage'] as const;
const EVALUATION_FIELDS = ['assessorsPerApplication', 'divergenceThreshold', 'excludeSameCountryAssessors', 'sameCountryExclusion', 'twoStage', 'amountChangeLimitBp', 'tieBreaks', 'tieBreakSection', 'preSelectionThreshold', 'reserveValidMonths'] as const;

/** The call editor: a new call of a programme (`mode` new, :id the programme) or an existing call (:id the call). */
export default function CallEditorPage({ mode }: { mode: 'new' | 'edit' }) {
  const { t, i18n } = useTranslation();
  const fmt = useGrantFormat();
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const { user, loading } = useAuth();
  const [programmeId, setProgrammeId] = useState(mode === 'new' ? id : '');
  const [status, setStatus] = useState<string | null>(mode === 'new' ? 'draft' : null);
  const [stored, setStored] = useState<CallRules | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // The programme's name for the breadcrumbs and what its envelope still holds for calls.
  const programme = useLoad(programmeId ? (sig) => getProgramme(programmeId, sig) : null, programmeId);
  const form = useForm<CallValues>({ initialValues: defaultCallValues(new Date(), fmt.locale), validate: (v) => requiredErrors(v, mode, t) });

  useEffect(() => {
    if (mode !== 'edit') return;
    const ctrl = new AbortController();
    getCall(id, ctrl.signal).then((c) => {
      const values = { reference: c.reference, titleEn: c.titleEn, titleTr: c.titleTr, rules: toValues(c.rules, fmt.locale) };
      form.setValues(values);
      form.resetDirty(values);
      setProgrammeId(c.programmeId);
      setStatus(c.status);
      setStored(c.rules);
    }, (e: unknown) => { if (!ctrl.signal.aborted) setError(e); });
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once per call
  }, [id, mode]);

  // Amounts typed in one language's number style are rewritten when the language switches.
  const shownLocale = useRef(fmt.locale);
  useEffect(() => {
    if (shownLocale.current === fmt.locale) return;
    form.setFieldValue('rules', relocalise(form.getValues().rules, shownLocale.current, fmt.locale));
    shownLocale.current = fmt.locale;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a language switch only
  }, [fmt.locale]);

  const title = t(mode === 'new' ? 'grants.editor.newTitle' : 'grants.editor.editTitle');
  if (loading) return <Loading />;
  if (!managesGrants(user)) return <Page title={title}><SignInPrompt message={t('grants.editor.managersOnly')} /></Page>;
  if (status === null) return error !== null ? <Page title={title}><ErrorAlert error={error} /></Page> : <Loading />;
  const published = status !== 'draft';

  // Take the manager to the first marked input, else to the summary above the buttons.
  const showProblems = () =>
    requestAnimationFrame(() => {
      const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (first) first.focus();
      else alertRef.current?.scrollIntoView({ block: 'center' });
    });

  const failed = (err: unknown) => {
    setError(err);
    if (err instanceof ApiRequestError && err.status === 400) form.setErrors(formErrors(err.fields, t, fmt.locale));
    if (err instanceof ApiRequestError && err.status === 409) form.setErrors(conflictErrors(err, t));
    showProblems();
  };

  const submit = async (values: CallValues) => {
    const converted = toBody(values, fmt.locale, stored);
    if (!converted.body) {
      form.setErrors(localErrors(converted.problems, t));
      showProblems();
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const { reference: _reference, ...rest } = converted.body;
      const saved = mode === 'new' ? await createCall(programmeId, converted.body) : await updateCall(id, rest);
      notify('teal', t('grants.editor.saved', { title: titleOf(i18n.language, saved) }));
      navigate(`/grants/calls/${saved.id}`);
    } catch (err) {
      failed(err);
    } finally {
      setSaving(false);
    }
  };

  const r = form.getValues().rules;
  const part = (keys: readonly (keyof RulesValues)[], extra?: unknown) =>
    sliceKey([keys.map((k) => r[k]), extra, published], form.errors, keys.map((k) => `rules.${k}`));
  const fields = error instanceof ApiRequestError ? error.fields.map((f) => ({ label: fieldLabel(f.path, t), message: problemText(f, t, fmt.locale) })) : [];
  const locked = error instanceof ApiRequestError && error.status === 409 ? lockedFields(error.message).map((p) => fieldLabel(p, t)) : [];
  const cancelTo = mode === 'new' ? `/grants/programmes/${programmeId}` : `/grants/calls/${id}`;

  return (
    <Page title={title} intro={t(published ? 'grants.editor.publishedIntro' : 'grants.editor.intro')}>
      <Breadcrumbs mt={-12} mb="lg">
        <Anchor component={Link} to="/grants" size="sm" underline="hover">{t('grants.home.title')}</Anchor>
        {programmeId && <Anchor component={Link} to={`/grants/programmes/${programmeId}`} size="sm" underline="hover">{programme.data ? titleOf(i18n.language, programme.data) : t('grants.programme.heading')}</Anchor>}
        <Text size="sm">{title}</Text>
      </Breadcrumbs>
      <form ref={formRef} onSubmit={form.onSubmit((v) => void submit(v), showProblems)} noValidate>
        <Stack gap="lg">
          <EditorSection legend={t('grants.editor.general')} disabled={published}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('grants.editor.fields.reference')} description={t('grants.editor.referenceHint')} required maxLength={40} disabled={mode === 'edit'}
                {...form.getInputProps('reference')} onChange={(e) => form.setFieldValue('reference', e.currentTarget.value.toUpperCase())} />
              <TextInput label={t('grants.editor.fields.titleEn')} lang="en" required maxLength={300} {...form.getInputProps('titleEn')} />
              <TextInput label={t('grants.editor.fields.titleTr')} lang="tr" required maxLength={300} {...form.getInputProps('titleTr')} />
            </SimpleGrid>
          </EditorSection>
          {programme.data && (
            <Text size="sm" data-testid="envelope-left">
              {t('grants.editor.envelopeLeft', { envelope: fmt.money(programme.data.ledger.totalCents), left: fmt.money(programme.data.ledger.unallottedCents) })}
            </Text>
          )}
          <Frozen deps={part(MONEY_FIELDS)}><MoneySection form={form} locked={published} /></Frozen>
          <Frozen deps={part(ELIGIBILITY_FIELDS)}><EligibilitySection form={form} locked={published} /></Frozen>
          <Frozen deps={part(DATE_FIELDS)}><DatesSection form={form} published={published} /></Frozen>
          <GridBuilder form={form} locked={published} />
          <Frozen deps={part(EVALUATION_FIELDS, [r.grid.sections.map((s) => [s.key, s.titleEn, s.titleTr]), r.conceptGrid.sections.map(typedSectionMax)])}>
            <EvaluationSection form={form} locked={published} />
          </Frozen>
          {r.twoStage && <GridBuilder form={form} locked={published} path="conceptGrid" />}
          <div ref={alertRef}>
            {error !== null && <ErrorAlert error={error} fields={fields} />}
            {locked.length > 0 && <Alert color="yellow" mt="xs" title={t('grants.editor.lockedTitle')}>{locked.join(', ')}</Alert>}
          </div>
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={cancelTo}>{t('common.cancel')}</Button>
            <Button type="submit" loading={saving}>{t(mode === 'new' ? 'grants.editor.create' : 'common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
