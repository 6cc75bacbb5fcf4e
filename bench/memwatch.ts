// Preloaded (after tsx) by bench/growth.start.ts into the server: appends process.memoryUsage() (MB) every two
// seconds to MEMWATCH_FILE, so the benchmark sees the V8 heap, external and array-buffer memory.
import fs from 'node:fs';

const file = process.env.MEMWATCH_FILE;
if (file) {
  const mb = (n: number) => n / 2 ** 20;
  const sample = () => {
    const m = process.memoryUsage();
    fs.appendFileSync(file, `${JSON.stringify({ t: performance.now() / 1000, rss: mb(m.rss), heapTotal: mb(m.heapTotal), heapUsed: mb(m.heapUsed), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers) })}\n`);
  };
  setInterval(sample, 2000).unref();
  sample();
}
