import type { TwinningFileKind, TwinningFileUpload } from '../../../../shared/twinnings';
import { ApiRequestError } from '../../api/client';
import { fileProblem, readFile, type FileProblem } from '../partners/fileReading';

/** Why a picked file cannot be a file of this kind, before sending (the server checks again). */
export function uploadProblem(file: Pick<File, 'name' | 'size'>, kind: TwinningFileKind): FileProblem | 'notImage' | null {
  const p = fileProblem(file);
  if (p) return p;
  if (kind === 'photo' && !/\.(png|jpe?g)$/i.test(file.name)) return 'notImage';
  return null;
}

/** Read a picked file into the upload body. */
export async function uploadBody(file: File, kind: TwinningFileKind, isPublic: boolean, activityId?: string): Promise<TwinningFileUpload> {
  const read = await readFile(file);
  return { ...read, kind, public: isPublic, ...(activityId ? { activityId } : {}) };
}

/** True when a 400 refused the file itself (its type, content or size), not another field. */
export function refusedFile(err: unknown): boolean {
  return err instanceof ApiRequestError && err.status === 400 && err.fields.some((f) => ['dataBase64', 'contentType', 'filename'].includes(f.path));
}
