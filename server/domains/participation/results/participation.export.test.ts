import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../../../shared/participation';
import { readCsv, readXlsx } from '../../../platform/exports.testkit';
import { Agent, refusal, testApp, type TestApp } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { demoPeople } from '../../grants/applications/grants.applications.testkit';
import { seedDemoConsultation } from '../participation.demo';
import { exportWords } from './participation.export.words';
import { opened } from '../participation.testkit';

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let anonymous: Agent;
let demo: { id: string; questions: { id: string; kind: string; prompt: { en: string; tr: string }; options: { id: string; label: { en: string; tr: string } }[] }[] };
let api: Results;

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  anonymous = new Agent(t.app);
  t.ctx.config.demo = true;
  await seedDemoConsultation(t.ctx);
  demo = (await anonymous.request('GET', '/api/consultations')).json().items[0];
  api = (await anonymous.request('GET', `/api/consultations/${demo.id}/results`)).json();
});
afterAll(() => t.close());

const exportOf = (who: Agent, id: string, query: string) => who.request('GET', `/api/consultations/${id}/results/export?${query}`);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe('the results export', () => {
  it('gives in XLSX the same figures as the results API, sheet by sheet, in English', async () => {
    const res = await exportOf(p.citizen, demo.id, 'format=xlsx&lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toBe('attachment; filename="the-joint-project-s-legacy-what-should-stay-after-the-grant-results.xlsx"');
    const book = readXlsx(res.rawPayload);
    const w = exportWords('en');
    expect(Object.keys(book)).toEqual(['Groups', 'Questions', 'Statements']);
    expect(book.Groups).toEqual(api.groups.map((g) => ({ Group: w.groups[g.group], Side: w.sides[g.side], Respondents: g.respondents, Weighed: g.weighed ? 'yes' : 'no' })));
    let lines = 0;
    for (const q of api.questions) {
      const prompt = demo.questions.find((x) => x.id === q.id)!;
      const rows = book.Questions!.filter((r) => r[w.questionId] === q.id);
      expect(rows.every((r) => r[w.question] === prompt.prompt.en && r[w.answered] === q.answered && r[w.kind] === w.kinds[q.kind])).toBe(true);
      for (const o of q.options) {
        const label = prompt.options.find((x) => x.id === o.id)?.label.en ?? o.id;
        const row = rows.find((r) => r[w.option] === label)!;
        expect([row[w.raw], row[w.rawShare], row[w.balancedShare], row[w.borda], row[w.balancedBorda]], `${q.id} ${label}`).toEqual([o.raw, o.rawShare, o.balancedShare, o.borda, o.balancedBorda]);
        for (const b of q.byGroup) expect(row[w.byGroupOf(w.groups[b.group])]).toBe(b.shares[o.id]);
        if (q.kind !== 'scale') expect(row[w.differs]).toBe(q.differs ? 'yes' : 'no');
        lines++;
      }
      if (q.kind === 'scale') {
        const mean = rows.find((r) => r[w.option] === w.mean)!;
        expect([mean[w.mean], mean[w.balancedMean]]).toEqual([q.mean, q.balancedMean]);
        for (const b of q.byGroup) expect(mean[w.byGroupOf(w.groups[b.group])]).toBe(b.mean);
      }
    }
    expect(lines).toBeGreaterThan(10);
    expect(book.Statements).toHaveLength(api.statements.length);
    api.statements.forEach((s, i) => {
      const row = book.Statements![i]!;
      expect([row[w.statementId], row[w.statement], row[w.agree], row[w.disagree], row[w.pass], row[w.minGroupAgree], row[w.divisiveness]]).toEqual([`S${i + 1}`, s.text, s.agree, s.disagree, s.pass, s.minGroupAgree, s.divisiveness]);
      for (const b of s.byGroup) expect(row[w.agreementOf(w.groups[b.group])]).toBe(b.agreeShare);
    });
  });

  it('gives in CSV every figure of the results API, one per line, in Turkish', async () => {
    const res = await exportOf(anonymous, demo.id, 'format=csv&lang=tr');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="ortak-projenin-mirasi-hibe-bittikten-sonra-ne-kalmali-demo-results.csv"');
    const w = exportWords('tr');
    const lines = readCsv(res.body);
    const value = (table: string, item: string, option: string, group: string, figure: string) => {
      const found = lines.filter((l) => l[w.table] === table && l[w.item] === item && l[w.option] === option && l[w.group] === group && l[w.figure] === figure);
      expect(found, `${table} ${item} ${option} ${group} ${figure}`).toHaveLength(1);
      return Number(found[0]![w.value]);
    };
    for (const g of api.groups) expect(lines.find((l) => l[w.group] === w.groups[g.group] && l[w.side] === w.sides[g.side] && l[w.figure] === w.respondents)?.[w.value]).toBe(String(g.respondents));
    for (const q of api.questions) {
      const prompt = demo.questions.find((x) => x.id === q.id)!;
      expect(value(w.sheets.questions, q.id, '', '', w.answered)).toBe(q.answered);
      for (const o of q.options) {
        const label = prompt.options.find((x) => x.id === o.id)?.label.tr ?? o.id;
        expect([value(w.sheets.questions, q.id, label, '', w.raw), value(w.sheets.questions, q.id, label, '', w.rawShare), value(w.sheets.questions, q.id, label, '', w.balancedShare)]).toEqual([o.raw, o.rawShare, o.balancedShare]);
        if (o.borda !== undefined) expect([value(w.sheets.questions, q.id, label, '', w.borda), value(w.sheets.questions, q.id, label, '', w.balancedBorda)]).toEqual([o.borda, o.balancedBorda]);
        for (const b of q.byGroup) expect(value(w.sheets.questions, q.id, label, w.groups[b.group], w.groupShare)).toBe(b.shares[o.id]);
      }
      if (q.kind === 'scale') expect([value(w.sheets.questions, q.id, '', '', w.mean), value(w.sheets.questions, q.id, '', '', w.balancedMean)]).toEqual([q.mean, q.balancedMean]);
    }
    api.statements.forEach((s, i) => {
      const item = `S${i + 1}`;
      expect([w.agree, w.disagree, w.pass, w.minGroupAgree, w.divisiveness].map((f) => value(w.sheets.statements, item, '', '', f))).toEqual([s.agree, s.disagree, s.pass, s.minGroupAgree, s.divisiveness]);
      for (const b of s.byGroup) expect(value(w.sheets.statements, item, '', w.groups[b.group], w.agreement)).toBe(b.agreeShare);
    });
    expect(res.body).not.toContain('Demo: keep the partners');
  });

  it('leaves free text out for a reader who does not manage the consultation, and refuses it to them apart', async () => {
    const xlsx = await exportOf(p.citizen, demo.id, 'format=xlsx&lang=en');
    expect(Object.keys(readXlsx(xlsx.rawPayload))).not.toContain('Free text');
    expect(refusal(await exportOf(p.citizen, demo.id, 'format=csv&part=free_text'))).toBe('403 forbidden');
    expect(refusal(await exportOf(p.istanbul, demo.id, 'format=csv&part=free_text'))).toBe('403 forbidden');
    expect(refusal(await exportOf(anonymous, demo.id, 'format=csv&part=free_text'))).toBe('401 unauthorized');
  });

  it('gives the organiser the free text on its own sheet and as CSV: question, answer, group and side, never who', async () => {
    const book = readXlsx((await exportOf(p.manager, demo.id, 'format=xlsx&lang=en')).rawPayload);
    expect(Object.keys(book)).toEqual(['Groups', 'Questions', 'Statements', 'Free text']);
    const free = book['Free text']!;
    expect(free).toHaveLength(6); // the first respondent of each group wrote one
    expect(new Set(free.map((r) => r.Group))).toEqual(new Set(['Local authority', 'Civil society', 'Private sector', 'Academia', 'Citizen', 'Youth']));
    expect(free.every((r) => Object.keys(r).join() === 'Question,Answer,Group,Side' && r.Question === 'What else should the partners know?' && r.Answer === 'Demo: keep the partners’ contacts list up to date.')).toBe(true);
    expect(JSON.stringify(free)).not.toMatch(UUID);
    const csv = await exportOf(p.manager, demo.id, 'format=csv&part=free_text&lang=tr');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="ortak-projenin-mirasi-hibe-bittikten-sonra-ne-kalmali-demo-free-text.csv"');
    const rows = readCsv(csv.body);
    expect(rows.map((r) => Object.keys(r).join())).toEqual(Array(6).fill('Soru,Yanıt,Paydaş grubu,Taraf'));
    // Sorted by question, answer, then group: not the order of responses (local authorities answered first).
    expect(rows.map((r) => r['Paydaş grubu'])).toEqual(['Akademi', 'Vatandaş', 'Sivil toplum', 'Yerel yönetim', 'Özel sektör', 'Gençlik']);
    expect(csv.body).not.toMatch(UUID);
  });

  it('refuses those who may not read the results, an unknown consultation, and a bad format, language or part', async () => {
    const invited = await opened(p.istanbul, { audience: 'invited', invitedAuthorities: ['DE_05315000'] });
    expect(refusal(await exportOf(p.citizen, invited.id, 'format=csv'))).toBe('403 forbidden');
    expect(refusal(await exportOf(anonymous, invited.id, 'format=xlsx'))).toBe('401 unauthorized');
    expect((await exportOf(p.koln, invited.id, 'format=csv')).statusCode).toBe(200);
    expect(refusal(await exportOf(p.manager, '00000000-0000-4000-8000-000000000000', 'format=csv'))).toBe('404 not_found');
    for (const [query, path] of [['format=pdf', 'format'], ['lang=en', 'format'], ['format=csv&lang=de', 'lang'], ['format=xlsx&part=free_text', 'part'], ['format=csv&part=all', 'part']]) {
      const res = await exportOf(p.manager, demo.id, query!);
      expect(res.statusCode, query).toBe(400);
      expect((res.json().fields as { path: string }[]).map((f) => f.path)).toEqual([path]);
    }
  });

  it('never lets a text from a consultation run as a formula, in CSV or XLSX', async () => {
    const c = await opened(p.manager, { statements: ['=HYPERLINK("http://evil.example","win")', '+1 for the park'] });
    const csv = (await exportOf(p.manager, c.id, 'format=csv')).body;
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"",""win"")"');
    expect(csv).toContain("'+1 for the park");
    const files = unzipSync((await exportOf(p.manager, c.id, 'format=xlsx')).rawPayload);
    const statements = strFromU8(files['xl/worksheets/sheet3.xml']!);
    expect(statements).toContain('t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;http://evil.example&quot;,&quot;win&quot;)</t>');
    expect(statements).not.toContain('<f>');
  });
});
