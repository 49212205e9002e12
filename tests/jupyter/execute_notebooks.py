#!/usr/bin/env python3
"""Executes every notebook of the workbook with a Jupyter client (Debian's python3-nbclient) against the
dotnet-interactive kernel in Jupyter mode, as JupyterLab would run it; exits 1 naming each notebook that fails.

Usage: execute_notebooks.py <Microsoft.DotNet.Interactive.App.dll> <notebooks folder>

The kernel is registered in a temporary JUPYTER_PATH with --http-local-only (no port on other interfaces). Each
notebook is sent as it stands, cell by cell, as JupyterLab sends it."""
import glob, json, os, sys, tempfile, time

import nbformat
from nbclient import NotebookClient


def execute(path, folder):
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=600, kernel_name="notebookkit-csharp", resources={"metadata": {"path": folder}})
    client.execute()


def main(app, folder):
    kernels = tempfile.mkdtemp()
    spec = os.path.join(kernels, "kernels", "notebookkit-csharp")
    os.makedirs(spec)
    with open(os.path.join(spec, "kernel.json"), "w") as f:
        json.dump({"argv": ["dotnet", app, "jupyter", "--default-kernel", "csharp", "{connection_file}", "--http-local-only"],
                   "display_name": ".NET (C#)", "language": "C#"}, f)
    os.environ["JUPYTER_PATH"] = kernels
    failed = []
    for path in sorted(glob.glob(os.path.join(folder, "*.ipynb"))):
        name, start = os.path.basename(path), time.time()
        try:
            execute(path, folder)
            print(f"{name}: ran without errors in {time.time() - start:.1f} s", flush=True)
        except Exception as error:  # any failure of the notebook is reported, and the next one runs
            failed.append(name)
            print(f"{name}: FAILED\n{str(error)[:2000]}", flush=True)
    print(f"{len(failed)} of {len(glob.glob(os.path.join(folder, '*.ipynb')))} notebooks failed under Jupyter" if failed else "All notebooks ran without errors under Jupyter")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], os.path.abspath(sys.argv[2])))
