import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Temp files being written right now, so that a signal handler can remove them before exiting. */
const pending = new Set<string>();

/** Thrown when a file could not be written; the destination is left as it was. */
export class WriteError extends Error {
  override readonly name = "WriteError";
  constructor(
    readonly path: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`could not write ${path} - ${reason}`, options);
  }
}

/**
 * Writes a file so that readers see either the old content or the whole new one, never a part: the
 * data goes to a temp file in the same directory (same file system, so the rename is atomic), is
 * flushed to disk, then renamed over the destination. On any failure the temp file is removed.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<string> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    pending.add(temp);
    const handle = await open(temp, "wx", 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    return path;
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw new WriteError(path, describeFsError(error), { cause: error });
  } finally {
    pending.delete(temp);
  }
}

/** Removes the temp files of writes still in progress; synchronous, for exit and signal handlers. */
export function removePendingWrites(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOSPC":
      return "no space left on device";
    case "EISDIR":
      return "a directory is in the way";
    case "ENOTDIR":
    case "EEXIST":
      return "a file is in the way of the directory";
    case "EROFS":
      return "read-only file system";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
