/** Largest and smallest scale (CSS pixels per PDF point) when fitting the width. */
export const MAX_SCALE = 1.5;
const MIN_SCALE = 0.5;
/** Room left beside the page (its shadow, the scrollbar). */
const MARGIN_PX = 32;

/** The scale at which a page `pageWidth` points wide fits `available` CSS pixels. */
export function fitScale(pageWidth: number, available: number): number {
  if (!(pageWidth > 0) || !(available > 0)) return MAX_SCALE;
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, (available - MARGIN_PX) / pageWidth));
}
