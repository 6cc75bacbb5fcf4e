import type { SessionUser } from '../../../shared/accounts';
import type { HomeView } from '../../../shared/home';
import type { AppContext } from '../../platform/context';
import { sectionsFor } from './home.rules';
import { BUILDERS } from './home.sections';

/** "My TwinBridge": the sections of the user's role, each with what waits for them first. */
export async function homeOf(ctx: AppContext, user: SessionUser, now = new Date()): Promise<HomeView> {
  const code = user.authorityCode;
  const keys = sectionsFor(user.role, code !== null);
  const sections = [];
  // One after the other: the database handle (PGlite in particular) serves one query at a time anyway.
  for (const key of keys) sections.push(await BUILDERS[key](ctx, user, now));
  const request = user.officerRequest;
  return {
    role: user.role,
    authority: code ? { code, name: ctx.directory.get(code)?.name ?? code } : null,
    officerRequest: request && request.status !== 'approved' ? { ...request, authorityName: ctx.directory.get(request.authorityCode)?.name ?? null } : null,
    sections,
  };
}
