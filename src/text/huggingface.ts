// The character tokenizer in the files Hugging Face tools read: tokenizer.json (the `tokenizers`
// library's format, which transformers' PreTrainedTokenizerFast and tokenizers.js load) and
// tokenizer_config.json. A character vocabulary is a BPE model without merges: every character of
// the text is looked up as one token, and the Fuse decoder joins tokens without spaces.
import { isRecord } from '../io/safetensors.js';
import { CharTokenizer } from './tokenizer.js';

export const TOKENIZER_FILE = 'tokenizer.json';
export const TOKENIZER_CONFIG_FILE = 'tokenizer_config.json';

/** tokenizer.json for a character vocabulary (ids as CharTokenizer gives them). */
export function huggingFaceTokenizerJson(tokenizer: CharTokenizer): Record<string, unknown> {
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [],
    normalizer: null,
    pre_tokenizer: null,
    post_processor: null,
    decoder: { type: 'Fuse' },
    model: {
      type: 'BPE', dropout: null, unk_token: null, continuing_subword_prefix: null, end_of_word_suffix: null,
      fuse_unk: false, byte_fallback: false, ignore_merges: false,
      vocab: Object.fromEntries(tokenizer.vocab.map((c, i) => [c, i])),
      merges: [],
    },
  };
}

/** tokenizer_config.json: a fast tokenizer with no special tokens, and no clean-up of spaces on decode. */
export function huggingFaceTokenizerConfig(maxLength: number): Record<string, unknown> {
  return {
    tokenizer_class: 'PreTrainedTokenizerFast',
    model_max_length: maxLength,
    clean_up_tokenization_spaces: false,
    added_tokens_decoder: {},
    bos_token: null,
    eos_token: null,
    unk_token: null,
    pad_token: null,
  };
}

/**
 * The character tokenizer a tokenizer.json describes (one written by huggingFaceTokenizerJson: a
 * BPE vocabulary of single characters with ids 0..n-1 in code-point order); where names the file.
 */
export function tokenizerFromHuggingFace(json: unknown, where: string): CharTokenizer {
  const model = isRecord(json) ? json.model : undefined;
  const vocab = isRecord(model) ? model.vocab : undefined;
  if (!isRecord(vocab)) throw new Error(`${where}: has no model.vocab object`);
  const merges = isRecord(model) ? model.merges : undefined;
  if (Array.isArray(merges) && merges.length > 0) throw new Error(`${where}: has ${merges.length} BPE merges; only character vocabularies (no merges) load`);
  const entries = Object.entries(vocab);
  const chars: string[] = new Array<string>(entries.length);
  for (const [token, id] of entries) {
    if ([...token].length !== 1) throw new Error(`${where}: token ${JSON.stringify(token)} is not a single character; only character vocabularies load`);
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 0 || id >= entries.length || chars[id] !== undefined) {
      throw new Error(`${where}: token ${JSON.stringify(token)} has id ${JSON.stringify(id)}; ids must be 0..${entries.length - 1}, each once`);
    }
    chars[id] = token;
  }
  const tokenizer = new CharTokenizer(chars);
  // CharTokenizer numbers characters in code-point order; a file numbered otherwise would decode wrongly.
  tokenizer.vocab.forEach((c, i) => {
    if (chars[i] !== c) throw new Error(`${where}: ids are not in code-point order of the characters (id ${i} is ${JSON.stringify(chars[i])})`);
  });
  return tokenizer;
}
