import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../api/client';
import { refusedFile, uploadProblem } from './uploads';

describe('twinning uploads', () => {
  it('refuses wrong types, empty and large files, and non-images as photos', () => {
    expect(uploadProblem({ name: 'protocol.pdf', size: 100 }, 'protocol')).toBeNull();
    expect(uploadProblem({ name: 'run.exe', size: 100 }, 'other')).toBe('type');
    expect(uploadProblem({ name: 'a.pdf', size: 0 }, 'report')).toBe('empty');
    expect(uploadProblem({ name: 'a.pdf', size: 6 * 1024 * 1024 }, 'report')).toBe('size');
    expect(uploadProblem({ name: 'a.pdf', size: 10 }, 'photo')).toBe('notImage');
    expect(uploadProblem({ name: 'visit.JPG', size: 10 }, 'photo')).toBeNull();
  });

  it('tells a refused file from other 400s', () => {
    expect(refusedFile(new ApiRequestError(400, 'bad_request', 'File refused', [{ path: 'dataBase64', message: 'content is not a PDF file' }]))).toBe(true);
    expect(refusedFile(new ApiRequestError(400, 'bad_request', 'x', [{ path: 'activityId', message: 'no such activity' }]))).toBe(false);
    expect(refusedFile(new Error('x'))).toBe(false);
  });
});
