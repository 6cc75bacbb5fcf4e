import { describe, expect, it } from 'vitest';
import { stageCounts, statusCounts, UNDECIDED_STATUSES } from '../../../../shared/grants.counts';
import { APPLICATION_STATUSES } from '../../../../shared/grants';
import { downloadFile, type DownloadProgress } from '../../api/downloads';
import { downloadPercent } from './CallExports';

describe('counts by stage (one source for the call and evaluation pages)', () => {
  it('counts the demo open call: four undecided, of which two in evaluation', () => {
    const s = stageCounts({ submitted: 1, admin_check: 1, evaluation: 2 });
    expect(s).toMatchObject({ received: 1, adminCheck: 1, evaluation: 2, ranked: 0, decided: 0, out: 0, undecided: 4, submittedTotal: 4 });
  });
  it('puts every status but draft in exactly one stage', () => {
    const one = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 1]));
    expect(stageCounts(one).submittedTotal).toBe(APPLICATION_STATUSES.length - 1);
    expect(stageCounts({ draft: 5 }).submittedTotal).toBe(0);
    expect([...UNDECIDED_STATUSES]).toEqual(['submitted', 'admin_check', 'evaluation']);
  });
  it('counts a list by status', () => {
    expect(statusCounts([{ status: 'evaluation' }, { status: 'evaluation' }, { status: 'submitted' }])).toEqual({ evaluation: 2, submitted: 1 });
  });
});

describe('streamed downloads', () => {
  it('reports bytes as chunks arrive, then the whole file with its name', async () => {
    const parts = ['ref,status\n', 'A,evaluated\n', 'B,awarded\n'];
    const total = parts.join('').length;
    const body = new ReadableStream<Uint8Array>({ start(c) { for (const p of parts) c.enqueue(new TextEncoder().encode(p)); c.close(); } });
    const seen: DownloadProgress[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = () => Promise.resolve(new Response(body, { headers: { 'content-length': String(total), 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="CALL-ranking.csv"' } }));
    try {
      const file = await downloadFile('/calls/x/exports/ranking.csv', 'fallback.csv', (p) => seen.push(p));
      expect(file.filename).toBe('CALL-ranking.csv');
      expect(await file.blob.text()).toBe(parts.join(''));
    } finally {
      globalThis.fetch = original;
    }
    expect(seen.map((p) => p.received)).toEqual([0, 11, 23, 33]);
    expect(seen.every((p) => p.total === total)).toBe(true);
    expect(seen.map(downloadPercent)).toEqual([0, 33, 69, 100]);
    expect(downloadPercent({ received: 10, total: null })).toBeNull();
  });
});
