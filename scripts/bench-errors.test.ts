import { describe, expect, it } from 'vitest';
import { describeException } from './bench-errors';

describe('extension exceptions as one line', () => {
  it.each([
    { e: { text: 'Uncaught', exception: { description: 'TypeError: x is undefined\n    at scan (content.js:1:200)' }, url: 'chrome-extension://abc/content-scripts/content.js', lineNumber: 0 }, want: 'TypeError: x is undefined (chrome-extension://abc/content-scripts/content.js:1)', rule: 'the first line of the error, where it was thrown (1-based line)' },
    { e: { text: 'Uncaught (in promise)' }, want: 'Uncaught (in promise)', rule: 'a rejection without an error object keeps DevTools\' text' },
    { e: { text: 'Uncaught', exception: { description: '' } }, want: 'Uncaught', rule: 'an empty description falls back to DevTools\' text, never a blank reason' },
  ])('$rule', ({ e, want, rule }) => expect(describeException(e), rule).toBe(want));
});
