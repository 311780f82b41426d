/**
 * Text from a page or a pack as one plain line for an exported file: line breaks, tabs
 * and other control characters become spaces (a title with a newline must not start a
 * heading or a CSV row), and bidirectional overrides are dropped (they can make text read
 * backwards: "gpj.exe" shown as "exe.jpg").
 */
const CONTROLS = /[\p{Cc}\u2028\u2029]+/gu;
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export function plainText(text: string): string {
  return text.replace(BIDI, '').replace(CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();
}
