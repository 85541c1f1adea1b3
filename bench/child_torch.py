# The same Llama in PyTorch (1.13 from Debian: no scaled_dot_product_attention, so attention is
# written out), for bench/run.ts: training step (AdamW, clip 1), forward, and sampling with and
# without a KV cache. One torch thread (OpenBLAS keeps its own threads): on these 2-core machines
# two torch threads oversubscribe. Prints one JSON line.
import json, math, sys, time
import torch
import torch.nn.functional as F

def arg(name, default):
    for a in sys.argv[1:]:
        if a.startswith(f"--{name}="):
            return int(a.split("=", 1)[1])
    return default

B, T, D, L, H, V = arg("B", 16), arg("T", 64), arg("D", 128), arg("L", 4), arg("H", 8), arg("V", 65)
warmup, steps, sample_tokens = arg("warmup", 3), arg("steps", 10), arg("sample-tokens", 64)
step_only = "--step-only" in sys.argv
torch.set_num_threads(1)
torch.manual_seed(7)
Dh = D // H
Fh = 32 * math.ceil(((8 * D) // 3) / 32)

def rms(x, g):
    return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-5) * g

class Model(torch.nn.Module):
    def __init__(self):
        super().__init__()
        p = lambda *s: torch.nn.Parameter(torch.randn(*s) * 0.02)
        self.embed = p(V, D)
        self.layers = torch.nn.ModuleList()
        for _ in range(L):
            m = torch.nn.Module()
            m.an, m.fn = torch.nn.Parameter(torch.ones(D)), torch.nn.Parameter(torch.ones(D))
            m.wq, m.wk, m.wv, m.wo = p(D, D), p(D, D), p(D, D), p(D, D)
            m.w1, m.w3, m.w2 = p(D, Fh), p(D, Fh), p(Fh, D)
            self.layers.append(m)
        self.norm = torch.nn.Parameter(torch.ones(D))
        self.head = p(D, V)
        inv = 1.0 / (10000 ** (torch.arange(0, Dh, 2).float() / Dh))
        ang = torch.outer(torch.arange(T).float(), inv)
        self.cos, self.sin = torch.cat([ang, ang], -1).cos(), torch.cat([ang, ang], -1).sin()

    def rope(self, x, start):
        n = x.shape[2]
        c, s = self.cos[start:start + n], self.sin[start:start + n]
        x1, x2 = x.chunk(2, -1)
        return x * c + torch.cat([-x2, x1], -1) * s

    def forward(self, ids, cache=None):
        b, t = ids.shape
        start = 0 if cache is None else cache[0][0].shape[2]
        h = self.embed[ids]
        new = []
        for i, l in enumerate(self.layers):
            x = rms(h, l.an)
            q = self.rope((x @ l.wq).view(b, t, H, Dh).transpose(1, 2), start)
            k = self.rope((x @ l.wk).view(b, t, H, Dh).transpose(1, 2), start)
            v = (x @ l.wv).view(b, t, H, Dh).transpose(1, 2)
            if cache is not None:
                k, v = torch.cat([cache[i][0], k], 2), torch.cat([cache[i][1], v], 2)
            new.append((k, v))
            s = (q @ k.transpose(-1, -2)) / math.sqrt(Dh)
            S = k.shape[2]
            mask = torch.ones(t, S, dtype=torch.bool).tril(S - t)
            att = s.masked_fill(~mask, float("-inf")).softmax(-1)
            h = h + (att @ v).transpose(1, 2).reshape(b, t, D) @ l.wo
            y = rms(h, l.fn)
            h = h + (F.silu(y @ l.w1) * (y @ l.w3)) @ l.w2
        return rms(h, self.norm) @ self.head, new

def stream(n):
    s, out = 12345, []
    for _ in range(n):
        s = (s * 1103515245 + 12345) % 2147483648
        out.append(s % V)
    return out

model = Model()
tokens = torch.tensor(stream(B * T + 1))
ids, targets = tokens[:-1].view(B, T), tokens[1:].view(B, T)
decay = [p for p in model.parameters() if p.dim() >= 2]
other = [p for p in model.parameters() if p.dim() < 2]
opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1}, {"params": other, "weight_decay": 0.0}], lr=1e-3, betas=(0.9, 0.95))

def step():
    logits, _ = model(ids)
    loss = F.cross_entropy(logits.view(-1, V), targets.reshape(-1))
    opt.zero_grad(set_to_none=True)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    loss.item()

def timed(f):
    t0 = time.perf_counter()
    f()
    return (time.perf_counter() - t0) * 1000

out = {"torch": torch.__version__, "threads": torch.get_num_threads()}
out["stepMs"] = [ms for i, ms in enumerate(timed(step) for _ in range(warmup + steps)) if i >= warmup]
if not step_only:
    with torch.no_grad():
        out["forwardMs"] = [ms for i, ms in enumerate(timed(lambda: model(ids)) for _ in range(warmup + steps)) if i >= warmup]
        g = torch.Generator().manual_seed(1)
        def sample(use_cache):
            seq, cache = [int(ids[0, 0])], None
            for _ in range(sample_tokens):
                if use_cache and cache is not None and len(seq) <= T:
                    logits, cache = model(torch.tensor([[seq[-1]]]), cache)
                else:
                    logits, cache = model(torch.tensor([seq[-T:]]))
                p = (logits[0, -1] / 0.8).softmax(-1)
                seq.append(int(torch.multinomial(p, 1, generator=g)))
        sample(True)
        out["sampleCachedMs"] = timed(lambda: sample(True))
        out["sampleUncachedMs"] = timed(lambda: sample(False))
print(json.dumps(out))
