import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import type { Question, ResultsExportQuery } from '../../../../shared/participation';
import { fold } from '../../../../shared/text/fold';
import type { AppContext } from '../../../platform/context';
import type { Db } from '../../../platform/db';
import { CSV_TYPE, toCsv, toXlsxBook, XLSX_TYPE } from '../../../platform/exports';
import { parseJsonb } from '../../../platform/jsonb';
import { currentResults } from '../participation.decision';
import { figureColumns, figureLines } from './participation.export.figures';
import { freeTextColumns, inLang, resultSheets, sortedFreeText, type FreeTextAnswer } from './participation.export.sheets';
import { canModerateStatements } from '../participation.policy';
import { consultationResponses } from '../participation.schema';
import { readableRow, refuse } from '../participation.service';
import { accessOf, questionsOf, storedAnswers } from '../participation.view';

/** A file to send: its name, its media type and its bytes. */
export interface ExportFile {
  filename: string;
  type: string;
  body: string | Buffer;
}

/** The free-text answers with group and side only: neither who wrote them nor when. */
async function freeTextAnswers(db: Db, id: string, questions: readonly Question[]): Promise<FreeTextAnswer[]> {
  const text = new Set(questions.filter((q) => q.kind === 'text').map((q) => q.id));
  const rows = await db.select({ id: consultationResponses.id, group: consultationResponses.group, side: consultationResponses.side, answers: consultationResponses.answers }).from(consultationResponses).where(eq(consultationResponses.consultationId, id));
  return rows.flatMap((r) =>
    parseJsonb(storedAnswers, r.answers, `response ${r.id} answers`)
      .filter((a) => text.has(a.questionId) && a.text)
      .map((a) => ({ questionId: a.questionId, text: a.text!, group: r.group as FreeTextAnswer['group'], side: r.side as FreeTextAnswer['side'] })),
  );
}

/** The consultation's title as a file name: folded to ASCII words joined by dashes. */
export function fileSlug(title: string): string {
  return fold(title).split(' ').join('-').slice(0, 60).replace(/-+$/, '') || 'consultation';
}

/**
 * The results export for whoever may read the results: the same (cached) figures as the results API.
 * Free text is left out of public results, so only those who manage the consultation get it.
 */
export async function exportResults(ctx: AppContext, user: SessionUser | null, id: string, q: ResultsExportQuery): Promise<ExportFile> {
  const row = await readableRow(ctx, user, id);
  const manages = canModerateStatements(user, accessOf(row));
  if (q.part === 'free_text' && !manages) throw refuse(user, 'Only the organiser and programme managers read the free-text answers');
  const questions = questionsOf(row);
  const slug = fileSlug(inLang({ tr: row.titleTr, en: row.titleEn }, q.lang));
  if (q.part === 'free_text') {
    const answers = sortedFreeText(questions, await freeTextAnswers(ctx.db, id, questions), q.lang);
    return { filename: `${slug}-free-text.csv`, type: CSV_TYPE, body: toCsv(freeTextColumns(questions, q.lang), answers) };
  }
  const results = await currentResults(ctx, id);
  if (q.format === 'csv') return { filename: `${slug}-results.csv`, type: CSV_TYPE, body: toCsv(figureColumns(q.lang), figureLines(questions, results, q.lang)) };
  const freeText = manages ? await freeTextAnswers(ctx.db, id, questions) : null;
  return { filename: `${slug}-results.xlsx`, type: XLSX_TYPE, body: Buffer.from(toXlsxBook(resultSheets(questions, results, q.lang, freeText))) };
}
