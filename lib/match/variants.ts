/**
 * Spelling variants of full names that transliteration produces and the spelling key
 * (normalize.ts) does not already fold: «Сапармурад Ниязов» for «Сапармурат Ниязов»,
 * "Xurshed Fozilov" for "Khurshed Fozilov", «Жеенбеков» for «Жээнбеков».
 *
 * Already equal by the key, so not generated here: й/и and ы/и (Райымбек = Раимбек),
 * y/i, zh/j/dzh (Zhaparov = Japarov = Dzhaparov), дж/ж, kh/h (Khurshed = Hurshed),
 * -iyev/-yev/-ev, w/v (Berdimuhamedow), doubled letters.
 *
 * Only full names (two words or more) get variants, one rule at a time, a bounded number
 * per name: a variant of a lone surname or given name would be a new, unchecked word,
 * while a given name and a surname together stay specific. compileDictionary drops a
 * variant whose key is any other entity's form.
 */

/** How many variants one name may add (before case forms). */
export const MAX_VARIANTS_PER_NAME = 6;

type Rule = (word: string) => string[];


/** Final т/д and t/d: devoicing makes them one sound (Сапармурат/Сапармурад, Ahmet/Ahmed). */
const finalStop: Rule = (w) => {
  const swap: Record<string, string> = { т: 'д', д: 'т', t: 'd', d: 't', Т: 'Д', Д: 'Т', T: 'D', D: 'T' };
  const last = w.slice(-1);
  return w.length >= 4 && swap[last] ? [w.slice(0, -1) + swap[last]] : [];
};

/** е/э at a word start (Эркин/Еркин, Эмомали/Емомали) and the Kyrgyz long ээ (Жээнбеков/Жеенбеков). */
const eE: Rule = (w) => {
  const out: string[] = [];
  const swap: Record<string, string> = { е: 'э', э: 'е', Е: 'Э', Э: 'Е' };
  if (swap[w[0]!]) out.push(swap[w[0]!]! + w.slice(1));
  if (/ээ/i.test(w)) out.push(w.replace(/ээ/g, 'ее'));
  else if (/[^аеёиоуыэюя]ее/i.test(w)) out.push(w.replace(/ее/g, 'ээ'));
  return out;
};

/** Uzbek Latin writes kh as x (Xurshed, Baxodir, Muxtor). */
const khX: Rule = (w) => (/kh/i.test(w) ? [w.replace(/kh/g, 'x').replace(/Kh/g, 'X').replace(/KH/g, 'X')] : []);

/** Turkmen ы for the u of Murat/Murad (Gurbanmyrat, Гельдимырадов, Myradowa). */
const MYR_MUR: Record<string, string> = { y: 'u', u: 'y', Y: 'U', U: 'Y', ы: 'у', у: 'ы', Ы: 'У', У: 'Ы' };
const myrMur: Rule = (w) => {
  const m = /([mм])([yuыу])([rр][aа][tdтд])/i.exec(w);
  return m ? [w.slice(0, m.index) + m[1]! + MYR_MUR[m[2]!]! + m[3]! + w.slice(m.index + m[0].length)] : [];
};

/** Tajik and Uzbek -jon/-жон ("dear") is written -джан/-жан/-jan in Russian-based spellings (Алламжонов/Алламжанов). */
const jonJan: Rule = (w) => {
  const pairs: [RegExp, string][] = [[/jon(?=ov|ova|$)/i, 'jan'], [/jan(?=ov|ova|$)/i, 'jon'], [/жон(?=ов|ова|$)/i, 'жан'], [/жан(?=ов|ова|$)/i, 'жон']];
  return pairs.filter(([re]) => re.test(w)).map(([re, to]) => w.replace(re, to));
};

/** -ов/-ев after ж ш ч щ ц (the spelling rule writes an unstressed o there as e), and -ov/-ev after zh sh ch ts. */
const OV_EV = /^(.*(?:[жшчщц]|zh|sh|ch|ts))([оеoeОЕOE])([вv][аa]?)$/;
const OV_EV_SWAP: Record<string, string> = { о: 'е', е: 'о', o: 'e', e: 'o', О: 'Е', Е: 'О', O: 'E', E: 'O' };
const ovEv: Rule = (w) => {
  const m = OV_EV.exec(w);
  return m ? [m[1]! + OV_EV_SWAP[m[2]!]! + m[3]!] : [];
};

const RULES: Rule[] = [finalStop, eE, khX, myrMur, jonJan, ovEv];

/** Short words that must never be produced by a variant (a name word becoming a common word). */
const COMMON_WORDS = new Set([
  'and', 'the', 'sad', 'sat', 'bat', 'bad', 'mad', 'mat', 'had', 'hat', 'god', 'got', 'red', 'ret', 'bed', 'bet', 'said', 'sait', 'last', 'lasd',
  'от', 'од', 'вот', 'вод', 'год', 'гот', 'сад', 'сат', 'рад', 'рат', 'род', 'рот', 'мед', 'мет', 'зад', 'зат', 'этот', 'етот', 'эти', 'ети',
]);

/**
 * Variants of a full name, one rule applied to one word each, without the name itself,
 * at most MAX_VARIANTS_PER_NAME. A name of one word yields none.
 */
export function nameVariants(name: string): string[] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return [];
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.length < 3 || words[i]!.endsWith('.')) continue; // initials (Kh. Geldimyradov)
    for (const rule of RULES) {
      for (const changed of rule(words[i]!)) {
        if (changed === words[i] || COMMON_WORDS.has(changed.toLowerCase())) continue;
        out.add([...words.slice(0, i), changed, ...words.slice(i + 1)].join(' '));
      }
    }
  }
  out.delete(name);
  return [...out].slice(0, MAX_VARIANTS_PER_NAME);
}
