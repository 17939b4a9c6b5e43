/** Patient-education articles for every level, side and zone, and the static site built from them. */
export { buildArticle, articleSlug } from './build-article.js';
export { measurePage as measureArticlePage, visibleText as articleVisibleText } from './measure.js';
export { scorePemat } from './pemat.js';
export type { PematItem, PematScore } from './pemat.js';
export { parseArticleRequest } from './request.js';
export type { ArticleRequest } from './context.js';
export { renderArticleMarkdown } from './render-markdown.js';
export { renderArticleHtml } from './render-html.js';
export type { HtmlOptions as ArticleHtmlOptions } from './render-html.js';
export { readingGrade as articleReadingGrade, MAX_READING_GRADE } from './reading-level.js';
export {
  SECTION_IDS as ARTICLE_SECTION_IDS,
  PATIENT_SECTION_IDS,
  CLINICIAN_SECTION_IDS,
  AUDIENCES as ARTICLE_AUDIENCES,
} from './model.js';
export type {
  Article,
  ArticleReference,
  ArticleBlock,
  ArticleListItem,
  ArticleSection,
  SectionId as ArticleSectionId,
  Audience as ArticleAudience,
} from './model.js';
export { buildArticleSite, sitePath as articleSitePath } from './site.js';
export type { SiteFile } from './site.js';
export { drawSpineDiagram, drawDermatomeDiagram } from '../diagrams/index.js';
export type { Diagram, SpineDiagramRequest, DermatomeDiagramRequest } from '../diagrams/index.js';
