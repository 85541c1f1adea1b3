// The Hugging Face tokenizer-file functions as a user of the package calls them (from the public
// entry): the files they write are read by the Hugging Face tokenizers library, and read back.
import { Tokenizer } from '@huggingface/tokenizers';
import { describe, expect, it } from 'vitest';
import * as st from '../src/index.js';

describe('tokenizer files from the public entry', () => {
  const text = 'To be, or not to be: that is the question.\n';
  const ours = st.CharTokenizer.fromText(text);

  it('huggingFaceTokenizerJson/Config give files the tokenizers library encodes and decodes as ours', () => {
    const json = st.huggingFaceTokenizerJson(ours);
    const config = st.huggingFaceTokenizerConfig(64);
    expect(st.TOKENIZER_FILE).toBe('tokenizer.json');
    expect(st.TOKENIZER_CONFIG_FILE).toBe('tokenizer_config.json');
    const hf = new Tokenizer(JSON.parse(JSON.stringify(json)), JSON.parse(JSON.stringify(config)));
    const encoded = hf.encode(text);
    expect(encoded.ids).toEqual([...ours.encode(text)]);
    expect(hf.decode(encoded.ids)).toBe(text);
  });

  it('tokenizerFromHuggingFace reads the file back, and names the file when it is not a character vocabulary', () => {
    const back = st.tokenizerFromHuggingFace(JSON.parse(JSON.stringify(st.huggingFaceTokenizerJson(ours))), 'out/tokenizer.json');
    expect(back.vocab).toEqual(ours.vocab);
    expect(() => st.tokenizerFromHuggingFace({ model: { vocab: { ab: 0 } } }, 'x/tokenizer.json'))
      .toThrow("x/tokenizer.json: token \"ab\" is not a single character; only character vocabularies load");
    expect(() => st.tokenizerFromHuggingFace({}, 'x/tokenizer.json')).toThrow('x/tokenizer.json: has no model.vocab object');
  });
});
