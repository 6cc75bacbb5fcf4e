import type { SessionUser } from '../../../shared/accounts';
import type { HomeView } from '../../../shared/home';
import type { AppContext } from '../../platform/context';
import { officerAuthority } from '../grants/grants.policy';
import { sectionsFor } from './home.rules';
import { BUILDERS } from './home.sections';

/** "My TwinBridge": the sections of the user's role, each with what waits for them first. */
export async function homeOf(ctx: AppContext, user: SessionUser, now = new Date()): Promise<HomeView> {
  // The same rule every domain's policy applies: an approved link acts for the authority only while the
  // user is an officer (an assessor with a link, or an officer demoted by an admin, does not).
  const code = officerAuthority(user);
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
