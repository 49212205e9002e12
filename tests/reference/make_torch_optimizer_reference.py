#!/usr/bin/env python3
"""Writes the PyTorch reference trajectories the C# optimizer and schedule tests compare against.

Run from the repository root with Debian's python3-torch (not another Python on PATH):
    /usr/bin/python3 tests/reference/make_torch_optimizer_reference.py
It rewrites tests/NotebookKit.Tests/Reference/torch_optimizer_reference.json. The tests never run Python;
regenerate only when a configuration below changes, and commit the JSON with the script.

Everything runs in float64 with torch.optim's single-tensor code path, on two problems:
  quadratic  f(x, y) = x^2/20 + y^2 from (-7, 2) (Deep Learning from Scratch's ch. 6 surface); the gradient
             (x/10, 2y) is set by hand so that the C# test feeds the optimizer the very same numbers;
  network    a 3-4-1 tanh/sigmoid network, binary cross-entropy averaged over 6 examples, with the
             weights and data written below as literals (the C# test holds the same literals); the layout is
             the course's: X is features x examples, Z = W @ A + b.
Each optimizer configuration takes STEPS steps; the file keeps the parameters after every step and the cost
before every step. The learning-rate schedulers' rates for a few epochs are recorded as well.
Doubles are written with Python's repr, which reads back to the same double.
"""
import json
import math
import pathlib
import platform
import re

import torch

OUT = pathlib.Path(__file__).resolve().parents[1] / "NotebookKit.Tests" / "Reference" / "torch_optimizer_reference.json"
STEPS = 15

# name -> (torch.optim class, keyword arguments); the C# test maps each name to the kit's optimizer.
CONFIGS = [
    ("sgd", "SGD", {"lr": 0.4}),
    ("sgd_momentum", "SGD", {"lr": 0.1, "momentum": 0.9}),
    ("sgd_dampening", "SGD", {"lr": 0.1, "momentum": 0.9, "dampening": 0.5}),
    ("sgd_nesterov", "SGD", {"lr": 0.1, "momentum": 0.9, "nesterov": True}),
    ("sgd_weight_decay", "SGD", {"lr": 0.1, "momentum": 0.5, "weight_decay": 0.1}),
    ("adagrad", "Adagrad", {"lr": 0.5}),
    ("adagrad_options", "Adagrad", {"lr": 0.5, "lr_decay": 0.1, "initial_accumulator_value": 0.2, "weight_decay": 0.05}),
    ("rmsprop", "RMSprop", {"lr": 0.01}),
    ("rmsprop_momentum", "RMSprop", {"lr": 0.01, "momentum": 0.9}),
    ("rmsprop_centered", "RMSprop", {"lr": 0.01, "alpha": 0.9, "centered": True}),
    ("rmsprop_all_options", "RMSprop", {"lr": 0.01, "alpha": 0.9, "eps": 1e-6, "momentum": 0.5, "centered": True, "weight_decay": 0.01}),
    ("adam", "Adam", {"lr": 0.1}),
    ("adam_options", "Adam", {"lr": 0.05, "betas": (0.8, 0.888), "eps": 1e-2, "weight_decay": 0.01}),
    ("adamw", "AdamW", {"lr": 0.1}),
    ("adamw_options", "AdamW", {"lr": 0.05, "betas": (0.9, 0.99), "weight_decay": 0.1}),
]

NETWORK = {
    "X": [[0.5, -1.2, 0.3, 2.0, -0.7, 1.1],
          [1.5, 0.4, -0.9, 0.2, -1.8, 0.6],
          [-0.3, 0.8, 1.7, -1.1, 0.05, -0.4]],
    "Y": [[1.0, 0.0, 1.0, 1.0, 0.0, 0.0]],
    "W1": [[0.2, -0.5, 0.1], [0.7, 0.3, -0.4], [-0.6, 0.25, 0.35], [0.15, -0.2, 0.55]],
    "b1": [[0.1], [-0.2], [0.05], [0.0]],
    "W2": [[0.8, -0.6, 0.4, -0.3]],
    "b2": [[0.05]],
}
NAMES = ["W1", "b1", "W2", "b2"]


def optimizer(class_name, params, kwargs):
    return getattr(torch.optim, class_name)(params, foreach=False, **kwargs)


