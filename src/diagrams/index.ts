/** SVG diagrams generated from the anatomy tables. */
export { drawSpineDiagram } from './spine.js';
export type { Diagram, SpineDiagramRequest } from './spine.js';
export { drawDermatomeDiagram, bodyMapData, bodyMapModule } from './body.js';
export type { DermatomeDiagramRequest, BodyMapData, BodyMapRegion } from './body.js';
