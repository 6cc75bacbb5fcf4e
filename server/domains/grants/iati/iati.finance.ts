import type { IatiInput, IatiProject } from './iati.rules';
import { budgetPeriods, eurosFromCents, iatiTransactions, type TransactionKind } from './iati.money.rules';
import { AUTHORITY_ORG_TYPE, bilingual, orgEl } from './iati.orgs.xml';
import { el, type XmlElement } from './iati.xml';

/** The money elements of an IATI activity: default types, budgets and transactions, in schema order. */

/**
 * Defaults for every transaction (IATI 2.03 codelists): FlowType 10 ODA (EU external aid to an IPA
 * beneficiary), FinanceType 110 standard grant, AidType C01 project-type interventions (vocabulary 1,
 * the DAC's), TiedStatus 5 untied is left out: the contracts' rules of origin are not modelled.
 */
export const DEFAULT_TYPES = { flow: '10', finance: '110', aid: 'C01', aidVocabulary: '1' } as const;
/** IATI BudgetType 1 original, 2 revised; BudgetStatus 1 indicative, 2 committed. */
const BUDGET = { original: '1', revised: '2', indicative: '1', committed: '2' } as const;

const TRANSACTION_TEXT: Readonly<Record<TransactionKind, { en: string; tr: string }>> = {
  commitment: { en: 'Grant contract signed', tr: 'Hibe sözleşmesi imzalandı' },
  increase: { en: 'Grant increased by addendum', tr: 'Hibe zeyilname ile artırıldı' },
  reduction: { en: 'Grant reduced by addendum', tr: 'Hibe zeyilname ile azaltıldı' },
  release: { en: 'Unspent commitment released at closure', tr: 'Kapanışta harcanmayan taahhüt serbest bırakıldı' },
  pre_financing: { en: 'Pre-financing payment', tr: 'Ön finansman ödemesi' },
  interim: { en: 'Further pre-financing payment', tr: 'Ek ön finansman ödemesi' },
  final: { en: 'Final payment of costs incurred', tr: 'Gerçekleşen maliyetlerin nihai ödemesi' },
  recovery: { en: 'Recovery order', tr: 'Geri ödeme talimatı' },
};

/** The project's transactions (see iati.money.rules) as elements, paid by the contracting authority to the lead. */
export function transactions(input: IatiInput, p: IatiProject): XmlElement[] {
  const { extendingOrg: payer } = input;
  // The contracting authority signs the contract and pays; the lead authority receives for the partnership.
  return iatiTransactions(p.money).map((t) =>
    el('transaction', {}, [
      el('transaction-type', { code: t.type }),
      el('transaction-date', { 'iso-date': t.date }),
      el('value', { 'value-date': t.date }, eurosFromCents(t.cents)),
      bilingual('description', TRANSACTION_TEXT[t.kind].en, TRANSACTION_TEXT[t.kind].tr),
      orgEl('provider-org', payer.ref, payer.type, payer.name),
      orgEl('receiver-org', p.lead.code, AUTHORITY_ORG_TYPE, p.lead.name),
    ]),
  );
}

/** The default flow, finance and aid types every transaction of the activity inherits. */
export function defaultTypes(): XmlElement[] {
  return [
    el('default-flow-type', { code: DEFAULT_TYPES.flow }),
    el('default-finance-type', { code: DEFAULT_TYPES.finance }),
    el('default-aid-type', { code: DEFAULT_TYPES.aid, vocabulary: DEFAULT_TYPES.aidVocabulary }),
  ];
}

/**
 * The EU grant per project year: the original budget at the signed amount (committed once signed,
 * indicative before), and a revised one when an addendum changed the grant. No dates, no budget.
 */
export function budgets(p: IatiProject): XmlElement[] {
  const start = p.startDate ?? p.money.signedOn;
  if (start === null || p.endDate === null) return [];
  const status = p.money.signedOn === null ? BUDGET.indicative : BUDGET.committed;
  const of = (type: string, cents: number) =>
    budgetPeriods(start, p.endDate ?? start, p.costsByYear, cents).map((b) =>
      el('budget', { type, status }, [
        el('period-start', { 'iso-date': b.start }),
        el('period-end', { 'iso-date': b.end }),
        el('value', { 'value-date': b.start }, eurosFromCents(b.cents)),
      ]),
    );
  const revised = p.money.grantCents !== p.money.signedGrantCents && p.money.signedOn !== null;
  return [...of(BUDGET.original, p.money.signedGrantCents), ...(revised ? of(BUDGET.revised, p.money.grantCents) : [])];
}

