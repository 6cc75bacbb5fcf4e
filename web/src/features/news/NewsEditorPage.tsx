import { Button, Group, MultiSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { NEWS_BODY_MAX, NEWS_SUMMARY_MAX, NEWS_TITLE_MAX, newsInput, newsPath, type NewsInput } from '../../../../shared/news';
import { ApiRequestError } from '../../api/client';
import { createNews, getNews, setNewsCover, updateNews } from '../../api/news';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldErrors } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { notify } from '../../components/notify';
import { Page } from '../../components/Page';
import { validateWith } from '../../components/validation';
import { themeOptions } from '../authorities/labels';
import { readFile } from '../partners/fileReading';
import { CoverField, coverProblem } from './CoverField';
import { mayWriteNews } from './newsText';

interface Values extends Omit<NewsInput, 'coverImage'> {
  coverImage: string;
}
const EMPTY: Values = { titleTr: '', titleEn: '', summaryTr: '', summaryEn: '', bodyTr: '', bodyEn: '', themes: [], coverImage: '' };
const toBody = (v: Values): NewsInput => ({ ...v, coverImage: v.coverImage.trim() || null });

/** Write a new post (saved as a draft) or edit one; programme managers and admins only. */
export default function NewsEditorPage() {
  const { t } = useTranslation();
  const id = useParams().id;
  const navigate = useNavigate();
  const { user, loading } = useAuth();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [ready, setReady] = useState(!id);
  const [cover, setCover] = useState<File | null>(null);
  const form = useForm<Values>({ initialValues: EMPTY, validate: (v) => validateWith(newsInput, toBody(v), t) ?? {} });

  useEffect(() => {
    if (!id) return;
    const ctrl = new AbortController();
    getNews(id, ctrl.signal).then(
      (p) => {
        form.setValues({ titleTr: p.titleTr, titleEn: p.titleEn, summaryTr: p.summaryTr, summaryEn: p.summaryEn, bodyTr: p.bodyTr, bodyEn: p.bodyEn, themes: p.themes as Values['themes'], coverImage: p.coverImage ?? '' });
        setReady(true);
      },
      (e: unknown) => { if (!ctrl.signal.aborted) setError(e); },
    );
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once per id
  }, [id]);

  const title = t(id ? 'news.form.editTitle' : 'news.form.newTitle');
  if (loading) return <Loading />;
  if (!mayWriteNews(user)) return <Page title={title}><ErrorAlert error={new ApiRequestError(403, 'forbidden', '')} /></Page>;
  if (!ready && error === null) return <Loading />;

  const submit = async (values: Values) => {
    if (coverProblem(cover)) return;
    setSaving(true);
    setError(null);
    let savedId = id;
    try {
      const saved = id ? await updateNews(id, toBody(values)) : await createNews(toBody(values));
      savedId = saved.id;
      // The text is saved first: a refused image must not cost the writer their post.
      if (cover) await setNewsCover(saved.id, await readFile(cover));
      notify('teal', t('news.form.saved'));
      navigate(newsPath(saved.id));
    } catch (err) {
      // A new post that saved but whose image was refused continues as an edit of that post.
      if (savedId && savedId !== id) navigate(`/news/${savedId}/edit`, { replace: true });
      setError(err);
      if (err instanceof ApiRequestError && err.status === 400) form.setErrors(fieldErrors(err));
    } finally {
      setSaving(false);
    }
  };

  const field = (name: keyof Values, max: number, area = false) => {
    const props = { label: t(`news.form.${name}`), required: true, maxLength: max, ...form.getInputProps(name) };
    return area ? <Textarea autosize minRows={name.startsWith('body') ? 6 : 2} {...props} /> : <TextInput {...props} />;
  };

  return (
    <Page title={title} size="md">
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack gap="md">
          {error !== null && <ErrorAlert error={error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {field('titleTr', NEWS_TITLE_MAX)}
            {field('titleEn', NEWS_TITLE_MAX)}
            {field('summaryTr', NEWS_SUMMARY_MAX, true)}
            {field('summaryEn', NEWS_SUMMARY_MAX, true)}
            {field('bodyTr', NEWS_BODY_MAX, true)}
            {field('bodyEn', NEWS_BODY_MAX, true)}
          </SimpleGrid>
          <MultiSelect label={t('news.form.themes')} data={themeOptions(t)} searchable clearable {...form.getInputProps('themes')} />
          <CoverField current={form.values.coverImage} onRemove={() => form.setFieldValue('coverImage', '')} file={cover} onPick={setCover} />
          <Group>
            <Button type="submit" loading={saving}>{t(id ? 'news.form.save' : 'news.form.saveDraft')}</Button>
            <Button variant="default" onClick={() => navigate(id ? newsPath(id) : '/news')}>{t('common.cancel')}</Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
