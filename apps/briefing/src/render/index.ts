export { renderBriefHtml } from "./_html.js";
export { BrowserNotFoundError, launchPdfRenderer, type PdfRenderer, RenderTimeoutError, resolveChromiumPath } from "./_pdf.js";
export { loadTemplates, TemplateError, type Templates } from "./_templates.js";
export type { BriefMeta } from "./_types.js";
export { type BriefView, buildBriefView } from "./_view-model.js";
