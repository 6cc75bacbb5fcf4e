import type { QuestionKind, RespondentSide, StakeholderGroup } from '../../../../shared/participation';

/*
 * The words of a results export, in Turkish and English. The web's dictionaries are not the server's
 * to import, so the export keeps its own (the same terms as the results page).
 */

export const EXPORT_LANGS = ['tr', 'en'] as const;
export type ExportLang = (typeof EXPORT_LANGS)[number];

const en = {
  sheets: { groups: 'Groups', questions: 'Questions', statements: 'Statements', freeText: 'Free text' },
  groups: { local_authority: 'Local authority', civil_society: 'Civil society', private_sector: 'Private sector', academia: 'Academia', citizen: 'Citizen', youth: 'Youth' } satisfies Record<StakeholderGroup, string>,
  sides: { TR: 'Turkey', EU: 'EU' } satisfies Record<RespondentSide, string>,
  kinds: { single: 'Single choice', multiple: 'Multiple choice', scale: '1–5 scale', ranking: 'Ranking', text: 'Free text' } satisfies Record<QuestionKind, string>,
  yes: 'yes',
  no: 'no',
  table: 'Table',
  group: 'Group',
  side: 'Side',
  respondents: 'Respondents',
  weighed: 'Weighed',
  questionId: 'Question no.',
  question: 'Question',
  kind: 'Kind',
  answered: 'Answered',
  option: 'Option',
  mean: 'Mean',
  raw: 'Responses',
  rawShare: 'Raw share (0–1)',
  balancedShare: 'Balanced share (0–1)',
  borda: 'Borda points (mean)',
  balancedBorda: 'Balanced Borda points',
  balancedMean: 'Balanced mean',
  differs: 'Raw and balanced winners differ',
  /** A questions sheet's column per group: the group's share of the option, or its mean on the mean row. */
  byGroupOf: (group: string) => `${group} (share or mean)`,
  groupShare: 'Share in the group (0–1)',
  groupMean: 'Mean in the group',
  statementId: 'Statement no.',
  statement: 'Statement',
  agree: 'Agree',
  disagree: 'Disagree',
  pass: 'Pass',
  agreementOf: (group: string) => `Agreement: ${group}`,
  agreement: 'Agreement (0–1)',
  votes: 'Votes',
  minGroupAgree: 'Agreement of the least-agreeing group',
  divisiveness: 'Divisiveness (max − min agreement)',
  answer: 'Answer',
  item: 'Item',
  text: 'Text',
  figure: 'Figure',
  value: 'Value',
};

export type ExportWords = typeof en;

const tr: ExportWords = {
  sheets: { groups: 'Gruplar', questions: 'Sorular', statements: 'Önermeler', freeText: 'Serbest metin' },
  groups: { local_authority: 'Yerel yönetim', civil_society: 'Sivil toplum', private_sector: 'Özel sektör', academia: 'Akademi', citizen: 'Vatandaş', youth: 'Gençlik' },
  sides: { TR: 'Türkiye', EU: 'AB' },
  kinds: { single: 'Tek seçim', multiple: 'Çoklu seçim', scale: '1–5 ölçeği', ranking: 'Sıralama', text: 'Serbest metin' },
  yes: 'evet',
  no: 'hayır',
  table: 'Tablo',
  group: 'Paydaş grubu',
  side: 'Taraf',
  respondents: 'Katılımcı',
  weighed: 'Tartıldı',
  questionId: 'Soru no.',
  question: 'Soru',
  kind: 'Tür',
  answered: 'Yanıtlayan',
  option: 'Seçenek',
  mean: 'Ortalama',
  raw: 'Yanıt',
  rawShare: 'Ham pay (0–1)',
  balancedShare: 'Dengelenmiş pay (0–1)',
  borda: 'Borda puanı (ortalama)',
  balancedBorda: 'Dengelenmiş Borda puanı',
  balancedMean: 'Dengelenmiş ortalama',
  differs: 'Ham ve dengelenmiş birinciler farklı',
  byGroupOf: (group) => `${group} (pay veya ortalama)`,
  groupShare: 'Grup içindeki pay (0–1)',
  groupMean: 'Grup ortalaması',
  statementId: 'Önerme no.',
  statement: 'Önerme',
  agree: 'Katılıyor',
  disagree: 'Katılmıyor',
  pass: 'Çekimser',
  agreementOf: (group) => `Katılım: ${group}`,
  agreement: 'Katılım oranı (0–1)',
  votes: 'Oy',
  minGroupAgree: 'En az katılan grubun katılım oranı',
  divisiveness: 'Ayrışma (en çok − en az katılım)',
  answer: 'Yanıt',
  item: 'Öğe',
  text: 'Metin',
  figure: 'Rakam',
  value: 'Değer',
};

/** The export's words in a language. */
export function exportWords(lang: ExportLang): ExportWords {
  return lang === 'tr' ? tr : en;
}
