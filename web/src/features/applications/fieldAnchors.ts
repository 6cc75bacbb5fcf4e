import type { BudgetLine } from '../../../../shared/grants';
import { lineCell } from './budgetTable';

/**
 * Problems name a field path ('content.activities.2.endMonth', 'partners.0.confirmed'); the editor
 * links each to the input or section it belongs to, by element id, and names it in words.
 */

/** What the mapping needs from the application as the server last read it. */
export interface AnchorContext {
  budget: readonly BudgetLine[];
  partners: readonly { code: string; name: string }[];
}

const TEXT_FIELDS = new Set(['titleEn', 'titleTr', 'theme', 'summaryEn', 'summaryTr', 'durationMonths']);
const LISTS = new Set(['objectives', 'expectedResults', 'activities', 'indicators']);
const ITEM_ID: Record<string, string> = { objectives: 'objective', expectedResults: 'result', activities: 'activity', indicators: 'indicator' };

/** Element id of a budget cell. */
export const budgetCellId = (heading: string, year: number) => `app-budget-${heading}-${year}`;
/** Element id of a partner row. */
export const partnerId = (code: string) => `app-partner-${code.replace(/[^A-Za-z0-9_-]/g, '_')}`;
/** Element id of a list item's input: objective, result, activity or indicator `i` (0-based), optionally one of its fields. */
export const itemId = (list: string, i: number, field?: string) => `app-${ITEM_ID[list] ?? list}-${i}${field ? `-${field}` : ''}`;

function contentAnchor(parts: string[], ctx: AnchorContext): string | null {
  const [field, index, sub] = parts;
  if (!field) return null;
  if (TEXT_FIELDS.has(field)) return `app-${field}`;
  if (field === 'requestedGrantCents') return 'app-requestedGrant';
  if (field === 'budget') {
    const cell = index === undefined ? null : lineCell(ctx.budget, Number(index));
    return cell ? budgetCellId(cell.heading, cell.year) : 'app-budget';
  }
  if (LISTS.has(field)) {
    if (index === undefined) return `app-${field}`;
    const text = field === 'objectives' || field === 'expectedResults';
    return itemId(field, Number(index), text ? undefined : (sub ?? (field === 'activities' ? 'title' : 'name')));
  }
  return null;
}

/** The element id a problem's field links to, or null when it is no field of the form (the call, the lead). */
export function anchorOf(field: string, ctx: AnchorContext): string | null {
  const [root, ...rest] = field.split('.');
  if (root === 'content') return contentAnchor(rest, ctx);
  if (root === 'partners' || root === 'codes') {
    const partner = rest[0] === undefined ? undefined : ctx.partners[Number(rest[0])];
    return root === 'partners' && partner ? partnerId(partner.code) : 'app-partners';
  }
  return null;
}

/** The words for a field: a key under `applications.fields` and its figures. */
export function fieldLabel(field: string, ctx: AnchorContext): { key: string; params?: Record<string, string | number> } {
  const [root, name, index] = field.split('.');
  if (root === 'call' || root === 'lead') return { key: root };
  if (root === 'partners' || root === 'codes') {
    const partner = name === undefined ? undefined : ctx.partners[Number(name)];
    return partner ? { key: 'partner', params: { name: partner.name } } : { key: 'partners' };
  }
  if (root !== 'content' || !name) return { key: 'other' };
  if (name === 'budget' && index !== undefined) {
    const cell = lineCell(ctx.budget, Number(index));
    return cell ? { key: 'budgetCell', params: { heading: cell.heading, year: cell.year } } : { key: 'budget' };
  }
  if (LISTS.has(name) && index !== undefined) return { key: `${ITEM_ID[name]}N`, params: { n: Number(index) + 1 } };
  return { key: name === 'requestedGrantCents' ? 'requestedGrant' : name };
}
