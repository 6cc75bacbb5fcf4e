import { programmeView } from '../../../../shared/grants.api';
import { programmeList, projectList } from '../../../../shared/grants.writes';
import type { PreparedJson } from '../../../platform/prepared';
import { answerOf } from '../../../platform/answers';
import type { AppContext } from '../../../platform/context';
import { grantsAnswers } from '../grants.answers';
import { listProjects, type ProjectFilter } from '../awards/grants.projects.service';
import { getProgramme, listProgrammes } from './grants.programmes.service';
import { nextOpenChange } from './open.rules';

/*
 * The public side of programmes and projects, ready to send: what every caller who does not manage
 * grants sees (managers also see draft calls, and are served afresh by the routes).
 */

/** Every programme with its ledger and figures. */
export function publicProgrammes(ctx: AppContext): Promise<PreparedJson> {
  return grantsAnswers(ctx).answer('programmes', async () => answerOf(programmeList, await listProgrammes(ctx)));
}

/** A programme's public page; it lasts until the data changes or one of its calls opens or closes. */
export function publicProgramme(ctx: AppContext, id: string): Promise<PreparedJson> {
  return grantsAnswers(ctx).answer(`programme:${id}`, async () => {
    const view = await getProgramme(ctx, null, id);
    return answerOf(programmeView, view, nextOpenChange(view.calls, Date.now()));
  });
}

/** The awarded projects a filter admits (one answer per filter, the filter as validated). */
export function publicProjects(ctx: AppContext, f: ProjectFilter): Promise<PreparedJson> {
  const key = JSON.stringify(['projects', f.programme ?? null, f.call ?? null, f.theme ?? null, f.country ?? null, f.province?.toLocaleLowerCase('tr') ?? null]);
  return grantsAnswers(ctx).answer(key, async () => answerOf(projectList, { items: await listProjects(ctx, f) }));
}
