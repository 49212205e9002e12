#!/usr/bin/env python3
"""Writes the reference values the C# tests compare against: numpy's legacy RandomState draws and
scikit-learn's sample generators, run with Debian's python3-numpy and python3-sklearn, and facts
about the image files in data/ (label counts, pixel sums) read with numpy.

Run from the repository root:
    /usr/bin/python3 tests/reference/make_numpy_reference.py
It rewrites tests/NotebookKit.Tests/Reference/numpy_reference.json. Doubles are written with Python's
repr, the shortest string that reads back to the same double, so the C# tests compare them exactly.
"""
import json
import re
import pathlib
import platform

import numpy as np
import sklearn
import sklearn.datasets

OUT = pathlib.Path(__file__).resolve().parents[1] / "NotebookKit.Tests" / "Reference" / "numpy_reference.json"
SEEDS = [0, 1, 2, 3, 42]


def matrix(a):
    a = np.atleast_2d(np.asarray(a, dtype=np.float64))
    return [[float(v) for v in row] for row in a]


def random_script(seed):
    """One generator, one fixed sequence of calls: the C# test replays it call by call on one
    NumpyRandomState. Odd-sized randn calls leave a cached normal that the next call must use."""
    np.random.seed(seed)
    ops = []

    def op(name, args, values):
        ops.append({"op": name, "args": args, "values": values})

    op("rand", [3, 5], matrix(np.random.rand(3, 5)))
    op("randn", [1, 7], matrix(np.random.randn(1, 7)))          # odd: one normal stays cached
    op("rand", [1, 2], matrix(np.random.rand(1, 2)))            # uniform draws do not touch the cache
    op("randn", [3, 1], matrix(np.random.randn(3, 1)))          # starts with the cached value
    op("randn", [2, 4], matrix(np.random.randn(2, 4)))          # even count
    op("normal", [1.5, 0.25, 2, 3], matrix(np.random.normal(1.5, 0.25, size=(2, 3))))
    op("uniform", [-2.0, 3.0, 2, 4], matrix(np.random.uniform(-2.0, 3.0, size=(2, 4))))
    op("bernoulli", [4, 5, 0.7], matrix((np.random.rand(4, 5) < 0.7).astype(float)))
    op("permutation", [10], [int(v) for v in np.random.permutation(10)])
    op("permutation", [37], [int(v) for v in np.random.permutation(37)])
    values = np.arange(15) * 10
    np.random.shuffle(values)
    op("shuffle", [15], [int(v) for v in values])
    for low, high in [(0, 10), (0, 16), (-5, 5), (0, 1000), (3, 4), (0, 2**32), (0, 2**40), (-2**63, 2**63 - 1)]:
        drawn = np.random.randint(low, high, size=12)
        assert drawn.dtype == np.int64
        op("randint", [str(low), str(high), 12], [str(int(v)) for v in drawn])
    op("randn", [1, 3], matrix(np.random.randn(3)))
    return {"seed": seed, "ops": ops}


def dataset(X, y):
    return {"X": matrix(X), "y": [int(v) for v in y]}


def generators():
    cases = []

    def case(name, recipe, seed, make):
        np.random.seed(seed)
        X, y = make()
        cases.append({"name": name, "recipe": recipe, "seed": seed, **dataset(X, y)})

    ds = sklearn.datasets
    case("moons_course", "np.random.seed(3); make_moons(n_samples=300, noise=.2)", 3,
         lambda: ds.make_moons(n_samples=300, noise=.2))
    case("circles_course_train", "np.random.seed(1); make_circles(n_samples=300, noise=.05)", 1,
         lambda: ds.make_circles(n_samples=300, noise=.05))
    case("circles_course_test", "np.random.seed(2); make_circles(n_samples=100, noise=.05)", 2,
         lambda: ds.make_circles(n_samples=100, noise=.05))
    case("moons_small_odd", "np.random.seed(0); make_moons(n_samples=7, noise=0.1)", 0,
         lambda: ds.make_moons(n_samples=7, noise=0.1))
    case("moons_no_noise", "np.random.seed(5); make_moons(n_samples=6)", 5,
         lambda: ds.make_moons(n_samples=6))
    case("moons_unshuffled", "np.random.seed(42); make_moons(n_samples=5, shuffle=False, noise=0.3)", 42,
         lambda: ds.make_moons(n_samples=5, shuffle=False, noise=0.3))
    case("circles_small_odd", "np.random.seed(0); make_circles(n_samples=9, noise=0.1, factor=0.5)", 0,
         lambda: ds.make_circles(n_samples=9, noise=0.1, factor=0.5))
    case("blobs_given_centers",
         "np.random.seed(0); make_blobs(n_samples=10, centers=[[0,0],[3,3],[-3,2]], cluster_std=[0.5,1.0,0.3])", 0,
         lambda: ds.make_blobs(n_samples=10, centers=[[0, 0], [3, 3], [-3, 2]], cluster_std=[0.5, 1.0, 0.3]))
    case("blobs_random_centers",
         "np.random.seed(4); make_blobs(n_samples=8, n_features=3, centers=2, cluster_std=1.5, center_box=(-5, 5))", 4,
         lambda: ds.make_blobs(n_samples=8, n_features=3, centers=2, cluster_std=1.5, center_box=(-5.0, 5.0)))
    return cases


