import { demoAccountsHook } from './domains/accounts/accounts.demo';
import type { AppContext } from './platform/context';

/** Work each domain does once after the database is ready (demo accounts, indexes, reminders). */
export const startupHooks: ((ctx: AppContext) => Promise<void>)[] = [demoAccountsHook];
