/** A file someone uploads (message attachments, twinning documents, photos). */
export interface UploadedFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

// What officers exchange: documents and pictures, never executables or HTML that a browser would run.
const ALLOWED: Record<string, { ext: string[]; magic?: number[] }> = {
  'application/pdf': { ext: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46] },
  'image/png': { ext: ['png'], magic: [0x89, 0x50, 0x4e, 0x47] },
  'image/jpeg': { ext: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { ext: ['docx'], magic: [0x50, 0x4b] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { ext: ['xlsx'], magic: [0x50, 0x4b] },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { ext: ['pptx'], magic: [0x50, 0x4b] },
  'application/vnd.oasis.opendocument.text': { ext: ['odt'], magic: [0x50, 0x4b] },
  'text/plain': { ext: ['txt'] },
};

/** Why a file is refused, as a stable code the UI translates. */
export const FILE_PROBLEMS = ['empty', 'size', 'type', 'name', 'content'] as const;
export type FileProblem = (typeof FILE_PROBLEMS)[number];

/** Why a file is refused (type by name, declared type and first bytes; size), or null when it is fine. */
export function attachmentProblem(f: UploadedFile): { code: FileProblem; message: string } | null {
  const no = (code: FileProblem, message: string) => ({ code, message });
  if (f.bytes.length === 0) return no('empty', 'empty file');
  if (f.bytes.length > MAX_ATTACHMENT_BYTES) return no('size', `larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
  const rule = ALLOWED[f.contentType];
  if (!rule) return no('type', `type ${f.contentType} not accepted (PDF, images, office documents, text)`);
  const ext = f.filename.toLowerCase().split('.').pop() ?? '';
  if (!rule.ext.includes(ext)) return no('name', `file name must end in .${rule.ext.join(' or .')}`);
  if (rule.magic && !rule.magic.every((b, i) => f.bytes[i] === b)) return no('content', `content is not a ${rule.ext[0]!.toUpperCase()} file`);
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
