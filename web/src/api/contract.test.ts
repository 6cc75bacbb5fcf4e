import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { directoryFacets } from '../../../shared/authorities';
import type { conversationDetail, notificationList, partnerRequestPage } from '../../../shared/matching.api';
import type { programmeList } from '../../../shared/grants.writes';
import type { activityList, registryPage, registryStats, twinningDetail, twinningView } from '../../../shared/twinnings.api';
import { getFacets } from './authorities';
import { listProgrammes } from './grants';
import { getConversation, getNotifications, listRequests } from './matching';
import { getActivities, getRegistryStats, getTwinning, listTwinnings, moveTwinning } from './twinnings';

// Checked by the typecheck: each call answers with the type of the schema its route declares in shared/,
// so changing a response schema fails the web's typecheck as well as the server's.
describe('the web API is typed by the shared contract', () => {
  it('answers with the route schemas’ types', () => {
    expectTypeOf(listTwinnings).returns.resolves.toEqualTypeOf<z.output<typeof registryPage>>();
    expectTypeOf(getTwinning).returns.resolves.toEqualTypeOf<z.output<typeof twinningDetail>>();
    expectTypeOf(moveTwinning).returns.resolves.toEqualTypeOf<z.output<typeof twinningView>>();
    expectTypeOf(getActivities).returns.resolves.toEqualTypeOf<z.output<typeof activityList>>();
    expectTypeOf(getRegistryStats).returns.resolves.toEqualTypeOf<z.output<typeof registryStats>>();
    expectTypeOf(getFacets).returns.resolves.toEqualTypeOf<z.output<typeof directoryFacets>>();
    expectTypeOf(listRequests).returns.resolves.toEqualTypeOf<z.output<typeof partnerRequestPage>>();
    expectTypeOf(getConversation).returns.resolves.toEqualTypeOf<z.output<typeof conversationDetail>>();
    expectTypeOf(getNotifications).returns.resolves.toEqualTypeOf<z.output<typeof notificationList>>();
    expectTypeOf(listProgrammes).returns.resolves.toEqualTypeOf<z.output<typeof programmeList>>();
  });
});
