#!/usr/bin/env python3
"""Makes the balanced Fashion-MNIST subset in data/ from Debian's dataset-fashion-mnist package.

    sudo apt-get install dataset-fashion-mnist python3-numpy
    /usr/bin/python3 data/make_fashion_mnist_subset.py

Takes, in file order, the first 1000 training images of each of the 10 classes (10 000 images) and the
first 200 test images of each class (2 000 images), keeps their order in the original files, and writes
them in the original IDX format (big-endian header, then uint8 pixels row by row / uint8 labels),
gzip-compressed with level 9 and a zero timestamp so the bytes are reproducible with the same zlib.
Prints each file's size and SHA-256 for data/README.md.
"""
import gzip
import hashlib
import pathlib
import struct

import numpy as np

SOURCE = pathlib.Path("/usr/share/datasets/fashion-mnist")
OUT = pathlib.Path(__file__).resolve().parent
PER_CLASS = {"train": 1000, "t10k": 200}
NAMES = {"train": "train", "t10k": "test"}


def read_idx(path):
    data = gzip.open(path).read()
    magic, count = struct.unpack(">II", data[:8])
    dims = magic & 0xFF
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def write_idx(path, array):
    header = struct.pack(">I", 0x0800 | array.ndim) + struct.pack(">" + "I" * array.ndim, *array.shape)
    with open(path, "wb") as f, gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=f, mtime=0) as gz:
        gz.write(header + array.astype(np.uint8).tobytes())
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    print(f"{path.name}  {path.stat().st_size} bytes  sha256 {digest}")


def main():
    for part, per_class in PER_CLASS.items():
        images = read_idx(SOURCE / f"{part}-images-idx3-ubyte.gz")
        labels = read_idx(SOURCE / f"{part}-labels-idx1-ubyte.gz")
        keep = np.sort(np.concatenate([np.flatnonzero(labels == c)[:per_class] for c in range(10)]))
        name = NAMES[part]
        write_idx(OUT / f"fashion-mnist-{name}-images-idx3-ubyte.gz", images[keep])
        write_idx(OUT / f"fashion-mnist-{name}-labels-idx1-ubyte.gz", labels[keep])


if __name__ == "__main__":
    main()
