/** SVG diagrams generated from the anatomy tables. */
export { drawSpineDiagram } from './spine.js';
export type { Diagram, SpineDiagramRequest } from './spine.js';
export { drawDermatomeDiagram } from './body.js';
export type { DermatomeDiagramRequest } from './body.js';
