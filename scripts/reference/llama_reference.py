#!/usr/bin/env python3
"""A reference Llama in PyTorch, written after Meta's llama/model.py, for layer-by-layer comparison.

Development only: it needs Debian's python3-torch (`apt-get install -y python3-torch
libopenblas0-pthread`, run with /usr/bin/python3); npm install, npm test and CI never run it.

  llama_reference.py dump --model DIR --out DUMP.safetensors [--tokens 1,2,3;4,5,6 | --batch 2 --length 8 --seed 0]
      Reads a Hugging Face folder (config.json + model.safetensors, float32), undoes the q/k row
      permutation HF applies for its rotate-half RoPE (convert_llama_weights_to_hf.py's permute), runs
      Meta's forward in float64 (complex RoPE on adjacent pairs, repeat_kv, causal mask) and writes
      the activations: tokens [B, T] (int32), embedding, layers.{i}.attention (the output projection,
      before the residual add), layers.{i}.mlp (the feed-forward output, before the residual add),
      norm (the final RMSNorm) and logits, all [B, T, *] float32; and layers.{i}.attention_weights
      [B, heads, T, T], the softmax of each head (for checking attention pictures).

  llama_reference.py make --out DIR --vocab V --dim D --layers L --heads H --kv-heads K --hidden F
                     [--theta X] [--eps X] [--max-seq-len N] [--seed S]
      Writes a Hugging Face folder with seeded random weights (Meta layout, q/k permuted as HF stores
      them), scaled so activations are of order 1 and every weight matters.

  llama_reference.py fixtures --out DIR
      The fixtures the test suite compares against (make + dump for each; see FIXTURES).

scaled_dot_product_attention is not used (torch 1.13 lacks it): attention is written out.
safetensors is read and written here directly (the format is a JSON header and raw bytes); no
safetensors package is needed.
"""
import argparse
import json
import math
import os
import struct
import sys

import numpy as np
import torch

DTYPES = {'F32': np.float32, 'F64': np.float64, 'I32': np.int32, 'F16': np.float16}


def read_safetensors(path):
    with open(path, 'rb') as f:
        raw = f.read()
    (size,) = struct.unpack('<Q', raw[:8])
    header = json.loads(raw[8:8 + size])
    body = raw[8 + size:]
    out = {}
    for name, info in header.items():
        if name == '__metadata__':
            continue
        if info['dtype'] not in DTYPES:
            sys.exit(f'{path}: tensor {name} has dtype {info["dtype"]}, which this script does not read')
        start, end = info['data_offsets']
        out[name] = np.frombuffer(body[start:end], dtype=DTYPES[info['dtype']]).reshape(info['shape']).copy()
    return out


def write_safetensors(path, tensors, metadata=None):
    header = {}
    chunks = []
    offset = 0
    for name, array in tensors.items():
        a = np.ascontiguousarray(array)
        dtype = {np.dtype(np.float32): 'F32', np.dtype(np.int32): 'I32'}[a.dtype]
        data = a.tobytes()
        header[name] = {'dtype': dtype, 'shape': list(a.shape), 'data_offsets': [offset, offset + len(data)]}
        chunks.append(data)
        offset += len(data)
    if metadata:
        header['__metadata__'] = metadata
    text = json.dumps(header, separators=(',', ':')).encode()
    text += b' ' * ((8 - len(text) % 8) % 8)
    tmp = path + '.tmp'
    with open(tmp, 'wb') as f:
        f.write(struct.pack('<Q', len(text)))
        f.write(text)
        for c in chunks:
            f.write(c)
    os.replace(tmp, path)


