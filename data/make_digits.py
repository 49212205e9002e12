#!/usr/bin/env python3
"""Copies the UCI handwritten digits (8×8, 1797 images) that scikit-learn ships into data/digits.csv.gz.

    sudo apt-get install python3-sklearn
    /usr/bin/python3 data/make_digits.py

The file is copied byte for byte: gzip-compressed CSV, one image per line, 64 pixel counts 0…16 (row by
row) followed by the digit 0…9. Prints its size and SHA-256 for data/README.md.
"""
import hashlib
import pathlib
import shutil

import sklearn.datasets

SOURCE = pathlib.Path(sklearn.datasets.__file__).parent / "data" / "digits.csv.gz"
TARGET = pathlib.Path(__file__).resolve().parent / "digits.csv.gz"

shutil.copyfile(SOURCE, TARGET)
print(f"{TARGET.name}  {TARGET.stat().st_size} bytes  sha256 {hashlib.sha256(TARGET.read_bytes()).hexdigest()}")
