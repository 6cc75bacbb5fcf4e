import { describe, expect, it } from 'vitest';
import './zodConfig';

describe('zod configuration of the web app', () => {
  it('turns compiled validators off without importing zod first', async () => {
    const { z } = await import('zod');
    expect(z.config().jitless).toBe(true);
  });
});
