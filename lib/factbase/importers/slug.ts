/**
 * Entity ids for imported entities: a slug of the English name (`Kassym-Jomart Tokayev`
 * → `kassym-jomart-tokayev`), made unique within one import by a numeric suffix.
 * Readable ids matter: they show up in exports, diffs and the user's overlay records.
 */

/** Russian/Central Asian Cyrillic → Latin, for names that arrive only in Cyrillic. */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Kazakh, Kyrgyz, Tajik, Uzbek letters
  ә: 'a', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i', ӣ: 'i', ӯ: 'u',
  ҳ: 'h', ҷ: 'j', ў: 'o',
};

/** Schema ids are at most 120 characters; leave room for a `-12345` suffix. */
const MAX_SLUG = 100;

export function slugify(name: string): string {
  const lower = name.toLowerCase();
  // Most names are Latin already; skip the per-character walk for them (50k-entity imports).
  const latin = /[\u0400-\u04ff]/.test(lower) ? Array.from(lower, (ch) => CYRILLIC[ch] ?? ch).join('') : lower;
  return latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // combining marks: é → e, ş → s
    .replace(/[ʼʻ'‘’`]/g, '') // O‘zbekiston-style apostrophes are not word breaks
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
}

/**
 * Hands out unique ids. `reserve` claims ids that must stay as given (ids in a CSV column);
 * `allocate` derives one from a name, falling back to `fallback` when the name has no
 * letters a slug can use (e.g. Arabic script).
 */
export class IdAllocator {
  private readonly used = new Set<string>();
  /** Next suffix per base, so 10,000 "John Smith"s stay O(1) each, not O(n). */
  private readonly next = new Map<string, number>();

  has(id: string): boolean {
    return this.used.has(id);
  }

  reserve(id: string): boolean {
    if (this.used.has(id)) return false;
    this.used.add(id);
    return true;
  }

  allocate(name: string, fallback: string): string {
    const base = slugify(name) || slugify(fallback) || 'entity';
    if (this.reserve(base)) return base;
    let n = this.next.get(base) ?? 2;
    while (this.used.has(`${base}-${n}`)) n++;
    this.next.set(base, n + 1);
    const id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