def hf_permute(w, n_heads):
    """convert_llama_weights_to_hf.py: Meta rows (adjacent RoPE pairs) to HF rows (rotate-half)."""
    dim1, dim2 = w.shape
    return w.view(n_heads, dim1 // n_heads // 2, 2, dim2).transpose(1, 2).reshape(dim1, dim2)


def hf_unpermute(w, n_heads):
    """The inverse of hf_permute: HF rows back to Meta's."""
    dim1, dim2 = w.shape
    return w.view(n_heads, 2, dim1 // n_heads // 2, dim2).transpose(1, 2).reshape(dim1, dim2)


class Config:
    def __init__(self, c):
        self.vocab = c['vocab_size']
        self.dim = c['hidden_size']
        self.layers = c['num_hidden_layers']
        self.heads = c['num_attention_heads']
        self.kv_heads = c.get('num_key_value_heads', self.heads)
        self.hidden = c['intermediate_size']
        self.eps = c.get('rms_norm_eps', 1e-6)
        self.theta = c.get('rope_theta', 10000.0)
        self.head_dim = self.dim // self.heads
        if c.get('tie_word_embeddings'):
            sys.exit('tied embeddings are not handled by this reference')


def rms_norm(x, weight, eps):
    return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps) * weight


def precompute_freqs_cis(head_dim, end, theta):
    freqs = 1.0 / (theta ** (torch.arange(0, head_dim, 2, dtype=torch.float64)[: head_dim // 2] / head_dim))
    t = torch.arange(end, dtype=torch.float64)
    freqs = torch.outer(t, freqs)
    return torch.polar(torch.ones_like(freqs), freqs)


def apply_rotary_emb(x, freqs_cis):
    # x [B, T, heads, head_dim]: adjacent pairs (2i, 2i+1) are one complex number, rotated by position.
    xc = torch.view_as_complex(x.reshape(*x.shape[:-1], -1, 2))
    return torch.view_as_real(xc * freqs_cis[None, :, None, :]).flatten(3)


def repeat_kv(x, n_rep):
    b, t, kv, d = x.shape
    return x if n_rep == 1 else x[:, :, :, None, :].expand(b, t, kv, n_rep, d).reshape(b, t, kv * n_rep, d)


def meta_weights(cfg, hf):
    """HF tensors to Meta's, float64: q/k rows unpermuted; nn.Linear weights stay [out, in]."""
    w = {k: torch.from_numpy(v.astype(np.float64)) for k, v in hf.items()}
    meta = {'tok_embeddings': w['model.embed_tokens.weight'], 'norm': w['model.norm.weight'], 'output': w['lm_head.weight'], 'layers': []}
    for i in range(cfg.layers):
        p = f'model.layers.{i}.'
        meta['layers'].append({
            'wq': hf_unpermute(w[p + 'self_attn.q_proj.weight'], cfg.heads),
            'wk': hf_unpermute(w[p + 'self_attn.k_proj.weight'], cfg.kv_heads),
            'wv': w[p + 'self_attn.v_proj.weight'],
            'wo': w[p + 'self_attn.o_proj.weight'],
            'w1': w[p + 'mlp.gate_proj.weight'],
            'w3': w[p + 'mlp.up_proj.weight'],
            'w2': w[p + 'mlp.down_proj.weight'],
            'attention_norm': w[p + 'input_layernorm.weight'],
            'ffn_norm': w[p + 'post_attention_layernorm.weight'],
        })
    return meta


def forward(cfg, meta, tokens):
    """Meta's Transformer.forward (start_pos 0), recording each layer's activations."""
    acts = {}
    b, t = tokens.shape
    h = meta['tok_embeddings'][tokens]
    acts['embedding'] = h
    freqs_cis = precompute_freqs_cis(cfg.head_dim, t, cfg.theta)
    mask = torch.triu(torch.full((t, t), float('-inf'), dtype=torch.float64), diagonal=1)
    n_rep = cfg.heads // cfg.kv_heads
    for i, L in enumerate(meta['layers']):
        x = rms_norm(h, L['attention_norm'], cfg.eps)
        xq = (x @ L['wq'].T).view(b, t, cfg.heads, cfg.head_dim)
        xk = (x @ L['wk'].T).view(b, t, cfg.kv_heads, cfg.head_dim)
        xv = (x @ L['wv'].T).view(b, t, cfg.kv_heads, cfg.head_dim)
        xq = apply_rotary_emb(xq, freqs_cis)
        xk = apply_rotary_emb(xk, freqs_cis)
        keys = repeat_kv(xk, n_rep).transpose(1, 2)
        values = repeat_kv(xv, n_rep).transpose(1, 2)
        q = xq.transpose(1, 2)
        scores = q @ keys.transpose(2, 3) / math.sqrt(cfg.head_dim) + mask
        probs = torch.softmax(scores, dim=-1)
        acts[f'layers.{i}.attention_weights'] = probs
        out = (probs @ values).transpose(1, 2).reshape(b, t, cfg.dim)
        attn = out @ L['wo'].T
        acts[f'layers.{i}.attention'] = attn
        h = h + attn
        x = rms_norm(h, L['ffn_norm'], cfg.eps)
        mlp = (torch.nn.functional.silu(x @ L['w1'].T) * (x @ L['w3'].T)) @ L['w2'].T
        acts[f'layers.{i}.mlp'] = mlp
        h = h + mlp
    h = rms_norm(h, meta['norm'], cfg.eps)
    acts['norm'] = h
    acts['logits'] = h @ meta['output'].T
    return acts


def dump(model_dir, out, tokens):
    with open(os.path.join(model_dir, 'config.json')) as f:
        cfg = Config(json.load(f))
    hf = read_safetensors(os.path.join(model_dir, 'model.safetensors'))
    for t in tokens.flatten().tolist():
        if not 0 <= t < cfg.vocab:
            sys.exit(f'token {t} is outside the vocabulary of {cfg.vocab}')
    acts = forward(cfg, meta_weights(cfg, hf), torch.from_numpy(tokens.astype(np.int64)))
    tensors = {'tokens': tokens.astype(np.int32)}
    for name, a in acts.items():
        tensors[name] = a.numpy().astype(np.float32)
    write_safetensors(out, tensors, {'source': 'scripts/reference/llama_reference.py (Meta layout, float64)'})
    return acts


def make(out, vocab, dim, layers, heads, kv_heads, hidden, theta, eps, max_seq_len, seed):
    g = torch.Generator().manual_seed(seed)
    head_dim = dim // heads

    def normal(*shape, std):
        return torch.randn(*shape, generator=g, dtype=torch.float64) * std

    def linear(out_f, in_f):
        return normal(out_f, in_f, std=1 / math.sqrt(in_f))

    def norm_weight():
        return 1 + normal(dim, std=0.2)

    w = {'model.embed_tokens.weight': normal(vocab, dim, std=1.0)}
    for i in range(layers):
        p = f'model.layers.{i}.'
        w[p + 'self_attn.q_proj.weight'] = hf_permute(linear(dim, dim), heads)
        w[p + 'self_attn.k_proj.weight'] = hf_permute(linear(kv_heads * head_dim, dim), kv_heads)
        w[p + 'self_attn.v_proj.weight'] = linear(kv_heads * head_dim, dim)
        w[p + 'self_attn.o_proj.weight'] = linear(dim, dim)
        w[p + 'mlp.gate_proj.weight'] = linear(hidden, dim)
        w[p + 'mlp.up_proj.weight'] = linear(hidden, dim)
        w[p + 'mlp.down_proj.weight'] = linear(dim, hidden)
        w[p + 'input_layernorm.weight'] = norm_weight()
        w[p + 'post_attention_layernorm.weight'] = norm_weight()
    w['model.norm.weight'] = norm_weight()
    w['lm_head.weight'] = linear(vocab, dim)
    os.makedirs(out, exist_ok=True)
    write_safetensors(os.path.join(out, 'model.safetensors'), {k: v.numpy().astype(np.float32) for k, v in w.items()}, {'format': 'pt'})
    config = {
        'architectures': ['LlamaForCausalLM'], 'model_type': 'llama', 'vocab_size': vocab, 'hidden_size': dim,
        'intermediate_size': hidden, 'num_hidden_layers': layers, 'num_attention_heads': heads,
        'num_key_value_heads': kv_heads, 'hidden_act': 'silu', 'max_position_embeddings': max_seq_len,
        'rms_norm_eps': eps, 'rope_theta': theta, 'rope_scaling': None, 'attention_bias': False,
        'tie_word_embeddings': False, 'torch_dtype': 'float32',
    }
    with open(os.path.join(out, 'config.json'), 'w') as f:
        json.dump(config, f, indent=2)
        f.write('\n')


# The committed fixtures (test/fixtures/reference): plain multi-head attention; grouped KV heads with
# several layers, an odd vocabulary, a small rope theta and a large eps; one KV head for all queries.
FIXTURES = {
    'mha': dict(vocab=11, dim=8, layers=1, heads=2, kv_heads=2, hidden=16, theta=10000.0, eps=1e-5, max_seq_len=16, seed=1),
    'gqa': dict(vocab=13, dim=16, layers=3, heads=4, kv_heads=2, hidden=24, theta=500.0, eps=1e-2, max_seq_len=16, seed=2),
    'mqa': dict(vocab=7, dim=16, layers=2, heads=4, kv_heads=1, hidden=40, theta=1e6, eps=1e-6, max_seq_len=16, seed=3),
}


def random_tokens(vocab, batch, length, seed):
    g = torch.Generator().manual_seed(seed)
    return torch.randint(0, vocab, (batch, length), generator=g).numpy().astype(np.int32)


def parse_tokens(text):
    rows = [[int(t) for t in row.split(',') if t.strip() != ''] for row in text.split(';')]
    if len({len(r) for r in rows}) != 1 or len(rows[0]) == 0:
        sys.exit(f'--tokens: rows must be non-empty and of one length, got {text!r}')
    return np.array(rows, dtype=np.int32)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest='command', required=True)
    d = sub.add_parser('dump')
    d.add_argument('--model', required=True)
    d.add_argument('--out', required=True)
    d.add_argument('--tokens')
    d.add_argument('--batch', type=int, default=2)
    d.add_argument('--length', type=int, default=8)
    d.add_argument('--seed', type=int, default=0)
    m = sub.add_parser('make')
    m.add_argument('--out', required=True)
    for name in ['vocab', 'dim', 'layers', 'heads', 'kv-heads', 'hidden']:
        m.add_argument('--' + name, type=int, required=True)
    m.add_argument('--theta', type=float, default=10000.0)
    m.add_argument('--eps', type=float, default=1e-5)
    m.add_argument('--max-seq-len', type=int, default=16)
    m.add_argument('--seed', type=int, default=0)
    f = sub.add_parser('fixtures')
    f.add_argument('--out', required=True)
    a = ap.parse_args()
    torch.set_num_threads(1)
    if a.command == 'dump':
        with open(os.path.join(a.model, 'config.json')) as fh:
            vocab = json.load(fh)['vocab_size']
        tokens = parse_tokens(a.tokens) if a.tokens else random_tokens(vocab, a.batch, a.length, a.seed)
        dump(a.model, a.out, tokens)
        print(f'wrote {a.out}: tokens {list(tokens.shape)}')
    elif a.command == 'make':
        make(a.out, a.vocab, a.dim, a.layers, a.heads, a.kv_heads, a.hidden, a.theta, a.eps, a.max_seq_len, a.seed)
        print(f'wrote {a.out}')
    else:
        for name, spec in FIXTURES.items():
            folder = os.path.join(a.out, name)
            make(folder, **spec)
            dump(folder, os.path.join(folder, 'reference.safetensors'), random_tokens(spec['vocab'], 2, 9, spec['seed']))
            print(f'wrote {folder}: config.json, model.safetensors, reference.safetensors')


if __name__ == '__main__':
    main()
