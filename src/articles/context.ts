/**
 * What every page build needs: the request, the anatomy it resolves to, the KB, and a collector for
 * the review dates of the entries used.
 */
import { affectedRoot, levelAnatomy, rootAnatomy } from '../anatomy/index.js';
import type { AffectedRoot, LevelAnatomy, RootAnatomy } from '../anatomy/index.js';
import type { Kb, KbEntry } from '../kb/index.js';
import { isRoot } from '../vocab/index.js';
import type { Level, Side, Zone } from '../vocab/index.js';

/** The request an article answers. */
export interface ArticleRequest {
  readonly level: Level;
  readonly side: Side;
  readonly zone: Zone;
}

/** Shared state of one article build. */
export interface ArticleContext extends ArticleRequest {
  readonly kb: Kb;
  readonly hit: AffectedRoot;
  readonly levelRow: LevelAnatomy;
  /** The root's exam table; undefined for T12, which the lumbar tables do not cover. */
  readonly rootRow: RootAnatomy | undefined;
  /** Records an entry as used: its review date counts towards the article's. */
  use(entry: KbEntry): void;
  readonly reviewedDates: string[];
}

/** Creates the context for one article. */
export function createContext(kb: Kb, request: ArticleRequest): ArticleContext {
  const hit = affectedRoot(request.level, request.zone);
  const reviewedDates: string[] = [];
  return {
    ...request,
    kb,
    hit,
    levelRow: levelAnatomy(request.level),
    rootRow: isRoot(hit.root) ? rootAnatomy(hit.root) : undefined,
    use(entry) {
      reviewedDates.push(entry.reviewed);
    },
    reviewedDates,
  };
}
