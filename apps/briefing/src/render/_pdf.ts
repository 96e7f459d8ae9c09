/**
 * PDF output through a real Chromium driven by puppeteer-core. One browser per renderer; pages are kept
 * and reused between renders (several may render at once, each on its own page). Chromium is never
 * downloaded: it is found on the machine (`resolveChromiumPath`) or named by the caller.
 */
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { formatFuzzyDate } from "@sitrep/domain";
import type { Browser, Page } from "puppeteer-core";
import { escapeHtml, formatRange } from "./_format.js";
import { setPdfInfo } from "./_pdf-info.js";
import type { BriefMeta } from "./_types.js";

export class BrowserNotFoundError extends Error {
  override readonly name = "BrowserNotFoundError";
  constructor(message?: string, options?: { cause?: unknown }) {
    super(
      message ??
        "could not find Chromium - install it (apt-get install chromium) or set SITREP_CHROMIUM to the browser's executable",
      options,
    );
  }
}

export class RenderTimeoutError extends Error {
  override readonly name = "RenderTimeoutError";
}

export interface PdfRenderer {
  render(html: string, meta: BriefMeta): Promise<Uint8Array>;
  close(): Promise<void>;
}

const ENV_OVERRIDES = ["SITREP_CHROMIUM", "PUPPETEER_EXECUTABLE_PATH", "CHROME_PATH"] as const;
const PATH_NAMES = ["chromium", "chromium-browser", "google-chrome-stable"] as const;
const KNOWN_PATHS = ["/usr/bin/chromium", "/usr/lib/chromium/chromium", "/snap/bin/chromium"] as const;

/** Chromium flags for a headless, offline, container-friendly browser. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
] as const;

const DEFAULT_TIMEOUT_MS = 60_000;
const MIN_LAUNCH_TIMEOUT_MS = 30_000;

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Where Chromium is: an environment override (SITREP_CHROMIUM, PUPPETEER_EXECUTABLE_PATH, CHROME_PATH,
 * taken as given), then `chromium`, `chromium-browser`, `google-chrome-stable` on PATH, then the usual
 * Debian and snap locations. Undefined when none is found.
 */
export function resolveChromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const name of ENV_OVERRIDES) {
    const value = env[name];
    if (value !== undefined && value.trim() !== "") return value;
  }
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const name of PATH_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return KNOWN_PATHS.find(isExecutable);
}

/** Running header: title and range; the PDF template language only offers these classes. */
function headerTemplate(title: string, rangeLabel: string): string {
  return `<div style="width:100%;font-family:Helvetica,Arial,'Liberation Sans',sans-serif;font-size:7.5pt;color:#5a6470;padding:0 14mm;display:flex;justify-content:space-between;"><span>${escapeHtml(title)}</span><span>${escapeHtml(rangeLabel)}</span></div>`;
}

