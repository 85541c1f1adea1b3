// A character tokenizer: one id per distinct character of a corpus. A character is a Unicode code
// point (an emoji is one character, not the two UTF-16 units JavaScript strings index by).

/** U+00E9, U+1F600: how a message names a code point. */
function codePointName(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Maps each distinct character of a corpus (sorted by code point) to an id. */
export class CharTokenizer {
  readonly vocab: string[];
  private readonly ids: Map<string, number>;

  /** chars: the characters (a string is iterated by code point). */
  constructor(chars: Iterable<string>) {
    this.vocab = [...new Set(chars)].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
    this.ids = new Map(this.vocab.map((c, i) => [c, i]));
  }

  static fromText(text: string): CharTokenizer {
    return new CharTokenizer(text);
  }

  get size(): number {
    return this.vocab.length;
  }

  /** The ids of text's code points; `what` names the text in the error for a character outside the vocabulary. */
  encode(text: string, what = 'text'): Int32Array {
    const out = new Int32Array(text.length);
    let n = 0;
    for (const c of text) {
      const id = this.ids.get(c);
      if (id === undefined) {
        throw new Error(`tokenizer: ${what} has the character ${JSON.stringify(c)} (${codePointName(c)}), which is not in the vocabulary of ${this.size} characters`);
      }
      out[n++] = id;
    }
    return out.subarray(0, n);
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
