import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('PG_POOL_SIZE', () => {
  it('is 10 connections per app process unless set, and a whole number from 1 to 500', () => {
    expect(loadConfig({}).pgPoolSize).toBe(10);
    expect(loadConfig({ PG_POOL_SIZE: '25' }).pgPoolSize).toBe(25);
    for (const bad of ['0', '-3', '2.5', 'many', '501']) expect(() => loadConfig({ PG_POOL_SIZE: bad }), bad).toThrow(/PG_POOL_SIZE/);
  });
});
