import type { stats, Stats } from '../../../shared/stats';
import { request } from './client';

export type { Stats };

/** The public dashboard's figures (cached on the server until the data changes). */
export const getStats = (signal?: AbortSignal) => request<typeof stats>('/stats', { signal });