function footerTemplate(asOf: string): string {
  return `<div style="width:100%;font-family:Helvetica,Arial,'Liberation Sans',sans-serif;font-size:7.5pt;color:#5a6470;padding:0 14mm;display:flex;justify-content:space-between;"><span>Information cutoff ${escapeHtml(asOf)} · every statement is sourced in the Notes</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#") return String.fromCodePoint(code[1] === "x" || code[1] === "X" ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return named[code.toLowerCase()] ?? whole;
  });
}

/** The document's own title and subject, so a custom template's wording reaches the PDF metadata too. */
function readDocumentInfo(html: string): { title?: string; subject?: string } {
  const title = /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const subject = /<meta\s+name="subject"\s+content="([^"]*)"/i.exec(html)?.[1];
  return { title: title ? decodeEntities(title.trim()) : undefined, subject: subject ? decodeEntities(subject) : undefined };
}

async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RenderTimeoutError(`could not render PDF - ${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } catch (error) {
    if ((error as Error).name === "TimeoutError") {
      throw new RenderTimeoutError(`could not render PDF - ${what} took longer than ${ms} ms`, { cause: error });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function startBrowser(executablePath: string, timeoutMs: number): Promise<Browser> {
  try {
    // Loaded here, not at module load: an HTML-only run never pays for puppeteer (~0.3 s).
    const { default: puppeteer } = await import("puppeteer-core");
    return await puppeteer.launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      // Starting a cold browser on a busy machine can take seconds: a short render budget must not fail the launch.
      timeout: Math.max(timeoutMs, MIN_LAUNCH_TIMEOUT_MS),
      // B2's CLI handles SIGINT/SIGTERM by calling close(); puppeteer must not race it.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (/ENOENT|no such file|Failed to launch|not found/i.test(message) && !isExecutable(executablePath)) {
      throw new BrowserNotFoundError(
        `could not find Chromium at ${executablePath} - install it (apt-get install chromium) or set SITREP_CHROMIUM to the browser's executable`,
        { cause: error },
      );
    }
    if ((error as Error).name === "TimeoutError") {
      throw new RenderTimeoutError(`could not start Chromium - it did not answer within ${Math.max(timeoutMs, MIN_LAUNCH_TIMEOUT_MS)} ms`, { cause: error });
    }
    throw new Error(`could not start Chromium at ${executablePath} - ${message.split("\n")[0]}`, { cause: error });
  }
}

/**
 * Starts one headless Chromium for any number of renders. Call `close()` when done (twice is safe); a
 * render after close fails. `timeoutMs` bounds each render (default 60 s); a render that exceeds it
 * rejects with RenderTimeoutError. Launching gets at least 30 s. If Chromium dies between renders (a crash,
 * the OOM killer), the next render starts a new one: a long-running schedule survives it.
 */
export async function launchPdfRenderer(options: { executablePath?: string; timeoutMs?: number } = {}): Promise<PdfRenderer> {
  const executablePath = options.executablePath ?? resolveChromiumPath();
  if (!executablePath) throw new BrowserNotFoundError();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const prepare = async (page: Page): Promise<Page> => {
    // The brief is self-contained and script-free: nothing on the page needs to run.
    await page.setJavaScriptEnabled(false);
    return page;
  };
  interface Session {
    browser: Browser;
    /** Chromium starts with one blank tab: the first render uses it instead of opening another. */
    initial: Promise<Page | undefined> | undefined;
    idle: Page[];
  }
  const startSession = async (): Promise<Session> => {
    const browser = await startBrowser(executablePath, timeoutMs);
    const initial = browser
      .pages()
      .then((pages) => (pages[0] ? prepare(pages[0]) : undefined))
      .catch(() => undefined);
    return { browser, initial, idle: [] };
  };

  let session = await startSession();
  let relaunching: Promise<Session> | undefined;
  let closing: Promise<void> | undefined;

  /** The live session; if Chromium died (crash, OOM kill), a new one is started for this render. */
  const liveSession = async (): Promise<Session> => {
    if (session.browser.connected) return session;
    relaunching ??= startSession().finally(() => {
      relaunching = undefined;
    });
    session = await relaunching;
    return session;
  };

  const takePage = async (current: Session): Promise<Page> => {
    const first = current.initial;
    current.initial = undefined;
    const page = (first && (await first)) ?? current.idle.pop();
    return page ?? prepare(await current.browser.newPage());
  };

  return {
    async render(html: string, meta: BriefMeta): Promise<Uint8Array> {
      if (closing) throw new Error("could not render PDF - the renderer is closed");
      const rangeLabel = formatRange(meta.range);
      const title = meta.title ?? `Situation brief — ${rangeLabel}`;
      const current = await liveSession();
      const page = await withTimeout(takePage(current), timeoutMs, "opening a page");
      let healthy = false;
      try {
        const pdf = await withTimeout(
          (async () => {
            await page.setContent(html, { waitUntil: "load", timeout: timeoutMs });
            return page.pdf({
              format: meta.paper === "letter" ? "letter" : "a4",
              printBackground: true,
              displayHeaderFooter: true,
              headerTemplate: headerTemplate(title, rangeLabel),
              footerTemplate: footerTemplate(formatFuzzyDate(meta.asOf)),
              margin: { top: "18mm", bottom: "18mm", left: "14mm", right: "14mm" },
              outline: true,
              tagged: true,
              timeout: timeoutMs,
            });
          })(),
          timeoutMs,
          "rendering the brief",
        );
        healthy = true;
        const info = readDocumentInfo(html);
        return setPdfInfo(pdf, {
          title: info.title ?? title,
          subject: info.subject ?? `Situation brief, ${rangeLabel}`,
          creator: "sitrep",
          creationDate: meta.generatedAt,
        });
      } finally {
        // A page that timed out may still be busy: drop it rather than reuse it.
        if (healthy && !closing) current.idle.push(page);
        else await page.close().catch(() => undefined);
      }
    },
    close(): Promise<void> {
      closing ??= (async () => {
        const pending = await relaunching?.catch(() => undefined);
        await Promise.all([session.browser, pending?.browser].map((browser) => browser?.close().catch(() => undefined)));
      })();
      return closing;
    },
  };
}
