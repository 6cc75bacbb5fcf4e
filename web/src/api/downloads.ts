import { ApiRequestError, apiUrl, toError } from './client';

/** How much of a download has arrived; `total` is null when the server sent no length. */
export interface DownloadProgress {
  received: number;
  total: number | null;
}

/** A downloaded file, ready to hand to the browser. */
export interface Downloaded {
  blob: Blob;
  filename: string;
}

function filenameOf(res: Response, fallback: string): string {
  const m = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '');
  return m?.[1] ?? fallback;
}

/**
 * Fetch a file from the API as a stream, reporting progress as chunks arrive (large exports take
 * a while); throws ApiRequestError for a refusal so the page can say why in the reader's language.
 */
export async function downloadFile(path: string, fallbackName: string, onProgress: (p: DownloadProgress) => void, signal?: AbortSignal): Promise<Downloaded> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path), { credentials: 'same-origin', signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiRequestError(0, 'network', 'Network error');
  }
  if (!res.ok) throw await toError(res);
  const length = Number(res.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = res.headers.get('content-type') ?? 'application/octet-stream';
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress({ received, total });
  const reader = res.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress({ received, total });
    }
  }
  return { blob: new Blob(chunks, { type }), filename: filenameOf(res, fallbackName) };
}

/** Hand a downloaded file to the browser's own download (a temporary object URL). */
export function saveFile({ blob, filename }: Downloaded): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
