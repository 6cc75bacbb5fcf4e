import { describe, expect, it } from 'vitest';
import { optionalNullableBodies } from './openapi';

describe('optionalNullableBodies', () => {
  it('makes a nullable body optional and leaves every other body required', () => {
    const json = (nullable?: boolean) => ({ required: true, content: { 'application/json': { schema: { type: 'object', ...(nullable ? { nullable } : {}) } } } });
    const doc = { paths: { '/a': { post: { requestBody: json(true) } }, '/b': { put: { requestBody: json() }, get: {} } } };
    const out = optionalNullableBodies(doc);
    expect(out.paths['/a'].post.requestBody.required).toBe(false);
    expect(out.paths['/b'].put.requestBody.required).toBe(true);
    expect(optionalNullableBodies({})).toEqual({});
  });
});
