import type { AttachmentUpload } from '../../../../shared/matching.api';
import { ACCEPTED_FILE_TYPES, contentTypeOf, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '../../../../shared/uploads';

/** What a browser-picked file becomes for the API. */
export type ReadFile = AttachmentUpload;

// The server's limits and types (shared): the browser checks them first to say why before sending.
export { contentTypeOf };
export const MAX_FILES = MAX_ATTACHMENTS;
export const MAX_FILE_BYTES = MAX_ATTACHMENT_BYTES;

/** The `accept` attribute of the file input (by extension: browsers leave `type` empty for some office files). */
export const ACCEPT_ATTR = Object.values(ACCEPTED_FILE_TYPES).flat().map((e) => `.${e}`).join(',');

/** Bytes as base64 without the data-URL prefix, in chunks (no call-stack limit on large files). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Read a picked file for upload. */
export async function readFile(file: File): Promise<ReadFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { filename: file.name, contentType: contentTypeOf(file.name) ?? file.type, dataBase64: bytesToBase64(bytes) };
}

export type FileProblem = 'type' | 'size' | 'empty';

/** Why a file would be refused before sending it (the server checks again, including the content). */
export function fileProblem(file: Pick<File, 'name' | 'size'>): FileProblem | null {
  if (!contentTypeOf(file.name)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_FILE_BYTES) return 'size';
  return null;
}

/** A size as "1.2 MB" / "340 kB" style numbers (unit words are translated by the caller). */
export function sizeParts(bytes: number): { value: number; unit: 'MB' | 'kB' | 'B' } {
  if (bytes >= 1024 * 1024) return { value: Math.round((bytes / 1024 / 1024) * 10) / 10, unit: 'MB' };
  if (bytes >= 1024) return { value: Math.round(bytes / 1024), unit: 'kB' };
  return { value: bytes, unit: 'B' };
}
