import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { newPdf, wrap, writable } from '../../../platform/pdf';

/*
 * The evaluation report of a call as a PDF, in Turkish or English: the committee and its declarations,
 * the ranked list with the assessors' averages and the committee's scores, every change with its
 * justification, the proposed awards and the reserve list, and the applications that did not pass.
 */

export interface ReportData {
  lang: 'tr' | 'en';
  reference: string;
  title: string;
  approved: { at: string; by: string } | null;
  members: { name: string; role: 'chair' | 'secretary' | 'voting'; declaredAt: string | null }[];
  ranked: { rank: number; reference: string; lead: string; average: number | null; total: number; grant: string; outcome: 'awarded' | 'reserve' | 'rejected' | 'excluded' }[];
  failed: { reference: string; lead: string; total: number; reason: string }[];
  changes: { reference: string; section: string; average: number | null; score: number; justification: string }[];
  budget: string;
  awarded: string;
}

const WORDS = {
  en: {
    heading: 'Evaluation report', draft: 'Draft – not approved', approved: (at: string, by: string) => `Approved on ${at} by ${by}`,
    committee: 'Evaluation committee', roles: { chair: 'Chair (non-voting)', secretary: 'Secretary (non-voting)', voting: 'Voting member' },
    declared: (at: string) => `declaration of impartiality and confidentiality signed ${at}`, notDeclared: 'declaration not signed',
    ranking: 'Ranked list', rankLine: 'Rank · reference · lead applicant · assessors’ average · committee score · requested grant · proposal',
    outcomes: { awarded: 'award', reserve: 'reserve list', rejected: 'not funded', excluded: 'outside the grant limits' },
    failed: 'Applications that did not pass', changes: 'Changes by the committee', noChanges: 'The committee changed no score: every score is the assessors’ average.',
    changeLine: (sec: string, avg: string, score: string) => `${sec}: average ${avg} → ${score}`,
    awards: 'Proposed awards', reserve: 'Reserve list', none: 'None.', budget: (b: string, a: string) => `Call budget ${b}; proposed awards ${a}.`,
  },
  tr: {
    heading: 'Değerlendirme raporu', draft: 'Taslak – onaylanmadı', approved: (at: string, by: string) => `${at} tarihinde ${by} tarafından onaylandı`,
    committee: 'Değerlendirme komitesi', roles: { chair: 'Başkan (oy hakkı yok)', secretary: 'Sekreter (oy hakkı yok)', voting: 'Oy hakkı olan üye' },
    declared: (at: string) => `tarafsızlık ve gizlilik beyanı imzalandı: ${at}`, notDeclared: 'beyan imzalanmadı',
    ranking: 'Sıralı liste', rankLine: 'Sıra · referans · başvuru sahibi · değerlendiricilerin ortalaması · komite puanı · talep edilen hibe · öneri',
    outcomes: { awarded: 'hibe', reserve: 'yedek liste', rejected: 'desteklenmiyor', excluded: 'hibe sınırları dışında' },
    failed: 'Barajı geçemeyen başvurular', changes: 'Komitenin yaptığı değişiklikler', noChanges: 'Komite hiçbir puanı değiştirmedi: her puan değerlendiricilerin ortalamasıdır.',
    changeLine: (sec: string, avg: string, score: string) => `${sec}: ortalama ${avg} → ${score}`,
    awards: 'Önerilen hibeler', reserve: 'Yedek liste', none: 'Yok.', budget: (b: string, a: string) => `Çağrı bütçesi ${b}; önerilen hibeler ${a}.`,
  },
} as const;

const A4: [number, number] = [595, 842];
const MARGIN = 50;
const ink = rgb(0.1, 0.15, 0.3);

/** A writer that flows lines down A4 pages, opening a new page when one is full. */
function flow(doc: Awaited<ReturnType<typeof newPdf>>['doc']) {
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  return (text: string, font: PDFFont, size: number, gapAfter = 2, indent = 0) => {
    for (const line of wrap(writable(text, font), font, size, A4[0] - 2 * MARGIN - indent)) {
      if (y < MARGIN + size) {
        page = doc.addPage(A4);
        y = A4[1] - MARGIN;
      }
      page.drawText(line, { x: MARGIN + indent, y, size, font, color: ink });
      y -= size + 4;
    }
    y -= gapAfter;
  };
}

/** The report, every line a text line a reader (and the tests) can extract. */
export async function evaluationReportPdf(r: ReportData): Promise<Uint8Array> {
  const w = WORDS[r.lang];
  const num = (n: number | null) => (n === null ? '—' : new Intl.NumberFormat(r.lang === 'tr' ? 'tr-TR' : 'en-GB', { maximumFractionDigits: 2 }).format(n));
  const { doc, regular, bold } = await newPdf(`${w.heading} – ${r.reference}`);
  const line = flow(doc);
  line(`${w.heading} – ${r.reference}`, bold, 18, 4);
  line(r.title, regular, 12, 4);
  line(r.approved ? w.approved(r.approved.at, r.approved.by) : w.draft, bold, 11, 12);
  line(w.committee, bold, 14, 4);
  for (const m of r.members) line(`${w.roles[m.role]}: ${m.name} – ${m.declaredAt ? w.declared(m.declaredAt) : w.notDeclared}`, regular, 10, 0, 10);
  line('', regular, 10, 8);
  line(w.ranking, bold, 14, 2);
  line(w.rankLine, regular, 8, 4);
  for (const x of r.ranked) line(`${x.rank}. ${x.reference} · ${x.lead} · ${num(x.average)} · ${num(x.total)} · ${x.grant} · ${w.outcomes[x.outcome]}`, regular, 10, 0, 10);
  if (r.failed.length) {
    line('', regular, 10, 6);
    line(w.failed, bold, 14, 4);
    for (const x of r.failed) line(`${x.reference} · ${x.lead} · ${num(x.total)} · ${x.reason}`, regular, 10, 0, 10);
  }
  line('', regular, 10, 6);
  line(w.changes, bold, 14, 4);
  if (!r.changes.length) line(w.noChanges, regular, 10, 0, 10);
  for (const c of r.changes) {
    line(`${c.reference} – ${w.changeLine(c.section, num(c.average), num(c.score))}`, regular, 10, 0, 10);
    line(c.justification, regular, 9, 2, 24);
  }
  line('', regular, 10, 6);
  for (const [title, outcome] of [[w.awards, 'awarded'], [w.reserve, 'reserve']] as const) {
    line(title, bold, 14, 4);
    const list = r.ranked.filter((x) => x.outcome === outcome);
    if (!list.length) line(w.none, regular, 10, 0, 10);
    for (const x of list) line(`${x.rank}. ${x.reference} · ${x.lead} · ${x.grant}`, regular, 10, 0, 10);
    line('', regular, 10, 6);
  }
  line(w.budget(r.budget, r.awarded), regular, 10, 0);
  return doc.save();
}
