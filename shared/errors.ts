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
});
export type ApiError = z.infer<typeof apiError>;
