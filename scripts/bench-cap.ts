/**
 * mark.js runs past the cap, remembered so the grid pays each cap once. A run at the cap is
 * stopped, so a second run of the same page and terms cannot end sooner: the cell records
 * ">cap" after one run. And a baseline's work grows with its terms and with the page's
 * text (`mark(array)` walks every text node once per term; `markRegExp` runs one pattern
 * over every text node), so a cell with at least as many terms (a bigger base: its term
 * list starts with the smaller base's) and at least as much text as a capped cell is
 * recorded ">cap" without running. Measured: each mark(array) cap costs a full minute, and
 * before this record one run of the grid spent about a third of its time on mark.js.
 */
import type { MarkMode } from './bench-baselines';

export interface CappedCell {
  mode: MarkMode;
  /** Synthetic entities of the base (its term list holds every smaller base's). */
  entities: number;
  /** Characters of the page's text. */
  chars: number;
}

export class CapRecord {
  private readonly capped: CappedCell[] = [];

  /** A run of `mode` passed the cap on this cell. */
  add(cell: CappedCell): void {
    this.capped.push(cell);
  }

  /** The capped cell this one cannot beat (as many terms or more, as much text or more), if any. */
  dominatedBy(cell: CappedCell): CappedCell | undefined {
    return this.capped.find((c) => c.mode === cell.mode && c.entities <= cell.entities && c.chars <= cell.chars);
  }
}
