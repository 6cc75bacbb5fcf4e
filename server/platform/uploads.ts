import { ACCEPTED_FILE_TYPES, extensionOf, MAX_ATTACHMENT_BYTES } from '../../shared/uploads';

/** A file someone uploads (message attachments, twinning documents, photos). */
export interface UploadedFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

// The accepted types and their extensions are shared with the browser; the first bytes are checked here only.
const MAGIC: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': [0x50, 0x4b],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': [0x50, 0x4b],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': [0x50, 0x4b],
  'application/vnd.oasis.opendocument.text': [0x50, 0x4b],
};

/** Why a file is refused, as a stable code the UI translates. */
export const FILE_PROBLEMS = ['empty', 'size', 'type', 'name', 'content'] as const;
export type FileProblem = (typeof FILE_PROBLEMS)[number];

/** Why a file is refused (type by name, declared type and first bytes; size), or null when it is fine. */
export function attachmentProblem(f: UploadedFile): { code: FileProblem; message: string } | null {
  const no = (code: FileProblem, message: string) => ({ code, message });
  if (f.bytes.length === 0) return no('empty', 'empty file');
  if (f.bytes.length > MAX_ATTACHMENT_BYTES) return no('size', `larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
  // Own keys only: a declared type such as 'constructor' must not reach the object's prototype.
  const exts = Object.hasOwn(ACCEPTED_FILE_TYPES, f.contentType) ? ACCEPTED_FILE_TYPES[f.contentType] : undefined;
  if (!exts) return no('type', `type ${f.contentType} not accepted (PDF, images, office documents, text)`);
  if (!exts.includes(extensionOf(f.filename))) return no('name', `file name must end in .${exts.join(' or .')}`);
  const magic = Object.hasOwn(MAGIC, f.contentType) ? MAGIC[f.contentType] : undefined;
  if (magic && !magic.every((b, i) => f.bytes[i] === b)) return no('content', `content is not a ${exts[0]!.toUpperCase()} file`);
  return null;
}

/**
 * A Content-Disposition header that keeps a file's name as written (Sözleşme.pdf, not
 * S%C3%B6zle%C5%9Fme.pdf): RFC 6266's UTF-8 `filename*`, with an ASCII `filename` for old clients.
 */
export function contentDisposition(kind: 'inline' | 'attachment', filename: string): string {
  const ascii = filename.replace(/ı/g, 'i').normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_') || 'file';
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
