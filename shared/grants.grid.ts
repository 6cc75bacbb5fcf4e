import type { EvaluationGrid } from './grants';

/*
 * The evaluation grid a new call starts from, and the demo calls use: the structure of the EU PRAG
 * grid for grants (financial and operational capacity, relevance, design, implementation approach,
 * sustainability, budget and cost-effectiveness), sub-criteria scored 1 (very poor) to 5 (very good), the most important counted
 * twice, 100 points in all. The questions and guidance are written for town twinning, in English and
 * Turkish; they are call content, so a manager may change them per call.
 */

type Criterion = { en: string; tr: string; guidanceEn: string; guidanceTr: string; weight?: number };
type Section = { key: string; en: string; tr: string; threshold: number | null; eliminatory: boolean; criteria: Criterion[]; eliminatoryCriterionScore?: number };

const SECTIONS: Section[] = [
  // Eliminatory (PRAG guidelines for grant applicants, evaluation grid section 1): a total below 12 of 20,
  // or any of its sub-criteria scored 1, rejects the application whatever its other scores. Checked with
  // the search tool: "1. Financial and operational capacity (20p) … eliminatory stage min 12 out of 20
  // points" is confirmed by a PRAG training deck ("Training in Project Cycle Management, Procurement and
  // Contracting of Pre-Accession Projects", slideplayer.com 12920477; no PRAG edition named). The rule
  // that a sub-criterion scored 1 also rejects could NOT be confirmed with the stored sources (no PRAG
  // guidelines text with it was found): it stays as the issue states it and is a per-call setting
  // (eliminatoryCriterionScore), so a call whose guidelines say otherwise drops it.
  { key: 'capacity', en: 'Financial and operational capacity', tr: 'Mali ve operasyonel kapasite', threshold: 12, eliminatory: true, eliminatoryCriterionScore: 1, criteria: [
    { en: 'Experience in managing projects', tr: 'Proje yönetimi deneyimi',
      guidanceEn: 'Have the lead authority and its partners managed projects of a comparable size and kind (EU, national or own funds)? Look for named past projects, their budgets and results.',
      guidanceTr: 'Başvuru sahibi yönetim ve ortakları benzer büyüklük ve nitelikte projeler (AB, ulusal ya da öz kaynaklı) yürütmüş mü? Geçmiş projelerin adlarına, bütçelerine ve sonuçlarına bakın.' },
    { en: 'Technical expertise on the theme', tr: 'Temaya ilişkin teknik uzmanlık',
      guidanceEn: 'Do the lead authority and its partners have the know-how the action needs: staff or units working on the theme, earlier work in the field?',
      guidanceTr: 'Başvuru sahibi ve ortakları eylemin gerektirdiği bilgi birikimine sahip mi: temada çalışan personel ya da birimler, alandaki önceki çalışmalar?' },
    { en: 'Management capacity (staff, equipment, handling the budget)', tr: 'Yönetim kapasitesi (personel, ekipman, bütçenin yönetimi)',
      guidanceEn: 'Is there a named project team with enough time, the equipment the action needs, and the ability to manage and account for a budget of this size?',
      guidanceTr: 'Yeterli zaman ayıracak belirli bir proje ekibi, eylemin gerektirdiği ekipman ve bu büyüklükte bir bütçeyi yönetip hesabını verebilme becerisi var mı?' },
    { en: 'Stable and sufficient sources of finance', tr: 'İstikrarlı ve yeterli mali kaynaklar',
      guidanceEn: 'Can the lead authority pre-finance the action and pay its co-financing share for the whole duration (budget decisions, council approval)?',
      guidanceTr: 'Başvuru sahibi yönetim, eylemi proje süresince ön finanse edip eş finansman payını ödeyebilir mi (bütçe kararları, meclis onayı)?' },
  ] },
  { key: 'relevance', en: 'Relevance of the action', tr: 'Eylemin ilgililiği', threshold: 20, eliminatory: true, criteria: [
    { en: 'Relevance to the objectives and themes of the call', tr: 'Teklif çağrısının amaç ve temalarıyla ilgisi', weight: 2,
      guidanceEn: 'How directly does the action serve the objectives of the call and its chosen theme? Give full marks only when it clearly addresses at least one priority of the call.',
      guidanceTr: 'Eylem, çağrının amaçlarına ve seçilen temaya ne kadar doğrudan hizmet ediyor? Tam puanı yalnızca çağrının önceliklerinden en az birini açıkça ele aldığında verin.' },
    { en: 'Relevance to the needs and constraints of the towns', tr: 'Şehirlerin ihtiyaç ve kısıtlarıyla ilgisi', weight: 2,
      guidanceEn: 'Are the local problems analysed with evidence (data, studies, consultations)? Does the action build on other initiatives instead of duplicating them?',
      guidanceTr: 'Yerel sorunlar kanıta dayalı olarak (veriler, çalışmalar, istişareler) analiz edilmiş mi? Eylem diğer girişimleri tekrarlamak yerine onların üzerine mi kuruluyor?' },
    { en: 'Target groups and final beneficiaries', tr: 'Hedef gruplar ve nihai yararlanıcılar',
      guidanceEn: 'Are those involved clearly defined and well chosen? Are their needs described, and does the action answer them?',
      guidanceTr: 'Eyleme katılanlar açıkça tanımlanmış ve doğru seçilmiş mi? İhtiyaçları anlatılmış mı ve eylem bu ihtiyaçlara yanıt veriyor mu?' },
    { en: 'Added value of the twinning partnership', tr: 'Kardeş şehir ortaklığının katma değeri',
      guidanceEn: 'What does the partnership achieve that neither town could alone: exchange of practice, innovation, gender equality, access for people with disabilities, benefits for the environment?',
      guidanceTr: 'Ortaklık, iki şehrin tek başına yapamayacağı neyi sağlıyor: uygulama alışverişi, yenilik, toplumsal cinsiyet eşitliği, engelli bireylerin erişimi, çevreye yararlar?' },
  ] },
  { key: 'design', en: 'Design of the action', tr: 'Eylemin tasarımı', threshold: null, eliminatory: false, criteria: [
    { en: 'Coherence of the overall design', tr: 'Genel tasarımın tutarlılığı', weight: 2,
      guidanceEn: 'Do objectives, activities, expected results and indicators follow from the analysis of the problems and from each other? Are risks and outside factors taken into account?',
      guidanceTr: 'Amaçlar, faaliyetler, beklenen sonuçlar ve göstergeler sorun analizinden ve birbirinden çıkıyor mu? Riskler ve dış etkenler dikkate alınmış mı?' },
    { en: 'Feasibility in relation to the objectives and expected results', tr: 'Amaçlar ve beklenen sonuçlar bakımından uygulanabilirlik',
      guidanceEn: 'Can the activities realistically deliver the expected results within the duration? Are the indicators measurable, with a baseline and a target?',
      guidanceTr: 'Faaliyetler beklenen sonuçları proje süresi içinde gerçekçi biçimde sağlayabilir mi? Göstergeler başlangıç ve hedef değerleriyle ölçülebilir mi?' },
  ] },
  { key: 'implementation', en: 'Implementation approach', tr: 'Uygulama yaklaşımı', threshold: null, eliminatory: false, criteria: [
    { en: 'Clear and feasible work plan', tr: 'Açık ve uygulanabilir iş planı',
      guidanceEn: 'Is the timetable of activities realistic and in a sensible order, with the responsibilities of each town named?',
      guidanceTr: 'Faaliyet takvimi gerçekçi ve mantıklı bir sırada mı, her şehrin sorumlulukları belirtilmiş mi?' },
    { en: 'Monitoring and evaluation', tr: 'İzleme ve değerlendirme',
      guidanceEn: 'Does the proposal say how progress is followed (indicators, reports) and how the results are evaluated during or at the end of the action?',
      guidanceTr: 'Teklif, ilerlemenin nasıl izleneceğini (göstergeler, raporlar) ve sonuçların eylem sırasında ya da sonunda nasıl değerlendirileceğini açıklıyor mu?' },
  ] },
  { key: 'sustainability', en: 'Sustainability of the action', tr: 'Eylemin sürdürülebilirliği', threshold: null, eliminatory: false, criteria: [
    { en: 'Tangible impact on the target groups', tr: 'Hedef gruplar üzerinde somut etki',
      guidanceEn: 'Will the action change something visible for the target groups (services, practices, facilities), and do the indicators measure that change?',
      guidanceTr: 'Eylem hedef gruplar için görünür bir şeyi (hizmetler, uygulamalar, tesisler) değiştirecek mi ve göstergeler bu değişimi ölçüyor mu?' },
    { en: 'Multiplier effects', tr: 'Çarpan etkileri',
      guidanceEn: 'Can the results be repeated or extended in other towns, and are they shared (publications, events, good practices on the platform)?',
      guidanceTr: 'Sonuçlar başka şehirlerde tekrarlanabilir ya da yaygınlaştırılabilir mi, paylaşılıyor mu (yayınlar, etkinlikler, platformdaki iyi uygulamalar)?' },
    { en: 'Sustainability after the grant', tr: 'Hibe sonrasında sürdürülebilirlik',
      guidanceEn: 'Financially, institutionally and environmentally: who carries the results on when the grant ends, with what resources, and will the twinning continue?',
      guidanceTr: 'Mali, kurumsal ve çevresel açıdan: hibe bittiğinde sonuçları kim, hangi kaynaklarla sürdürecek ve kardeş şehir ilişkisi devam edecek mi?' },
  ] },
  { key: 'budget', en: 'Budget and cost-effectiveness', tr: 'Bütçe ve maliyet etkinliği', threshold: null, eliminatory: false, criteria: [
    { en: 'Activities reflected in the budget', tr: 'Faaliyetlerin bütçeye yansıması',
      guidanceEn: 'Does every activity have its costs in the budget, under the right heading and year, and is there no cost without an activity?',
      guidanceTr: 'Her faaliyetin maliyeti bütçede doğru başlık ve yılda yer alıyor mu; faaliyeti olmayan bir maliyet kalemi var mı?' },
    { en: 'Ratio between costs and expected results', tr: 'Maliyetler ile beklenen sonuçlar arasındaki oran',
      guidanceEn: 'Are the costs reasonable and necessary for the results promised (unit costs, travel, equipment)?',
      guidanceTr: 'Maliyetler vaat edilen sonuçlar için makul ve gerekli mi (birim maliyetler, seyahat, ekipman)?' },
  ] },
];

/** The PRAG-structured grid for town twinning grants: six sections, 100 points, pass mark 60. */
export function twinningGrid(): EvaluationGrid {
  return {
    sections: SECTIONS.map((s) => ({
      key: s.key, titleEn: s.en, titleTr: s.tr, threshold: s.threshold, eliminatory: s.eliminatory,
      ...(s.eliminatoryCriterionScore ? { eliminatoryCriterionScore: s.eliminatoryCriterionScore } : {}),
      criteria: s.criteria.map((c, i) => ({ key: `${s.key}_${i + 1}`, titleEn: c.en, titleTr: c.tr, guidanceEn: c.guidanceEn, guidanceTr: c.guidanceTr, maxScore: 5, weight: c.weight ?? 1 })),
    })),
    overallThreshold: 60,
  };
}
