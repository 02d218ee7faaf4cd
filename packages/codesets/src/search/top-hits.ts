/**
 * @module search/top-hits
 * The best k documents seen so far, one entry per document: a binary min-heap keyed by score
 * (ties: the later code is worse, so equal scores come out in code order), with each document's
 * place in the heap so that a better term of a document already held updates it in place.
 */
export interface Hit {
  doc: number;
  term: number;
  score: number;
}

export class TopHits {
  #k = 0;
  #size = 0;
  #scores = new Float64Array(0);
  #docs = new Int32Array(0);
  #terms = new Int32Array(0);
  /** Place of each document in the heap, or -1. */
  readonly #place: Int32Array;

  constructor(docCount: number) {
    this.#place = new Int32Array(docCount).fill(-1);
  }

  reset(k: number): void {
    for (let i = 0; i < this.#size; i++) this.#place[this.#docs[i]!] = -1;
    this.#size = 0;
    if (k > this.#scores.length) {
      this.#scores = new Float64Array(k);
      this.#docs = new Int32Array(k);
      this.#terms = new Int32Array(k);
    }
    this.#k = k;
  }

  get size(): number {
    return this.#size;
  }

  get full(): boolean {
    return this.#size >= this.#k;
  }

  /** The score a new document must beat once the heap is full; -Infinity before. */
  get threshold(): number {
    return this.#size < this.#k ? Number.NEGATIVE_INFINITY : this.#scores[0]!;
  }

  has(doc: number): boolean {
    return this.#place[doc]! >= 0;
  }

  offer(doc: number, term: number, score: number): void {
    const at = this.#place[doc]!;
    if (at >= 0) {
      if (score > this.#scores[at]!) {
        this.#scores[at] = score;
        this.#terms[at] = term;
        this.#down(at);
      }
      return;
    }
    if (this.#k === 0) return;
    if (this.#size < this.#k) {
      const i = this.#size++;
      this.#set(i, doc, term, score);
      this.#up(i);
      return;
    }
    if (score < this.#scores[0]! || (score === this.#scores[0]! && doc > this.#docs[0]!)) return;
    this.#place[this.#docs[0]!] = -1;
    this.#set(0, doc, term, score);
    this.#down(0);
  }

  /** The hits, best first, and the heap emptied. */
  drain(): Hit[] {
    const out: Hit[] = [];
    for (let i = 0; i < this.#size; i++)
      out.push({ doc: this.#docs[i]!, term: this.#terms[i]!, score: this.#scores[i]! });
    this.reset(this.#k);
    return out.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  #set(i: number, doc: number, term: number, score: number): void {
    this.#scores[i] = score;
    this.#docs[i] = doc;
    this.#terms[i] = term;
    this.#place[doc] = i;
  }

  /** True when entry i ranks below entry j. */
  #worse(i: number, j: number): boolean {
    const a = this.#scores[i]!;
    const b = this.#scores[j]!;
    return a < b || (a === b && this.#docs[i]! > this.#docs[j]!);
  }

  #swap(i: number, j: number): void {
    const s = this.#scores[i]!;
    const d = this.#docs[i]!;
    const t = this.#terms[i]!;
    this.#set(i, this.#docs[j]!, this.#terms[j]!, this.#scores[j]!);
    this.#set(j, d, t, s);
  }

  #up(i: number): void {
    let c = i;
    while (c > 0) {
      const p = (c - 1) >> 1;
      if (!this.#worse(c, p)) break;
      this.#swap(c, p);
      c = p;
    }
  }

  #down(i: number): void {
    let p = i;
    for (;;) {
      const l = 2 * p + 1;
      const r = l + 1;
      let w = p;
      if (l < this.#size && this.#worse(l, w)) w = l;
      if (r < this.#size && this.#worse(r, w)) w = r;
      if (w === p) return;
      this.#swap(p, w);
      p = w;
    }
  }
}
