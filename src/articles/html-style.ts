/**
 * The one stylesheet of every HTML page, inlined so pages need no external resources. Colours meet
 * WCAG AA contrast on their backgrounds; the print rules drop navigation and show link targets.
 */
export const ARTICLE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #ffffff; }
.skip { position: absolute; left: -999px; top: 0; background: #ffffff; color: #0b4f9c; padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 10; }
header.site, footer.site { background: #f2f5f8; border-bottom: 1px solid #d5dde6; padding: .75rem 1rem; }
footer.site { border-top: 1px solid #d5dde6; border-bottom: 0; margin-top: 3rem; font-size: .9375rem; }
header.site p, footer.site p { margin: 0 auto; max-width: 48rem; }
main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 2rem; line-height: 1.25; margin: 1rem 0 .5rem; }
h2 { font-size: 1.5rem; line-height: 1.3; margin: 2.5rem 0 .75rem; border-bottom: 2px solid #d5dde6; padding-bottom: .25rem; }
h3 { font-size: 1.1875rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1.0625rem; margin: 1.25rem 0 .25rem; }
a { color: #0b4f9c; }
a:focus-visible, summary:focus-visible, input:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.summary { font-size: 1.1875rem; }
nav.toc { background: #f7f9fb; border: 1px solid #d5dde6; border-radius: 6px; padding: .5rem 1rem; }
nav.toc h2 { font-size: 1.125rem; border: 0; margin: .5rem 0; }
nav.toc ol { margin: 0 0 .5rem; padding-left: 1.5rem; }
ul.items { padding-left: 1.25rem; }
ul.items > li { margin: .5rem 0; }
sup.refs { font-size: .75em; }
details { margin: .25rem 0 .5rem; font-size: .9375rem; color: #3d3d3d; }
summary { cursor: pointer; color: #0b4f9c; }
figure { margin: 1.5rem 0; }
figure svg { display: block; max-width: 100%; height: auto; border: 1px solid #d5dde6; border-radius: 6px; }
figcaption { font-size: .9375rem; color: #3d3d3d; margin-top: .5rem; }
.callout { border-left: 6px solid #4d6178; background: #f2f5f8; padding: .75rem 1rem; margin: 1rem 0; border-radius: 4px; }
.callout h3 { margin-top: .25rem; }
.callout.emergency { border-color: #b0281a; background: #fdf0ee; }
.callout.urgent { border-color: #a35200; background: #fff5e8; }
ol.references { font-size: .9375rem; overflow-wrap: anywhere; }
.meta { color: #3d3d3d; }
table.index { border-collapse: collapse; width: 100%; margin: 1rem 0; }
table.index th, table.index td { border: 1px solid #d5dde6; padding: .35rem .5rem; text-align: left; vertical-align: top; }
table.index th { background: #f2f5f8; }
.search input { font: inherit; padding: .4rem .6rem; width: 100%; max-width: 28rem; border: 1px solid #4d6178; border-radius: 4px; }
.search ul { padding-left: 1.25rem; }
ol.items { padding-left: 1.5rem; }
ol.items > li { margin: .5rem 0; }
.badge { color: #1f4d2b; }
main, article, section, li, p { overflow-wrap: break-word; }
.table-wrap { overflow-x: auto; max-width: 100%; }
.table-wrap table { border-collapse: collapse; width: 100%; font-size: .9375rem; }
.table-wrap caption { text-align: left; font-weight: 600; padding: .25rem 0; }
.table-wrap th, .table-wrap td { border: 1px solid #d5dde6; padding: .35rem .5rem; text-align: left; vertical-align: top; }
.table-wrap thead th { background: #f2f5f8; }
@media print {
  @page { margin: 12mm; }
  body { font-size: 10pt; line-height: 1.3; color: #000000; }
  .skip, header.site, footer.site, main > article { display: none; }
  main { max-width: none; padding: 0; }
  .handout, .handout[hidden] { display: block; }
  .handout-title { font-size: 13pt; margin: 0 0 4pt; }
  .handout ul.items { margin: 2pt 0; padding-left: 14pt; }
  .handout ul.items > li { margin: 1pt 0; }
  .handout h3 { font-size: 11pt; margin: 6pt 0 2pt; }
  .handout .callout { margin: 4pt 0; padding: 3pt 8pt; }
  .handout .callout.emergency { border: 2px solid #000000; }
  .handout-foot { font-size: 8pt; margin-top: 4pt; }
  body:not(.patient) main > article { display: block; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 8pt; }
}
`;
