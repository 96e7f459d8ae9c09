import type { Dataset } from "@sitrep/domain";
import { type Templates, TemplateError } from "./_templates.js";
import type { BriefMeta } from "./_types.js";
import { buildBriefView } from "./_view-model.js";

/**
 * Renders the brief for `meta.range` as one self-contained HTML file. Selects the range itself, so the
 * whole dataset can be passed. Article text reaches the page only through Handlebars' escaping `{{…}}`
 * or the helpers and SVG builder, which escape too.
 */
export function renderBriefHtml(dataset: Dataset, meta: BriefMeta, templates: Templates): string {
  const view = buildBriefView(dataset, meta);
  try {
    return templates.layout({ ...view, css: templates.css }, { allowProtoPropertiesByDefault: false });
  } catch (error) {
    if (error instanceof TemplateError) throw error;
    const reason = String((error as Error).message ?? error).split("\n")[0];
    throw new TemplateError(`could not render template ${templates.files.layout} - ${reason}`, templates.files.layout, undefined, { cause: error });
  }
}
