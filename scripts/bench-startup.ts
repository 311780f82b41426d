/**
 * The content script's path to its first highlighted frame, split into steps
 * (PageStats.startup, marked in test builds): how long each step took, and the issue's
 * measure, "scan start to the frame with highlights drawn", taken from the moment the
 * content script starts, so the settings read, the dictionary messages, the matcher build
 * and the frame all count.
 */
import { STARTUP_STEPS, type PageStats } from '../lib/content/stats';
import { median, type Num } from './bench-grid';

/** The last step: from the ranges registered to the task after the next rendered frame (PageStats.firstPaintAt). */
export const FRAME_STEP = 'frame-drawn';

/**
 * Milliseconds per step, each from the step reached before it (a step that was not
 * reached is left out, its time counted in the next one that was); null without the
 * script's start mark or a painted frame.
 */
export function startupSteps(stats: Pick<PageStats, 'startup' | 'firstPaintAt'>): Record<string, number> | null {
  const start = stats.startup.script;
  if (start === undefined || !stats.firstPaintAt) return null;
  const out: Record<string, number> = {};
  let last = start;
  for (const step of STARTUP_STEPS.slice(1)) {
    const at = stats.startup[step];
    if (at === undefined) continue;
    out[step] = at - last;
    last = at;
  }
  out[FRAME_STEP] = stats.firstPaintAt - last;
  return out;
}

/** Content script start → the first highlighted frame, ms (null when not marked). */
export function scriptToPaintMs(stats: Pick<PageStats, 'startup' | 'firstPaintAt'>): number | null {
  const start = stats.startup.script;
  return start === undefined || !stats.firstPaintAt ? null : stats.firstPaintAt - start;
}

/** Per step, the median over runs (a step missing from a run is left out of that step's median). */
export function medianSteps(runs: (Record<string, number> | null)[]): Record<string, Num> | null {
  const present = runs.filter((r): r is Record<string, number> => r !== null);
  if (!present.length) return null;
  const names = [...new Set(present.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(names.map((n) => [n, median(present.flatMap((r) => (n in r ? [r[n]!] : [])))]));
}
