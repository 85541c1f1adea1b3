// A character tokenizer: one id per distinct character of a corpus.

/** Maps each distinct character of a corpus (sorted by code point) to an id. */
export class CharTokenizer {
  readonly vocab: string[];
  private readonly ids: Map<string, number>;

  constructor(chars: Iterable<string>) {
    this.vocab = [...new Set(chars)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.ids = new Map(this.vocab.map((c, i) => [c, i]));
  }

  static fromText(text: string): CharTokenizer {
    return new CharTokenizer(text);
  }

  get size(): number {
    return this.vocab.length;
  }

  encode(text: string): Int32Array {
    const out = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const id = this.ids.get(text[i]);
      if (id === undefined) throw new Error(`tokenizer: character ${JSON.stringify(text[i])} is not in the vocabulary`);
      out[i] = id;
    }
    return out;
  }

  decode(ids: ArrayLike<number>): string {
    let s = '';
    for (let i = 0; i < ids.length; i++) {
      const c = this.vocab[ids[i]];
      if (c === undefined) throw new Error(`tokenizer: id ${ids[i]} is outside the vocabulary of ${this.size}`);
      s += c;
    }
    return s;
  }
}