def planar_flower():
    """Course 1's planar data set, from its published recipe: seed 1, m = 400, two petals classes."""
    np.random.seed(1)
    m, D, a = 400, 2, 4
    N = m // 2
    X = np.zeros((m, D))
    Y = np.zeros((m, 1), dtype="uint8")
    for j in range(2):
        ix = range(N * j, N * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + np.random.randn(N) * 0.2
        r = a * np.sin(4 * t) + np.random.randn(N) * 0.2
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[ix] = j
    return dataset(X, Y[:, 0])


def spiral(seed, N, K):
    """CS231n's spiral: K arms of N points, radius linspace(0, 1, N), angle linspace(4j, 4(j+1), N) + 0.2·noise."""
    np.random.seed(seed)
    X = np.zeros((N * K, 2))
    y = np.zeros(N * K, dtype="uint8")
    for j in range(K):
        ix = range(N * j, N * (j + 1))
        r = np.linspace(0.0, 1, N)
        t = np.linspace(j * 4, (j + 1) * 4, N) + np.random.randn(N) * 0.2
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        y[ix] = j
    return {"seed": seed, "pointsPerClass": N, "classes": K, **dataset(X, y)}


def histogram_cases():
    """np.histogram on values that include the bin edges themselves and values outside the range."""
    np.random.seed(5)
    values = np.concatenate([np.random.rand(200) * 1.4 - 0.2, np.linspace(0.0, 1.0, 8), [1.0, 0.0]])
    cases = []
    for bins, low, high in [(7, 0.0, 1.0), (30, 0.0, 1.0), (5, -0.2, 1.2)]:
        counts, edges = np.histogram(values, bins=bins, range=(low, high))
        cases.append({"bins": bins, "min": low, "max": high, "counts": [int(c) for c in counts], "edges": [float(e) for e in edges]})
    return {"values": [float(v) for v in values], "cases": cases}


def activation_experiment():
    """Deep Learning from Scratch ch. 6, weight_init_activation_histogram.py, seeded: x = randn(1000, 100),
    then per layer w = randn(100, 100) * scale, a = x @ w, z = g(a); no bias. Scales are multiplied
    (np.sqrt(1.0 / n)), as the kit's initializers do."""
    n = 100
    sigmoid = lambda a: 1 / (1 + np.exp(-a))
    relu = lambda a: np.maximum(0, a)
    runs = [("Sigmoid", "std 1", 1.0, sigmoid, (0.0, 1.0)), ("Sigmoid", "std 0.01", 0.01, sigmoid, (0.0, 1.0)),
            ("Sigmoid", "Xavier", np.sqrt(1.0 / n), sigmoid, (0.0, 1.0)), ("ReLU", "He", np.sqrt(2.0 / n), relu, (0.0, 1.0)),
            ("Tanh", "Xavier", np.sqrt(1.0 / n), np.tanh, (-1.0, 1.0))]
    cases = []
    for activation, init, scale, g, rng in runs:
        np.random.seed(0)
        x = np.random.randn(1000, n)
        layers = []
        for _ in range(5):
            w = np.random.randn(n, n) * scale
            x = g(np.dot(x, w))
            layers.append({
                "mean": float(x.mean()), "std": float(x.std()),
                "saturated": (float(np.mean((x < 0.01) | (x > 0.99))) if activation == "Sigmoid"
                              else float(np.mean(np.abs(x) > 0.99)) if activation == "Tanh" else None),
                "dead": float(np.mean(x == 0)) if activation == "ReLU" else None,
                "counts": [int(c) for c in np.histogram(x.flatten(), 30, range=rng)[0]],
            })
        cases.append({"activation": activation, "init": init, "seed": 0, "range": list(rng), "layers": layers})
    return cases


def data_files():
    """Facts about the files in data/, read with numpy, and the digits as scikit-learn loads them."""
    import gzip
    from sklearn.datasets import load_digits

    data = pathlib.Path(__file__).resolve().parents[2] / "data"
    facts = {}
    for part in ("train", "test"):
        images = np.frombuffer(gzip.open(data / f"fashion-mnist-{part}-images-idx3-ubyte.gz").read(), np.uint8, offset=16)
        labels = np.frombuffer(gzip.open(data / f"fashion-mnist-{part}-labels-idx1-ubyte.gz").read(), np.uint8, offset=8)
        images = images.reshape(len(labels), 784)
        facts[f"fashion_{part}"] = {
            "count": len(labels),
            "firstLabels": [int(v) for v in labels[:10]],
            "classCounts": [int(v) for v in np.bincount(labels)],
            "firstImagePixelSum": int(images[0].astype(np.int64).sum()),
            "pixelSum": int(images.astype(np.int64).sum()),
            "firstImageRow14": [int(v) for v in images[0].reshape(28, 28)[14]],
        }
    digits = load_digits()
    facts["digits"] = {
        "count": int(digits.data.shape[0]),
        "firstLabels": [int(v) for v in digits.target[:10]],
        "pixelSum": int(digits.data.sum()),
        "firstImage": [int(v) for v in digits.data[0]],
    }
    return facts


def main():
    reference = {
        "generatedBy": "tests/reference/make_numpy_reference.py",
        "python": platform.python_version(),
        "numpy": np.__version__,
        "sklearn": sklearn.__version__,
        "random": [random_script(s) for s in SEEDS],
        "generators": generators(),
        "planarFlower": planar_flower(),
        "spiral": spiral(0, 100, 3),
        "dataFiles": data_files(),
        "histograms": histogram_cases(),
        "activationExperiment": activation_experiment(),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(reference, indent=1)
    # One line per innermost list keeps the file short and its diffs readable.
    text = re.sub(r"\[[^\[\]{}]*\]", lambda m: re.sub(r"\s+", "", m.group(0)).replace(",", ", "), text)
    OUT.write_text(text + "\n")
    print(f"wrote {OUT} (numpy {np.__version__}, scikit-learn {sklearn.__version__})")


if __name__ == "__main__":
    main()
