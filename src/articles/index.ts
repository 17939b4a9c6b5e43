/** Patient-education articles for every level, side and zone, and the static site built from them. */
export { buildArticle, articleSlug, patientProse, gradeOfProse } from './build-article.js';
export { parseArticleRequest, normaliseLevel } from './request.js';
export type { ArticleRequest } from './_context.js';
export { renderArticleMarkdown } from './render-markdown.js';
export { renderArticleHtml } from './render-html.js';
export type { HtmlOptions } from './render-html.js';
export { readingGrade, countText, MAX_READING_GRADE } from './reading-level.js';
export { isWithinLabel, amountsInMg, maxInMg, ceilingInMg } from './dose-limits.js';
export { CAUDA_EQUINA_FLAGS } from './sections/when-to-get-help.js';
export { SECTION_IDS } from './model.js';
export type { Article, ArticleReference, Block, ListItem, Section, SectionId } from './model.js';
export { drawSpineDiagram, drawDermatomeDiagram } from '../diagrams/index.js';
export type { Diagram, SpineDiagramRequest, DermatomeDiagramRequest } from '../diagrams/index.js';
export { buildArticleSite } from './site.js';
export type { SiteFile } from './site.js';
