/** A same-site path to go to after signing in; anything else (absolute or protocol-relative URLs) becomes "/". */
export function safeNext(next: string | null, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
