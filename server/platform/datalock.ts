import fs from 'node:fs';

/**
 * One process per embedded database folder. PGlite keeps its own state in memory and writes it back:
 * two processes on one folder both acknowledge writes and the second's are lost at the next restart.
 * So the folder gets a lock file (`<folder>.lock`, beside it: PGlite decides from the folder's contents
 * whether to initialise it) holding the owner's pid; a second process refuses to start.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(`TwinBridge: the data folder ${dir} is in use by another TwinBridge process (pid ${pid}). Stop it first, or give this one its own DATA_DIR.`);
  }
}

/** Whether a process with this pid runs (EPERM: it runs, under another user). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Create `file` holding our pid, atomically and only if absent: the pid is written to a private
 * file first and hard-linked into place, so nobody ever reads a lock file without its pid.
 */
function createWithPid(file: string): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, String(process.pid));
  try {
    fs.linkSync(tmp, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** The pid in a lock file, or undefined when the file has gone meanwhile. */
function ownerOf(file: string): number | undefined {
  try {
    return Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** A lock whose owner is gone: killed (no such pid), or a pid reused by ourselves after a restart. */
function stale(pid: number): boolean {
  return !Number.isInteger(pid) || pid <= 0 || pid === process.pid || !pidAlive(pid);
}

/**
 * Take the lock of `dir` or throw DataDirLockedError naming the live owner. A stale lock is replaced,
 * under a second lock file (`.takeover`) so that two processes restarting at once cannot both
 * remove it: the loser sees the winner's fresh lock and refuses. Returns the release function.
 */
export function lockDataDir(dir: string): () => void {
  const lock = `${dir}.lock`;
  const takeover = `${lock}.takeover`;
  // Our own pid in the lock is stale after a restart (containers reuse pids), unless we hold it now.
  if (held.has(lock)) throw new DataDirLockedError(dir, process.pid);
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createWithPid(lock)) return releaser(lock);
    const owner = ownerOf(lock);
    if (owner === undefined) continue; // released between our two looks: try again
    if (!stale(owner)) throw new DataDirLockedError(dir, owner);
    if (!createWithPid(takeover)) {
      // Another process replaces the stale lock now; or one died doing so (a lone stale takeover).
      const other = ownerOf(takeover);
      if (other !== undefined && stale(other)) fs.rmSync(takeover, { force: true });
      continue;
    }
    try {
      const again = ownerOf(lock);
      if (again !== undefined && !stale(again)) throw new DataDirLockedError(dir, again);
      fs.rmSync(lock, { force: true });
      if (createWithPid(lock)) return releaser(lock);
    } finally {
      fs.rmSync(takeover, { force: true });
    }
  }
  const owner = ownerOf(lock);
  throw new DataDirLockedError(dir, owner ?? 0);
}

/** Remove the lock if it is still ours; also on exit, so a stopped process leaves none behind. */
function releaser(lock: string): () => void {
  held.add(lock);
  const release = () => {
    if (ownerOf(lock) === process.pid) fs.rmSync(lock, { force: true });
    held.delete(lock);
    process.off('exit', release);
  };
  process.on('exit', release);
  return release;
}

/** The locks this process holds. */
const held = new Set<string>();
