import { z } from 'zod';

/** The error body every 4xx/5xx uses; `fields` names each bad input with its reason. */
export const apiError = z.object({
  error: z.string(),
  message: z.string(),
  fields: z
    .array(
      z.object({
        path: z.string(),
        message: z.string(),
        /** A stable rule code the UI translates (grant scheme rules), with the figures it needs. */
        code: z.string().optional(),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    )
    .optional(),
  /** For a 409: why, as a stable code (CONFLICT_CODES) the UI translates, with its figures. */
  reason: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ApiError = z.infer<typeof apiError>;

export { CONFLICT_CODES, DATABASE_UNAVAILABLE, type ConflictCode, type ConflictParams, type Refusal } from './errorCodes';
