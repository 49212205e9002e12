#!/usr/bin/env bash
# Installs what the benchmark compares against, from Debian: OpenBLAS (the BLAS of numpy, PyTorch and NotebookKit's
# BLAS path — without it Debian gives numpy and PyTorch the reference BLAS, about 2 GFLOP/s), numpy, PyTorch and
# threadpoolctl (which reports the BLAS each library actually loaded). Then run:
#   dotnet run -c Release --project benchmarks/NotebookKit.Benchmarks
set -euo pipefail
sudo=$([ "$(id -u)" -eq 0 ] && echo "" || echo "sudo")
$sudo apt-get update -qq
until $sudo apt-get install -y -qq libopenblas0-pthread python3-numpy python3-torch python3-threadpoolctl >/dev/null; do
  echo "apt-get is busy (another install holds the lock); retrying in 10 s"
  sleep 10
done
echo "libblas.so.3 -> $(readlink -f /usr/lib/"$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)"/libblas.so.3)"
