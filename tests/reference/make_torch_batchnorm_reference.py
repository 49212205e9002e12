#!/usr/bin/env python3
"""Writes the PyTorch reference values the C# batch-normalization tests compare against.

Run from the repository root with Debian's python3-torch (not another Python on PATH):
    /usr/bin/python3 tests/reference/make_torch_batchnorm_reference.py
It rewrites tests/NotebookKit.Tests/Reference/torch_batchnorm_reference.json. The tests never run Python;
regenerate only when a case below changes, and commit the JSON with the script.

Everything runs in float64 with torch.nn.BatchNorm1d. Torch holds one example per ROW (N x C); the kit holds
one example per COLUMN (units x examples, the course's layout), so every matrix is transposed on the way out:
the JSON holds Z, Ztilde, dZ, ... as units x examples, gamma, beta and the running statistics as units x 1.

Each case draws its inputs from torch.Generator().manual_seed(seed) (stored in the file, so the C# test reads
them rather than redrawing them) and records:
  training  for each of several mini-batches, in training mode: the output, the running mean and running
            variance after the batch, and the gradients of J = sum(R * output) for a fixed random R
            (dZ, dgamma, dbeta);
  inference after those batches, in eval mode on another input: the output and the gradients of the same J.
Torch's momentum convention: running = (1 - momentum) * running + momentum * batch statistic, so the course's
exponentially weighted average v = beta * v + (1 - beta) * theta has beta = 1 - momentum (0.9 for torch's 0.1).
Torch averages the UNBIASED batch variance (divided by m - 1) while it normalizes with the biased one (m); the
file also holds, per case, the running variance that averages the biased variance instead (the convention of
CS231n and Deep Learning from Scratch), computed here from the same batches with torch.var(unbiased=False).
Doubles are written with Python's repr, which reads back to the same double.
"""
import json
import pathlib
import platform
import re

import torch

OUT = pathlib.Path(__file__).resolve().parents[1] / "NotebookKit.Tests" / "Reference" / "torch_batchnorm_reference.json"

# name, seed, units, examples per batch, batches, eps, momentum, input scale and offset
CASES = [
    ("defaults", 1, 4, 6, 3, 1e-5, 0.1, 2.0, 1.0),
    ("wide_eps_momentum", 2, 3, 5, 4, 1e-1, 0.3, 0.5, -3.0),
    ("two_examples", 3, 2, 2, 2, 1e-5, 0.1, 1.0, 0.0),
]


def columns(t):
    """A torch N x C tensor (or a length-C vector) as the kit's C x N (or C x 1) list of rows."""
    t = t.detach()
    if t.dim() == 1:
        t = t.unsqueeze(1)
    else:
        t = t.t()
    return [[float(v) for v in row] for row in t.tolist()]


def gradients(layer, z, weights):
    z = z.clone().requires_grad_(True)
    layer.zero_grad()
    out = layer(z)
    (out * weights).sum().backward()
    return out, {"dZ": columns(z.grad), "dgamma": columns(layer.weight.grad), "dbeta": columns(layer.bias.grad)}


def case(name, seed, units, m, batches, eps, momentum, scale, offset):
    g = torch.Generator().manual_seed(seed)
    layer = torch.nn.BatchNorm1d(units, eps=eps, momentum=momentum)
    with torch.no_grad():
        layer.weight.copy_(1.0 + 0.5 * torch.randn(units, generator=g))
        layer.bias.copy_(torch.randn(units, generator=g))
    gamma, beta = columns(layer.weight), columns(layer.bias)
    biased_running_var = torch.ones(units)
    steps = []
    layer.train()
    for _ in range(batches):
        z = offset + scale * torch.randn(m, units, generator=g)
        weights = torch.randn(m, units, generator=g)
        out, grads = gradients(layer, z, weights)
        biased_running_var = (1 - momentum) * biased_running_var + momentum * z.var(dim=0, unbiased=False)
        steps.append({
            "Z": columns(z), "R": columns(weights), "Ztilde": columns(out),
            "runningMean": columns(layer.running_mean), "runningVariance": columns(layer.running_var),
            "runningBiasedVariance": columns(biased_running_var), **grads,
        })
    layer.eval()
    z = offset + scale * torch.randn(m + 1, units, generator=g)
    weights = torch.randn(m + 1, units, generator=g)
    out, grads = gradients(layer, z, weights)
    inference = {"Z": columns(z), "R": columns(weights), "Ztilde": columns(out), **grads}
    return {"name": name, "seed": seed, "units": units, "examples": m, "eps": eps, "momentum": momentum,
            "averagingWeight": 1 - momentum, "gamma": gamma, "beta": beta, "training": steps, "inference": inference}


def main():
    torch.set_default_dtype(torch.float64)
    reference = {
        "generatedBy": "tests/reference/make_torch_batchnorm_reference.py",
        "python": platform.python_version(),
        "torch": torch.__version__,
        "layout": "units x examples (torch's N x C transposed)",
        "cases": [case(*c) for c in CASES],
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(reference, indent=1)
    # One line per innermost list keeps the file short and its diffs readable.
    text = re.sub(r"\[[^\[\]{}]*\]", lambda m: re.sub(r"\s+", "", m.group(0)).replace(",", ", "), text)
    OUT.write_text(text + "\n")
    print(f"wrote {OUT} (torch {torch.__version__})")


if __name__ == "__main__":
    main()
