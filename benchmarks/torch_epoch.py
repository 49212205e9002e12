#!/usr/bin/env python3
"""The PyTorch side of the NotebookKit benchmark: one epoch of mini-batch Adam (lr 0.001, batch 128) on a
784-100-100-10 ReLU network with softmax cross-entropy, CPU, float64, random inputs in [0, 1) and random labels.
Each epoch shuffles with torch.randperm and runs forward, loss, backward and optimizer.step() per batch, as the
C# harness does. It times `repeats` epochs after one warm-up epoch, with 1 thread and with torch's default
number of threads, and prints one JSON line per setting. Run by benchmarks/NotebookKit.Benchmarks, or alone:
    /usr/bin/python3 benchmarks/torch_epoch.py --examples 10000 --repeats 7
"""
import argparse
import json
import statistics
import time

import torch


def epoch_seconds(examples, repeats, threads):
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    x = torch.rand(examples, 784, dtype=torch.float64)
    y = torch.randint(0, 10, (examples,))
    model = torch.nn.Sequential(
        torch.nn.Linear(784, 100), torch.nn.ReLU(),
        torch.nn.Linear(100, 100), torch.nn.ReLU(),
        torch.nn.Linear(100, 10)).double()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    loss_fn = torch.nn.CrossEntropyLoss()

    def one_epoch():
        permutation = torch.randperm(examples)
        for start in range(0, examples, 128):
            index = permutation[start:start + 128]
            optimizer.zero_grad()
            loss = loss_fn(model(x[index]), y[index])
            loss.backward()
            optimizer.step()

    one_epoch()
    times = []
    for _ in range(repeats):
        begin = time.perf_counter()
        one_epoch()
        times.append(time.perf_counter() - begin)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=10000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    default_threads = torch.get_num_threads()
    for threads in sorted({1, default_threads}):
        seconds = epoch_seconds(args.examples, args.repeats, threads)
        print(json.dumps({"torch": torch.__version__, "threads": threads, "median_seconds": seconds}))


if __name__ == "__main__":
    main()
