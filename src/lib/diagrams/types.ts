// What crosses between Node and the headless page that draws diagrams (see draw-in-page.js).

/** One diagram to draw in both colour schemes. */
export interface PageJob {
  /** Unique id prefix for this diagram's SVG ids. */
  id: string;
  source: string;
}

export interface PageDrawing {
  svg: string;
  width: number;
  height: number;
}

export type PageResult =
  | { ok: true; diagramType: string; title: string; description: string; labels: string[]; light: PageDrawing; dark: PageDrawing }
  | { ok: false; message: string };

