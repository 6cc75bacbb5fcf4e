import type { EntryInput, LibraryEntry } from '../../../shared/knowledge';
import type { Agent } from '../../test/harness';

/** An entry input with sensible defaults (a Turkish and English guide on the environment). */
export function entry(extra: Partial<EntryInput> = {}): Partial<EntryInput> {
  return {
    kind: 'guide',
    titleTr: 'Belediye işbirliği rehberi',
    titleEn: 'Guide to municipal cooperation',
    summaryTr: 'Kardeş şehirler için kısa bir rehber.',
    summaryEn: 'A short guide for twinned towns.',
    themes: ['environment'],
    country: 'TR',
    year: 2024,
    ...extra,
  };
}

/** Propose an entry as this agent; returns it as the API answered. */
export async function proposed(agent: Agent, extra: Partial<EntryInput> = {}): Promise<LibraryEntry> {
  const res = await agent.request('POST', '/api/library', entry(extra));
  if (res.statusCode !== 201) throw new Error(`propose: ${res.statusCode} ${res.body}`);
  return res.json() as LibraryEntry;
}

/** Propose an entry as `author` and publish it as `manager`. */
export async function published(author: Agent, manager: Agent, extra: Partial<EntryInput> = {}): Promise<LibraryEntry> {
  const e = await proposed(author, extra);
  const res = await manager.request('POST', `/api/library/${e.id}/decision`, { action: 'publish' });
  if (res.statusCode !== 200) throw new Error(`publish: ${res.statusCode} ${res.body}`);
  return res.json() as LibraryEntry;
}
