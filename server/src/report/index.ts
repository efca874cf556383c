/**
 * Reports and exports of an article's fact-check state, shared by the CLI (`scan --format sarif`,
 * `export`, `report`) and the language server (Show Report, Export ClaimReview). Pure: no editor,
 * LSP or file-system code.
 */
export { buildReport, statusOrder, type ReportInput, type ReportItem, type ReportModel, type ReportOrphan } from './model.js';
export { readFrontMatter, type ArticleMeta } from './frontMatter.js';
export { renderMarkdown, type MarkdownOptions } from './markdown.js';
export { renderHtml, escapeHtml, type HtmlOptions } from './html.js';
export { toClaimReview, type ClaimReviewExport, type ClaimReviewOptions } from './claimReview.js';
export { toWebAnnotations } from './webAnnotation.js';
export { toSarif, relativeUri, SARIF_SCHEMA, type SarifInput } from './sarif.js';
export { parseFailOn, failsOn, gateStatuses, type FailOn } from './failOn.js';
export { ruleHelp, helpFor, statusOfProblem, type RuleHelp } from './rules.js';
