#!/usr/bin/env python3
"""The PyTorch side of the NotebookKit benchmark: one epoch of mini-batch Adam (lr 0.001, batch 128) on a
784-H-H-10 ReLU network with softmax cross-entropy, CPU, float64, random inputs in [0, 1) and random labels, on one
thread. Each epoch shuffles with torch.randperm and runs forward, loss, backward and optimizer.step() per batch, as
the C# harness does. After one warm-up epoch it times `repeats` epochs and prints one JSON line with each epoch's
wall-clock and CPU seconds. Run by benchmarks/NotebookKit.Benchmarks, or alone:
    /usr/bin/python3 benchmarks/torch_epoch.py --examples 10000 --hidden 100 --repeats 3
    /usr/bin/python3 benchmarks/torch_epoch.py --config     # torch's own build configuration (its BLAS)
"""
import argparse
import json
import os
import time

os.environ["OPENBLAS_NUM_THREADS"] = "1"  # torch.set_num_threads does not reach OpenBLAS's own thread pool
os.environ["OMP_NUM_THREADS"] = "1"
import torch  # noqa: E402


def epoch_times(examples, hidden, repeats):
    torch.set_num_threads(1)
    torch.manual_seed(0)
    x = torch.rand(examples, 784, dtype=torch.float64)
    y = torch.randint(0, 10, (examples,))
    model = torch.nn.Sequential(
        torch.nn.Linear(784, hidden), torch.nn.ReLU(),
        torch.nn.Linear(hidden, hidden), torch.nn.ReLU(),
        torch.nn.Linear(hidden, 10)).double()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    loss_fn = torch.nn.CrossEntropyLoss()

    def one_epoch():
        permutation = torch.randperm(examples)
        total = 0.0
        for start in range(0, examples, 128):
            index = permutation[start:start + 128]
            optimizer.zero_grad()
            loss = loss_fn(model(x[index]), y[index])
            loss.backward()
            optimizer.step()
            total += loss.item() * len(index)
        return total / examples

    one_epoch()
    wall, cpu = [], []
    for _ in range(repeats):
        w, c = time.perf_counter(), time.process_time()
        cost = one_epoch()
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return wall, cpu, cost


def print_loaded_blas():
    """The BLAS actually loaded: a build's config names only the interface (e.g. generic libblas.so.3)."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        print("loaded BLAS: threadpoolctl not installed (apt-get install python3-threadpoolctl)")
        return
    torch.mm(torch.ones(64, 64, dtype=torch.float64), torch.ones(64, 64, dtype=torch.float64))
    for pool in threadpool_info():
        print("loaded: " + ", ".join(f"{k}={pool[k]}" for k in ("internal_api", "version", "num_threads", "filepath") if k in pool))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=10000)
    parser.add_argument("--hidden", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--config", action="store_true")
    args = parser.parse_args()
    if args.config:
        print(f"torch {torch.__version__}")
        print(torch.__config__.show().strip())
        print(torch.__config__.parallel_info().strip())
        print_loaded_blas()
        return
    wall, cpu, cost = epoch_times(args.examples, args.hidden, args.repeats)
    print(json.dumps({"version": torch.__version__, "threads": torch.get_num_threads(),
                      "wall": wall, "cpu": cpu, "cost": cost}))


if __name__ == "__main__":
    main()
