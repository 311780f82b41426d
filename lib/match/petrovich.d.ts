/** Minimal typing for petrovich 0.2 (no bundled types): the chain petrovich[gender][part][case](name). */
declare module 'petrovich' {
  type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  type Part = Record<Case, (name: string) => string>;
  type Gender = { first: Part; middle: Part; last: Part };
  const petrovich: { male: Gender; female: Gender; androgynous: Gender; detect_gender(middle: string): string };
  export default petrovich;
}
