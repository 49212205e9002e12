#!/usr/bin/env python3
"""The numpy side of the NotebookKit benchmark's course-size run: the Initialization assignment's model() —
[2, 10, 5, 1], LINEAR->RELU x2 -> LINEAR->SIGMOID, He initialization with np.random.seed(3), full-batch gradient
descent with learning rate 0.01 for 15 000 iterations — written as the course writes it (forward_propagation,
compute_loss, backward_propagation, update_parameters), on X = np.random.seed(1); randn(2, 300) and
Y = (x1·x2 > 0). The C# side trains on the very same numbers, so the final costs agree. OpenBLAS gets one thread
(OPENBLAS_NUM_THREADS=1 before numpy loads, and threadpoolctl when installed). Prints one JSON line with each run's
wall-clock and CPU seconds and the cost of the trained parameters. Run by benchmarks/NotebookKit.Benchmarks, or alone:
    /usr/bin/python3 benchmarks/numpy_course.py --repeats 3
    /usr/bin/python3 benchmarks/numpy_course.py --config     # numpy's own build configuration (its BLAS)
"""
import argparse
import contextlib
import io
import json
import os
import time

os.environ["OPENBLAS_NUM_THREADS"] = "1"
os.environ["OMP_NUM_THREADS"] = "1"
import numpy as np  # noqa: E402


def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters["W" + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2 / layers_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def forward_propagation(X, parameters):
    W1, b1, W2, b2, W3, b3 = (parameters[k] for k in ("W1", "b1", "W2", "b2", "W3", "b3"))
    z1 = np.dot(W1, X) + b1
    a1 = np.maximum(0, z1)
    z2 = np.dot(W2, a1) + b2
    a2 = np.maximum(0, z2)
    z3 = np.dot(W3, a2) + b3
    a3 = 1 / (1 + np.exp(-z3))
    return a3, (z1, a1, W1, b1, z2, a2, W2, b2, z3, a3, W3, b3)


def compute_loss(a3, Y):
    m = Y.shape[1]
    logprobs = np.multiply(-np.log(a3), Y) + np.multiply(-np.log(1 - a3), 1 - Y)
    return 1. / m * np.nansum(logprobs)


def backward_propagation(X, Y, cache):
    m = X.shape[1]
    (z1, a1, W1, b1, z2, a2, W2, b2, z3, a3, W3, b3) = cache
    dz3 = 1. / m * (a3 - Y)
    dW3 = np.dot(dz3, a2.T)
    db3 = np.sum(dz3, axis=1, keepdims=True)
    da2 = np.dot(W3.T, dz3)
    dz2 = np.multiply(da2, np.int64(a2 > 0))
    dW2 = np.dot(dz2, a1.T)
    db2 = np.sum(dz2, axis=1, keepdims=True)
    da1 = np.dot(W2.T, dz2)
    dz1 = np.multiply(da1, np.int64(a1 > 0))
    dW1 = np.dot(dz1, X.T)
    db1 = np.sum(dz1, axis=1, keepdims=True)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


def update_parameters(parameters, grads, learning_rate):
    for k in range(1, len(parameters) // 2 + 1):
        parameters["W" + str(k)] = parameters["W" + str(k)] - learning_rate * grads["dW" + str(k)]
        parameters["b" + str(k)] = parameters["b" + str(k)] - learning_rate * grads["db" + str(k)]
    return parameters


def model(X, Y, learning_rate=0.01, num_iterations=15000):
    parameters = initialize_parameters_he([X.shape[0], 10, 5, 1])
    for _ in range(num_iterations):
        a3, cache = forward_propagation(X, parameters)
        cost = compute_loss(a3, Y)
        grads = backward_propagation(X, Y, cache)
        parameters = update_parameters(parameters, grads, learning_rate)
    return compute_loss(forward_propagation(X, parameters)[0], Y)


def data():
    np.random.seed(1)
    X = np.random.randn(2, 300)
    Y = (X[0:1, :] * X[1:2, :] > 0).astype(np.float64)
    return X, Y


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--iterations", type=int, default=15000)
    parser.add_argument("--config", action="store_true")
    args = parser.parse_args()
    limits = contextlib.nullcontext()
    try:
        from threadpoolctl import threadpool_limits
        limits = threadpool_limits(1)
    except ImportError:
        pass
    if args.config:
        print(f"numpy {np.__version__}")
        with contextlib.redirect_stdout(io.StringIO()) as shown:
            np.show_config()
        print(shown.getvalue().strip())
        try:
            from threadpoolctl import threadpool_info
            for pool in threadpool_info():
                print("loaded: " + ", ".join(f"{k}={pool[k]}" for k in ("internal_api", "version", "num_threads", "filepath") if k in pool))
        except ImportError:
            print("loaded BLAS: threadpoolctl not installed (apt-get install python3-threadpoolctl)")
        return
    X, Y = data()
    with limits, np.errstate(divide="ignore", invalid="ignore"):
        model(X, Y, num_iterations=100)
        wall, cpu = [], []
        for _ in range(args.repeats):
            w, c = time.perf_counter(), time.process_time()
            cost = model(X, Y, num_iterations=args.iterations)
            wall.append(time.perf_counter() - w)
            cpu.append(time.process_time() - c)
    print(json.dumps({"version": np.__version__, "wall": wall, "cpu": cpu, "cost": cost}))


if __name__ == "__main__":
    main()
