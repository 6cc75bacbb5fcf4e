/**
 * Files officers upload (message attachments, twinning documents and photos, application files):
 * the server enforces these limits and types, the browser checks them first to say why early.
 */

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

/** Documents and pictures, never executables or HTML a browser would run: each type with its file-name extensions. */
export const ACCEPTED_FILE_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'text/plain': ['txt'],
};

/** The lower-cased extension of a file name ('' when it has none). */
export function extensionOf(filename: string): string {
  return filename.toLowerCase().split('.').pop() ?? '';
}

/** The content type accepted for a file name's extension, or null when it is not accepted. */
export function contentTypeOf(filename: string): string | null {
  const ext = extensionOf(filename);
  return Object.entries(ACCEPTED_FILE_TYPES).find(([, exts]) => exts.includes(ext))?.[0] ?? null;
}
