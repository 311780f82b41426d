/**
 * Fuzzy entity search for the options page (fuse.js), tolerant of script and
 * transliteration: every name and alias is indexed as written and as a loose
 * Latin key (see searchKey), and the query is tried both ways.
 */
import Fuse from 'fuse.js';
import type { Entity } from '../factbase/schema';
import { searchKey } from './translit';

interface Indexed {
  entity: Entity;
  names: string[];
  keys: string[];
}

export interface SearchHit {
  entity: Entity;
  score: number;
}

export class EntitySearch {
  private fuse: Fuse<Indexed>;

  constructor(entities: Entity[]) {
    const docs = entities.map((entity) => {
      const names = [...Object.values(entity.names), ...entity.aliases.map((a) => a.text)];
      return { entity, names, keys: [...new Set(names.map(searchKey))] };
    });
    this.fuse = new Fuse(docs, {
      keys: [
        { name: 'names', weight: 2 },
        { name: 'keys', weight: 2 },
        { name: 'entity.description', weight: 0.5 },
        { name: 'entity.id', weight: 0.5 },
      ],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.34,
    });
  }

  search(query: string, limit = 30): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    const best = new Map<string, SearchHit>();
    for (const variant of new Set([q, searchKey(q)])) {
      for (const r of this.fuse.search(variant, { limit })) {
        const score = r.score ?? 1;
        const prev = best.get(r.item.entity.id);
        if (!prev || score < prev.score) best.set(r.item.entity.id, { entity: r.item.entity, score });
      }
    }
    return [...best.values()].sort((a, b) => a.score - b.score).slice(0, limit);
  }
}
