import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './crash';

/** An error with a code, as node (socket errors) and node-postgres (SQLSTATE) make them. */
const coded = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('knows a database that is away: refused, reset, terminated, shutting down, starting, full, timed out', () => {
    for (const err of [
      coded('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      coded('read ECONNRESET', 'ECONNRESET'),
      coded('terminating connection due to administrator command', '57P01'),
      coded('the database system is starting up', '57P03'),
      coded('sorry, too many clients already', '53300'),
      coded('connection failure', '08006'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Client has encountered a connection error and is not queryable'),
      new AggregateError([coded('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], 'all attempts failed'),
    ]) expect(isDatabaseUnavailable(err), err.message).toBe(true);
  });

  it('looks inside what drizzle wraps', () => {
    const wrapped = new DrizzleQueryError('select 1', [], coded('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'));
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it('leaves a query that failed on its own to be a failure of its own (500 or its 4xx)', () => {
    for (const err of [
      coded('duplicate key value violates unique constraint', '23505'),
      coded('canceling statement due to statement timeout', '57014'),
      coded('syntax error at or near "SELEC"', '42601'),
      new DrizzleQueryError('insert', [], coded('null value in column', '23502')),
      new Error('Something else'),
    ]) expect(isDatabaseUnavailable(err), err.message).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
