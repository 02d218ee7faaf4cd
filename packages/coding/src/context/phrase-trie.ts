/**
 * @module context/phrase-trie
 * A word trie for multi-word phrases: finds, at a token position, the longest phrase that
 * starts there. Used for context triggers and other phrase lists; one pass over a sentence.
 */
import { tokenize } from '../text/tokens.ts';

interface Node<V> {
  next: Map<string, Node<V>>;
  value: V | undefined;
}

export class PhraseTrie<V> {
  readonly #root: Node<V> = { next: new Map(), value: undefined };

  add(phrase: string, value: V): void {
    let node = this.#root;
    for (const t of tokenize(phrase)) {
      let n = node.next.get(t.lower);
      if (!n) {
        n = { next: new Map(), value: undefined };
        node.next.set(t.lower, n);
      }
      node = n;
    }
    node.value = value;
  }

  /** The longest phrase starting at words[at]: its value and how many words it spans. */
  longestAt(words: readonly string[], at: number): { value: V; length: number } | undefined {
    let node: Node<V> | undefined = this.#root;
    let best: { value: V; length: number } | undefined;
    for (let i = at; i < words.length && node; i++) {
      node = node.next.get(words[i]!);
      if (node?.value !== undefined) best = { value: node.value, length: i - at + 1 };
    }
    return best;
  }
}
