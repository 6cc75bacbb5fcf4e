import type { TFunction } from 'i18next';
import { ApiRequestError } from '../../api/client';
import { fieldErrors } from '../../components/errors';

/** A 400's field messages for a form, with the server's password codes (too common, own name, weak) said in the reader's language. */
export function accountFieldErrors(err: unknown, t: TFunction): Record<string, string> {
  const out = fieldErrors(err);
  if (err instanceof ApiRequestError) {
    for (const f of err.fields) {
      if (f.code?.startsWith('password_')) out[f.path.split('.').pop() ?? f.path] = t(`accounts.passwordProblems.${f.code}`, { defaultValue: t('accounts.passwordProblems.password_weak') });
    }
  }
  return out;
}
