import { describe, expect, it } from 'vitest';
import { apply } from '../../../../server/domains/twinnings/twinnings.rules';
import { ApiRequestError } from '../../api/client';
import { conflictKey } from './conflicts';

const conflict = (message: string) => new ApiRequestError(409, 'conflict', message);

describe('twinning conflict reasons', () => {
  it('names each refusal of the state machine', () => {
    const refused = [
      apply({ status: 'proposed', pending: null }, { kind: 'move', to: 'signed', by: 'a' }),
      apply({ status: 'exploring', pending: { target: 'agreed', approvals: ['a'] } }, { kind: 'move', to: 'ended', by: 'b' }),
      apply({ status: 'exploring', pending: { target: 'agreed', approvals: ['a'] } }, { kind: 'approve', by: 'a' }),
      apply({ status: 'exploring', pending: null }, { kind: 'approve', by: 'a' }),
      apply({ status: 'exploring', pending: null }, { kind: 'withdraw', by: 'a' }),
    ];
    const keys = refused.map((o) => (o.ok ? null : conflictKey(conflict(o.reason))));
    expect(keys).toEqual([
      'twinnings.conflict.notAllowed',
      'twinnings.conflict.pendingFirst',
      'twinnings.conflict.alreadyApproved',
      'twinnings.conflict.nothingPending',
      'twinnings.conflict.nothingToWithdraw',
    ]);
  });

  it('names the proposal refusals and leaves other errors alone', () => {
    expect(conflictKey(conflict('These authorities already have a twinning in the registry'))).toBe('twinnings.conflict.exists');
    expect(conflictKey(conflict('An authority cannot twin with itself'))).toBe('twinnings.conflict.self');
    expect(conflictKey(conflict('Something new'))).toBeNull();
    expect(conflictKey(new ApiRequestError(403, 'forbidden', 'already have a twinning'))).toBeNull();
    expect(conflictKey(new Error('x'))).toBeNull();
  });
});