def quadratic_run(class_name, kwargs):
    theta = torch.tensor([-7.0, 2.0], requires_grad=True)
    opt = optimizer(class_name, [theta], kwargs)
    path = []
    for _ in range(STEPS):
        with torch.no_grad():
            x, y = theta[0].item(), theta[1].item()
            theta.grad = torch.tensor([x / 10.0, 2.0 * y])
        opt.step()
        path.append([v for v in theta.detach().tolist()])
    return path


def network_cost(params, X, Y):
    W1, b1, W2, b2 = params
    A1 = torch.tanh(W1 @ X + b1)
    Z2 = W2 @ A1 + b2
    return torch.nn.functional.binary_cross_entropy_with_logits(Z2, Y, reduction="mean")


def network_run(class_name, kwargs):
    X = torch.tensor(NETWORK["X"])
    Y = torch.tensor(NETWORK["Y"])
    params = [torch.tensor(NETWORK[n], requires_grad=True) for n in NAMES]
    opt = optimizer(class_name, params, kwargs)
    costs, steps = [], []
    for _ in range(STEPS):
        opt.zero_grad()
        cost = network_cost(params, X, Y)
        cost.backward()
        opt.step()
        costs.append(cost.item())
        steps.append({n: p.detach().tolist() for n, p in zip(NAMES, params)})
    return costs, steps


def scheduler_rates(make, base_lr, epochs):
    """The learning rate of each epoch when scheduler.step() follows each epoch's optimizer.step()."""
    p = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([p], lr=base_lr)
    scheduler = make(opt)
    rates = []
    for _ in range(epochs):
        rates.append(opt.param_groups[0]["lr"])
        p.grad = torch.zeros(1)
        opt.step()
        scheduler.step()
    return rates


def schedulers():
    s = torch.optim.lr_scheduler
    cases = [
        ("cosine_tmax4", "CosineAnnealingLR(T_max=4)", 1.0, 10, lambda o: s.CosineAnnealingLR(o, T_max=4)),
        ("cosine_tmax10_min", "CosineAnnealingLR(T_max=10, eta_min=0.01)", 0.1, 25,
         lambda o: s.CosineAnnealingLR(o, T_max=10, eta_min=0.01)),
        ("multistep", "MultiStepLR(milestones=[2, 5], gamma=0.1)", 1.0, 8,
         lambda o: s.MultiStepLR(o, milestones=[2, 5], gamma=0.1)),
        ("exponential", "ExponentialLR(gamma=0.95)", 0.2, 12, lambda o: s.ExponentialLR(o, gamma=0.95)),
        ("inverse_time", "LambdaLR(lambda e: 1/(1 + 1.0*e))", 0.5, 6, lambda o: s.LambdaLR(o, lambda e: 1 / (1 + 1.0 * e))),
        ("fixed_interval", "LambdaLR(lambda e: 1/(1 + 0.3*floor(e/3)))", 0.5, 10,
         lambda o: s.LambdaLR(o, lambda e: 1 / (1 + 0.3 * math.floor(e / 3)))),
    ]
    return [{"name": n, "torch": d, "baseLr": lr, "rates": scheduler_rates(m, lr, e)} for n, d, lr, e, m in cases]


def main():
    torch.set_default_dtype(torch.float64)
    reference = {
        "generatedBy": "tests/reference/make_torch_optimizer_reference.py",
        "python": platform.python_version(),
        "torch": torch.__version__,
        "steps": STEPS,
        "quadratic": {"function": "x^2/20 + y^2", "start": [-7.0, 2.0], "runs": []},
        "network": {**NETWORK, "runs": []},
        "schedulers": schedulers(),
    }
    for name, class_name, kwargs in CONFIGS:
        record = {"name": name, "optimizer": class_name, "kwargs": {k: list(v) if isinstance(v, tuple) else v for k, v in kwargs.items()}}
        reference["quadratic"]["runs"].append({**record, "path": quadratic_run(class_name, kwargs)})
        costs, steps = network_run(class_name, kwargs)
        reference["network"]["runs"].append({**record, "costs": costs, "parameters": steps})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(reference, indent=1)
    # One line per innermost list keeps the file short and its diffs readable.
    text = re.sub(r"\[[^\[\]{}]*\]", lambda m: re.sub(r"\s+", "", m.group(0)).replace(",", ", "), text)
    OUT.write_text(text + "\n")
    print(f"wrote {OUT} (torch {torch.__version__})")


if __name__ == "__main__":
    main()
