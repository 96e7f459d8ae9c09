/**
 * A file (or other input) that could not be read: the message names it and says why, so a CLI can
 * print one line per bad file and go on with the rest.
 */
export class ParseInputError extends Error {
  override readonly name = "ParseInputError";
  constructor(
    /** The path or label of the input. */
    readonly source: string,
    /** Why, in a few words: "not valid UTF-8", "empty file", "unsupported extension .pdf". */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`could not read ${source} - ${reason}`, options);
  }
}
