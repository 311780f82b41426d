import { describe, expect, it } from 'vitest';
import { fitScale } from './fit-scale';

describe('fitScale', () => {
  it.each([
    [595, 1200, 1.5, 'a wide window: the largest scale, no more'],
    [595, 627, 1, 'the page fills the width less a 32 px margin'],
    [595, 200, 0.5, 'a narrow window: never below half size'],
    [0, 1200, 1.5, 'a page without width: the default'],
    [595, 0, 1.5, 'a container not laid out yet: the default'],
  ])('page %d pt in %d px → %d (%s)', (page, available, expected, rule) => {
    expect(fitScale(page, available), rule).toBeCloseTo(expected);
  });
});
