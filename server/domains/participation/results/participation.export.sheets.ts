import { STAKEHOLDER_GROUPS, type Question, type RespondentSide, type Results, type StakeholderGroup } from '../../../../shared/participation';
import { sheet, type Column, type Sheet } from '../../../platform/exports';
import { exportWords, type ExportLang, type ExportWords } from './participation.export.words';

/*
 * A consultation's results as spreadsheet sheets (pure): the same figures as the results API, with
 * question prompts, options and groups in the reader's language. Free text comes as its own sheet,
 * for those who manage the consultation only, with no identity and not in the order of responses.
 */

type QuestionResult = Results['questions'][number];
type OptionResult = QuestionResult['options'][number];
type StatementResult = Results['statements'][number];

/** A free-text answer as the export shows it: what was asked and said, by which group and side. */
export interface FreeTextAnswer {
  questionId: string;
  text: string;
  group: StakeholderGroup;
  side: RespondentSide;
}

/** Text in the reader's language, or the other one where only that was written. */
export const inLang = (t: { tr: string; en: string }, lang: ExportLang) => (lang === 'tr' ? t.tr || t.en : t.en || t.tr);

/** The groups that answered, in the usual order: each gets its own column. */
export const answeringGroups = (r: Results): StakeholderGroup[] => STAKEHOLDER_GROUPS.filter((g) => r.groups.some((c) => c.group === g));

const CHOICES = new Set(['single', 'multiple', 'ranking']);
const yesNo = (w: ExportWords, b: boolean) => (b ? w.yes : w.no);

/** One line of the questions sheet: an option, the mean of a scale, or a question without options. */
interface QuestionLine {
  q: Question;
  res: QuestionResult;
  option: OptionResult | null;
  label: string;
  isMean: boolean;
}

/** The option's label; a scale's options are its values '1'…'5'. */
function optionLabel(q: Question, id: string, lang: ExportLang): string {
  const o = q.options.find((x) => x.id === id);
  return o ? inLang(o.label, lang) : id;
}

/** A question's lines: one per option, then its mean for a scale; a question without options has one line. */
export function questionLines(questions: readonly Question[], r: Results, lang: ExportLang): QuestionLine[] {
  const w = exportWords(lang);
  return r.questions.flatMap((res) => {
    const q = questions.find((x) => x.id === res.id);
    if (!q) return [];
    const lines: QuestionLine[] = res.options.map((o) => ({ q, res, option: o, label: optionLabel(q, o.id, lang), isMean: false }));
    if (q.kind === 'scale') lines.push({ q, res, option: null, label: w.mean, isMean: true });
    return lines.length ? lines : [{ q, res, option: null, label: '', isMean: false }];
  });
}

function questionColumns(r: Results, lang: ExportLang): Column<QuestionLine>[] {
  const w = exportWords(lang);
  const perGroup = answeringGroups(r).map((g): Column<QuestionLine> => ({
    header: w.byGroupOf(w.groups[g]),
    value: (l) => {
      const b = l.res.byGroup.find((x) => x.group === g);
      if (!b) return null;
      return l.isMean ? b.mean : l.option ? (b.shares[l.option.id] ?? null) : null;
    },
  }));
  return [
    { header: w.questionId, value: (l) => l.q.id },
    { header: w.question, value: (l) => inLang(l.q.prompt, lang) },
    { header: w.kind, value: (l) => w.kinds[l.q.kind] },
    { header: w.answered, value: (l) => l.res.answered },
    { header: w.option, value: (l) => l.label },
    { header: w.raw, value: (l) => l.option?.raw ?? null },
    { header: w.rawShare, value: (l) => l.option?.rawShare ?? null },
    { header: w.balancedShare, value: (l) => l.option?.balancedShare ?? null },
    { header: w.borda, value: (l) => l.option?.borda ?? null },
    { header: w.balancedBorda, value: (l) => l.option?.balancedBorda ?? null },
    { header: w.mean, value: (l) => (l.isMean ? l.res.mean : null) },
    { header: w.balancedMean, value: (l) => (l.isMean ? l.res.balancedMean : null) },
    { header: w.differs, value: (l) => (CHOICES.has(l.q.kind) ? yesNo(w, l.res.differs) : null) },
    ...perGroup,
  ];
}

/** A statement with its number (S1, S2, …), as the CSV names it too. */
type StatementLine = StatementResult & { no: string };

function statementColumns(r: Results, lang: ExportLang): Column<StatementLine>[] {
  const w = exportWords(lang);
  const perGroup = answeringGroups(r).map((g): Column<StatementLine> => ({
    header: w.agreementOf(w.groups[g]),
    value: (s) => s.byGroup.find((b) => b.group === g)?.agreeShare ?? null,
  }));
  return [
    { header: w.statementId, value: (s) => s.no },
    { header: w.statement, value: (s) => s.text },
    { header: w.agree, value: (s) => s.agree },
    { header: w.disagree, value: (s) => s.disagree },
    { header: w.pass, value: (s) => s.pass },
    ...perGroup,
    { header: w.minGroupAgree, value: (s) => s.minGroupAgree },
    { header: w.divisiveness, value: (s) => s.divisiveness },
  ];
}

/** Free text sorted by question, then answer, then group and side: nothing follows the order people answered in. */
export function sortedFreeText(questions: readonly Question[], answers: readonly FreeTextAnswer[], lang: ExportLang): FreeTextAnswer[] {
  const order = new Map(questions.map((q, i) => [q.id, i]));
  const collator = new Intl.Collator(lang);
  return [...answers].sort(
    (a, b) => (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0) || collator.compare(a.text, b.text) || a.group.localeCompare(b.group) || a.side.localeCompare(b.side),
  );
}

/** The free-text columns: question, answer, group, side (never who). */
export function freeTextColumns(questions: readonly Question[], lang: ExportLang): Column<FreeTextAnswer>[] {
  const w = exportWords(lang);
  const prompt = new Map(questions.map((q) => [q.id, inLang(q.prompt, lang)]));
  return [
    { header: w.question, value: (a) => prompt.get(a.questionId) ?? a.questionId },
    { header: w.answer, value: (a) => a.text },
    { header: w.group, value: (a) => w.groups[a.group] },
    { header: w.side, value: (a) => w.sides[a.side] },
  ];
}

/** The workbook's sheets: groups, questions, statements, and free text when it is given (managers only). */
export function resultSheets(questions: readonly Question[], r: Results, lang: ExportLang, freeText: readonly FreeTextAnswer[] | null): Sheet[] {
  const w = exportWords(lang);
  const groupColumns: Column<Results['groups'][number]>[] = [
    { header: w.group, value: (g) => w.groups[g.group] },
    { header: w.side, value: (g) => w.sides[g.side] },
    { header: w.respondents, value: (g) => g.respondents },
    { header: w.weighed, value: (g) => yesNo(w, g.weighed) },
  ];
  const sheets = [
    sheet(w.sheets.groups, groupColumns, r.groups),
    sheet(w.sheets.questions, questionColumns(r, lang), questionLines(questions, r, lang)),
    sheet(w.sheets.statements, statementColumns(r, lang), r.statements.map((s, i) => ({ ...s, no: `S${i + 1}` }))),
  ];
  if (freeText) sheets.push(sheet(w.sheets.freeText, freeTextColumns(questions, lang), sortedFreeText(questions, freeText, lang)));
  return sheets;
}
