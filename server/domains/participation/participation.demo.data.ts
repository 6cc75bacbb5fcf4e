import { STAKEHOLDER_GROUPS, type Answer, type ConsultationInput, type StakeholderGroup, type Vote } from '../../../shared/participation';

// The demo consultation's content and its invented respondents, as pure data: the seed writes them,
// the test checks that a newcomer sees what the demo is for (raw and balanced winners that differ,
// every group on both sides, statements from common ground to division).

const opt = (tr: string, en: string) => ({ tr, en });

/** What the demo consultation asks (its dates are set when it is seeded). */
export const DEMO_CONSULTATION: Omit<ConsultationInput, 'opensAt' | 'closesAt' | 'link'> = {
  title: opt('Ortak projenin mirası: hibe bittikten sonra ne kalmalı? (demo)', 'The joint project’s legacy: what should stay after the grant? (demo)'),
  description: opt(
    'DEMO VERİ. Kardeş şehirlerin ortak projesi bitiyor. Ortaklar, sonuçların nasıl sürdürüleceğine karar vermeden önce her paydaş grubunun görüşünü eşit ağırlıkla almak istiyor. Yanıtlar uydurmadır.',
    'DEMO DATA. The twinned towns’ joint project is ending. Before the partners decide how to carry its results on, they ask every stakeholder group, each weighed equally. The answers are invented.',
  ),
  audience: 'public',
  invitedAuthorities: [],
  minGroupSize: 5,
  allowNewStatements: true,
  questions: [
    { kind: 'single', required: true, prompt: opt('Projenin mirası neye odaklanmalı?', 'What should the project’s legacy focus on?'), options: [opt('Gençlik değişimleri', 'Youth exchanges'), opt('Kalıcı ortak ofis', 'A permanent joint office'), opt('Halka açık etkinlikler', 'Public events')] },
    { kind: 'multiple', required: false, prompt: opt('Sonuçlar hangi kanallarla duyurulmalı?', 'Which channels should report on the results?'), options: [opt('Web sitesi', 'Website'), opt('Sosyal medya', 'Social media'), opt('Yerel basın', 'Local press'), opt('Belediye toplantıları', 'Town hall meetings')] },
    { kind: 'scale', required: false, prompt: opt('Proje yerel halkı ne kadar kattı? (1–5)', 'How well did the project involve local people? (1–5)'), options: [] },
    { kind: 'ranking', required: false, prompt: opt('Bir sonraki projenin temalarını sıralayın', 'Rank the themes of the next project'), options: [opt('Çevre', 'Environment'), opt('Kültür', 'Culture'), opt('Sürdürülebilir turizm', 'Sustainable tourism')] },
    { kind: 'text', required: false, prompt: opt('Ortakların bilmesi gereken başka ne var?', 'What else should the partners know?'), options: [] },
  ],
  statements: [
    'Sonuçlar iki dilde herkese açık olmalı / The results should be public in both languages',
    'Gençler bir sonraki projede söz sahibi olmalı / Young people should have a say in the next project',
    'Ortak ofisin masrafını belediyeler karşılamalı / The municipalities should pay for a joint office',
    'Yerel firmalar etkinliklere sponsor olmalı / Local firms should sponsor the events',
    'Ziyaretler için her yıl bütçe ayrılmalı / A budget for visits should be set aside every year',
    'Proje yalnızca büyük şehirlere yaradı / The project only helped the big cities',
  ],
};

/** Respondents per group: citizens outnumber the others, which is what balancing is for. */
const SIZES: Record<StakeholderGroup, number> = { local_authority: 6, civil_society: 6, private_sector: 6, academia: 6, citizen: 20, youth: 6 };

/** Share of each group (in STAKEHOLDER_GROUPS order) that agrees with each statement; the rest disagree or pass. */
const AGREEMENT: readonly (readonly number[])[] = [
  [1, 0.84, 0.84, 1, 0.9, 0.84], // common ground
  [0.5, 0.84, 0.34, 0.67, 0.8, 1],
  [0.84, 0.34, 0.17, 0.5, 0.2, 0.34], // divides
  [0.5, 0.5, 0.84, 0.34, 0.6, 0.5],
  [0.84, 0.67, 0.5, 0.67, 0.7, 0.84],
  [0.17, 0.5, 0.34, 0.17, 0.3, 0.5],
];

export interface DemoResponse {
  group: StakeholderGroup;
  side: 'TR' | 'EU';
  answers: Answer[];
  votes: { statementId: string; vote: Vote }[];
}

/**
 * The invented responses, given the stored question and statement ids. Every citizen picks youth
 * exchanges while most of every other group picks the joint office: youth exchanges win the raw
 * count, the joint office the group-balanced one.
 */
export function demoResponses(questionIds: readonly string[], statementIds: readonly string[]): DemoResponse[] {
  const [single, multiple, scale, ranking, text] = questionIds as [string, string, string, string, string];
  const out: DemoResponse[] = [];
  STAKEHOLDER_GROUPS.forEach((group, g) => {
    for (let k = 0; k < SIZES[group]; k++) {
      const pick = group === 'citizen' ? 1 : k < 4 ? 2 : k === 4 ? 1 : 3;
      const rotate = [1, 2, 3].map((o) => `${ranking}.o${((o + g) % 3) + 1}`);
      const answers: Answer[] = [
        { questionId: single, optionIds: [`${single}.o${pick}`] },
        { questionId: multiple, optionIds: [...new Set([`${multiple}.o${(k % 4) + 1}`, `${multiple}.o${((g + 1) % 4) + 1}`])] },
        { questionId: scale, value: 1 + ((g + k) % 5) },
        { questionId: ranking, optionIds: rotate },
      ];
      if (k === 0) answers.push({ questionId: text, text: 'Demo: keep the partners’ contacts list up to date.' });
      const votes = statementIds.map((statementId, s) => {
        const agrees = k < Math.round(AGREEMENT[s]![g]! * SIZES[group]);
        return { statementId, vote: (agrees ? 'agree' : k % 3 === 0 ? 'pass' : 'disagree') as Vote };
      });
      out.push({ group, side: k % 2 === 0 ? 'TR' : 'EU', answers, votes });
    }
  });
  return out;
}
