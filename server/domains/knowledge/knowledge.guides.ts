import type { EntryInput } from '../../../shared/knowledge';

/**
 * Real, freely available guides the library starts with, described by title, publisher and link
 * only (no text of theirs is copied; the summaries are ours). Sources are listed in data/README.md.
 */
export interface SeedGuide {
  key: string;
  entry: Partial<EntryInput> & Pick<EntryInput, 'kind' | 'titleTr' | 'titleEn' | 'summaryTr' | 'summaryEn'>;
  source: { publisher: string; url: string; licence: string };
}

const EU_REUSE = '© European Union; reuse authorised with acknowledgement of the source (Commission Decision 2011/833/EU)';
const LINK_ONLY = 'Free to read at the publisher; described here by title and link only';

export const SEED_GUIDES: SeedGuide[] = [
  {
    key: 'jrc-secap-guidebook-2018',
    entry: {
      kind: 'guide', year: 2018, themes: ['energy', 'climate_change'],
      titleEn: "Guidebook 'How to develop a Sustainable Energy and Climate Action Plan (SECAP)' – Part 1",
      titleTr: 'Sürdürülebilir Enerji ve İklim Eylem Planı (SECAP) nasıl hazırlanır – Rehber, 1. bölüm',
      summaryEn: 'Step-by-step guidance for municipalities joining the Covenant of Mayors: political commitment, emission inventory, risk and vulnerability assessment, the action plan and its monitoring.',
      summaryTr: 'Başkanlar Sözleşmesine katılan belediyeler için adım adım rehber: siyasi taahhüt, emisyon envanteri, risk ve kırılganlık değerlendirmesi, eylem planı ve izlenmesi.',
    },
    source: { publisher: 'European Commission, Joint Research Centre (JRC112986, EUR 29412 EN)', url: 'https://publications.jrc.ec.europa.eu/repository/handle/JRC112986', licence: EU_REUSE },
  },
  {
    key: 'jrc-seap-guidebook-2010',
    entry: {
      kind: 'guide', year: 2010, themes: ['energy'],
      titleEn: "Guidebook 'How to Develop a Sustainable Energy Action Plan (SEAP)'",
      titleTr: 'Sürdürülebilir Enerji Eylem Planı (SEAP) nasıl hazırlanır – Rehber',
      summaryEn: 'The earlier Covenant of Mayors guidebook: the plan process, the baseline emission inventory, and technical measures a local authority can take in each sector.',
      summaryTr: 'Başkanlar Sözleşmesinin ilk rehberi: plan süreci, referans emisyon envanteri ve belediyelerin her sektörde alabileceği teknik önlemler.',
    },
    source: { publisher: 'European Commission, Joint Research Centre', url: 'https://e3p.jrc.ec.europa.eu/articles/guidebook-how-develop-sustainable-energy-action-plan-seap', licence: EU_REUSE },
  },
  {
    key: 'jrc-com-reporting-guidelines',
    entry: {
      kind: 'document', themes: ['energy', 'climate_change'],
      titleEn: 'The Covenant of Mayors for Climate and Energy Reporting Guidelines',
      titleTr: 'Başkanlar Sözleşmesi iklim ve enerji raporlama kılavuzu',
      summaryEn: 'How signatory municipalities fill in the action plan and monitoring templates and report their progress.',
      summaryTr: 'İmzacı belediyelerin eylem planı ve izleme şablonlarını nasıl dolduracağı ve ilerlemelerini nasıl raporlayacağı.',
    },
    source: { publisher: 'European Commission, Joint Research Centre (JRC103031)', url: 'https://publications.jrc.ec.europa.eu/repository/handle/JRC103031', licence: EU_REUSE },
  },
  {
    key: 'ec-thematic-networking-twinned-towns',
    entry: {
      kind: 'guide', themes: ['culture'],
      titleEn: "Sharing for tomorrow's Europe: thematic networking of twinned towns",
      titleTr: 'Yarının Avrupası için paylaşım: kardeş şehirlerin tematik ağları',
      summaryEn: 'A booklet of the Europe for Citizens programme on networks of twinned towns working on a common theme, with examples of networks at different stages.',
      summaryTr: 'Avrupa için Vatandaşlar programının, ortak bir tema üzerinde çalışan kardeş şehir ağlarını farklı aşamalardaki örneklerle anlatan kitapçığı.',
    },
    source: { publisher: 'European Commission, Europe for Citizens programme', url: 'https://ec.europa.eu/citizenship/pdf/doc321_en.pdf', licence: EU_REUSE },
  },
  {
    key: 'cemr-twinning-for-tomorrows-world',
    entry: {
      kind: 'guide', year: 2007, themes: ['culture', 'youth_and_sports'],
      titleEn: "Twinning for tomorrow's world – practical handbook",
      titleTr: 'Yarının dünyası için kardeş şehir ilişkileri – uygulama el kitabı',
      summaryEn: 'A handbook on what makes a good twinning, with examples of good practice in culture, youth, citizenship, inclusion and local services, and an evaluation checklist.',
      summaryTr: 'İyi bir kardeş şehir ilişkisinin nasıl kurulacağına dair el kitabı: kültür, gençlik, vatandaşlık, katılım ve yerel hizmetlerde iyi uygulama örnekleri ve bir değerlendirme listesi.',
    },
    source: { publisher: 'Council of European Municipalities and Regions (CEMR)', url: 'http://www.twinning.org/en/page/cemr', licence: LINK_ONLY },
  },
  {
    key: 'coe-12-principles-good-governance',
    entry: {
      kind: 'document', year: 2008, themes: [],
      titleEn: '12 Principles of Good Democratic Governance',
      titleTr: 'İyi demokratik yönetişimin 12 ilkesi',
      summaryEn: 'The Council of Europe principles for local government (participation, transparency, sound financial management, accountability and more), the basis of the European Label of Governance Excellence.',
      summaryTr: 'Avrupa Konseyinin yerel yönetimler için ilkeleri (katılım, şeffaflık, sağlam mali yönetim, hesap verebilirlik ve diğerleri); Avrupa Yönetişim Mükemmeliyet Etiketinin temeli.',
    },
    source: { publisher: 'Council of Europe, Centre of Expertise for Multilevel Governance', url: 'https://coe.int/en/web/centre-of-expertise-for-multilevel-governance/good-democratic-governance', licence: LINK_ONLY },
  },
];
