/** The part of a stream progress needs; `process.stderr` fits. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  /** Shows "label done/total" (just "label" when total is 0) in place of the previous update. */
  update(label: string, done: number, total: number): void;
  /** Clears the line, so that what is printed next starts clean. */
  clear(): void;
}

/**
 * A one-line progress counter ("\rparsing 12/40") for long work, shown only when the stream is a
 * terminal: piped or redirected output stays free of carriage returns.
 */
export function createProgress(stream: ProgressStream): Progress {
  if (!stream.isTTY) return { update() {}, clear() {} };
  let shown = false;
  return {
    update(label, done, total) {
      stream.write(`\r\x1b[K${label}${total > 0 ? ` ${done}/${total}` : ""}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write("\r\x1b[K");
      shown = false;
    },
  };
}
