import type { homeView } from '../../../shared/home';
import { request } from './client';

/** "My TwinBridge": what waits for the signed-in user, per role. */
export const getMyHome = (signal?: AbortSignal) => request<typeof homeView>('/me/home', { signal });
