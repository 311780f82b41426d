/**
 * The generated news page of `npm run bench:page`: English and Russian paragraphs with a
 * mention every ~40 words, one name in seven split across a link (an inline element).
 */
const EN = [
  'Officials in Astana said on Tuesday that Kassym-Jomart Tokayev would meet regional leaders next month.',
  'The ministry declined to comment on the report, citing the ongoing review of the budget.',
  'Analysts in Bishkek noted that the parliament of Kyrgyzstan had passed the bill in a single reading.',
  'Trade through the region grew, according to figures published by the statistics agency.',
];
const RU = [
  'В Ташкенте заявили, что Шавкат Мирзиёев проведёт переговоры с делегацией Таджикистана.',
  'Эксперты отмечают, что экономика региона растёт быстрее, чем ожидалось в начале года.',
  'Президент Казахстана Токаев подписал указ, сообщила пресс-служба.',
  'Обсуждение законопроекта продолжится на следующей неделе в комитете.',
];

/** A page of about `bytes` bytes of HTML. */
export function newsPage(bytes: number): string {
  const parts: string[] = ['<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body><article>'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = `${EN[i % EN.length]} ${RU[i % RU.length]} ${EN[(i + 1) % EN.length]}`;
    const p = i % 7 === 0 ? `<p>${text.replace('Tokayev', '<a href="#">Tokayev</a>')}</p>` : `<p>${text}</p>`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</article></body></html>');
  return parts.join('\n');
}
