import type { Question, Results } from '../../../../shared/participation';
import type { Column } from '../../../platform/exports';
import { inLang } from './participation.export.sheets';
import { exportWords, type ExportLang } from './participation.export.words';

/*
 * The CSV of a consultation's results (pure): one file, one figure per line ("long" form), so the
 * groups, questions and statements tables fit one header and a spreadsheet pivots them at will.
 * Each line says its table, the question or statement (id and text), the option, the group and side
 * a figure belongs to (blank where it belongs to none), the figure's name and its value.
 */

export interface FigureLine {
  table: string;
  item: string;
  text: string;
  option: string;
  group: string;
  side: string;
  figure: string;
  value: string | number | null;
}

/** Every figure of the results API, one per line, in the reader's language. */
export function figureLines(questions: readonly Question[], r: Results, lang: ExportLang): FigureLine[] {
  const w = exportWords(lang);
  const out: FigureLine[] = [];
  const blank = { item: '', text: '', option: '', group: '', side: '' };
  const yesNo = (b: boolean) => (b ? w.yes : w.no);
  for (const g of r.groups) {
    const at = { ...blank, table: w.sheets.groups, group: w.groups[g.group], side: w.sides[g.side] };
    out.push({ ...at, figure: w.respondents, value: g.respondents }, { ...at, figure: w.weighed, value: yesNo(g.weighed) });
  }
  for (const res of r.questions) {
    const q = questions.find((x) => x.id === res.id);
    if (!q) continue;
    const at = { ...blank, table: w.sheets.questions, item: q.id, text: inLang(q.prompt, lang) };
    out.push({ ...at, figure: w.answered, value: res.answered });
    if (q.kind === 'single' || q.kind === 'multiple' || q.kind === 'ranking') out.push({ ...at, figure: w.differs, value: yesNo(res.differs) });
    if (q.kind === 'scale') out.push({ ...at, figure: w.mean, value: res.mean }, { ...at, figure: w.balancedMean, value: res.balancedMean });
    for (const o of res.options) {
      const label = q.options.find((x) => x.id === o.id)?.label;
      const opt = { ...at, option: label ? inLang(label, lang) : o.id };
      out.push({ ...opt, figure: w.raw, value: o.raw }, { ...opt, figure: w.rawShare, value: o.rawShare }, { ...opt, figure: w.balancedShare, value: o.balancedShare });
      if (o.borda !== undefined) out.push({ ...opt, figure: w.borda, value: o.borda });
      if (o.balancedBorda !== undefined) out.push({ ...opt, figure: w.balancedBorda, value: o.balancedBorda });
      for (const b of res.byGroup) if (o.id in b.shares) out.push({ ...opt, group: w.groups[b.group], figure: w.groupShare, value: b.shares[o.id]! });
    }
    if (q.kind === 'scale') for (const b of res.byGroup) out.push({ ...at, group: w.groups[b.group], figure: w.groupMean, value: b.mean });
  }
  r.statements.forEach((s, i) => {
    const at = { ...blank, table: w.sheets.statements, item: `S${i + 1}`, text: s.text };
    out.push({ ...at, figure: w.agree, value: s.agree }, { ...at, figure: w.disagree, value: s.disagree }, { ...at, figure: w.pass, value: s.pass });
    for (const b of s.byGroup) {
      const g = { ...at, group: w.groups[b.group] };
      out.push({ ...g, figure: w.agreement, value: b.agreeShare }, { ...g, figure: w.votes, value: b.votes });
    }
    out.push({ ...at, figure: w.minGroupAgree, value: s.minGroupAgree }, { ...at, figure: w.divisiveness, value: s.divisiveness });
  });
  return out;
}

/** The CSV's columns, headed in the reader's language. */
export function figureColumns(lang: ExportLang): Column<FigureLine>[] {
  const w = exportWords(lang);
  return [
    { header: w.table, value: (l) => l.table },
    { header: w.item, value: (l) => l.item },
    { header: w.text, value: (l) => l.text },
    { header: w.option, value: (l) => l.option },
    { header: w.group, value: (l) => l.group },
    { header: w.side, value: (l) => l.side },
    { header: w.figure, value: (l) => l.figure },
    { header: w.value, value: (l) => l.value },
  ];
}
