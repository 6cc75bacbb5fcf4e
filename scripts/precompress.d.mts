/** Writes file.br and file.gz beside every text file of dir worth compressing; returns bytes before and after (brotli). */
export function precompress(dir: string): Promise<{ files: number; before: number; after: number }>;
