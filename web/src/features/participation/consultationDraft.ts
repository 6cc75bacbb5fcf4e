import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { fromIstanbulLocal } from '../../../../shared/istanbul';
import { consultationInput, type QuestionKind } from '../../../../shared/participation';

type Pair = { tr: string; en: string };

export interface QuestionDraft {
  kind: QuestionKind;
  prompt: Pair;
  required: boolean;
  options: Pair[];
}

/** The creation form as typed: dates as Istanbul wall time, invited authorities as one line of codes. */
export interface ConsultationDraft {
  title: Pair;
  description: Pair;
  opensAt: string;
  closesAt: string;
  audience: 'public' | 'signed_in' | 'invited';
  invited: string;
  minGroupSize: number;
  questions: QuestionDraft[];
  statements: string[];
  allowNewStatements: boolean;
}

export const emptyPair = (): Pair => ({ tr: '', en: '' });
export const newQuestion = (kind: QuestionKind): QuestionDraft => ({
  kind,
  prompt: emptyPair(),
  required: false,
  options: kind === 'single' || kind === 'multiple' || kind === 'ranking' ? [emptyPair(), emptyPair()] : [],
});
export const emptyDraft = (): ConsultationDraft => ({
  title: emptyPair(), description: emptyPair(), opensAt: '', closesAt: '', audience: 'public', invited: '', minGroupSize: 5,
  questions: [], statements: [], allowNewStatements: true,
});

/** A message for the schema's own checks (formats, lengths), which carry no code of ours. */
function fallbackCode(path: string): string {
  if (path === 'opensAt' || path === 'closesAt') return 'date_invalid';
  if (path.startsWith('statements.')) return 'statement_length';
  return 'invalid';
}

/**
 * The draft checked by the shared schema: the body to send, or a translated message per field path
 * ('questions.0.options', 'closesAt'…) from the schema's problem codes.
 */
export function checkDraft(d: ConsultationDraft, t: TFunction): { body: z.output<typeof consultationInput> } | { errors: Record<string, string> } {
  const parsed = consultationInput.safeParse({
    title: d.title,
    description: d.description,
    opensAt: fromIstanbulLocal(d.opensAt) ?? '',
    closesAt: fromIstanbulLocal(d.closesAt) ?? '',
    audience: d.audience,
    invitedAuthorities: d.audience === 'invited' ? d.invited.split(/[\s,;]+/).filter(Boolean) : [],
    minGroupSize: d.minGroupSize,
    questions: d.questions.map((q) => ({ ...q, options: q.kind === 'scale' || q.kind === 'text' ? [] : q.options })),
    statements: d.statements.map((s) => s.trim()),
    allowNewStatements: d.allowNewStatements,
  });
  if (parsed.success) return { body: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    const code = (issue as { params?: { code?: string } }).params?.code ?? fallbackCode(path);
    errors[path] ??= t(`participation.create.problems.${code}`, { defaultValue: t('participation.create.problems.invalid') });
  }
  return { errors };
}
