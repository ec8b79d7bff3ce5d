// What each kind's outline function returns: the title (also the document's title) and all its blocks.
import type { Block } from '../document-outline.ts';

export interface LetterBody {
  readonly title: string;
  readonly blocks: readonly Block[];
}
