#!/usr/bin/env python3
"""Executes every notebook of the workbook with a Jupyter client (Debian's python3-nbclient) against the
dotnet-interactive kernel in Jupyter mode, as JupyterLab would run it; exits 1 naming each notebook that fails.

Usage: execute_notebooks.py <Microsoft.DotNet.Interactive.App.dll> <notebooks folder>

The kernel is registered in a temporary JUPYTER_PATH with --http-local-only (no port on other interfaces). Each
notebook is sent as it stands, cell by cell, as JupyterLab sends it."""
import asyncio, glob, json, os, re, sys, tempfile, time

import nbformat
from nbclient import NotebookClient

# What the kernel prints on stderr when a package's kernel extension throws while loading; the path is
# <NuGet packages folder>/<package id, lower case>/<version>/interactive-extensions/dotnet/<assembly>.dll.
EXTENSION_FAILED = re.compile(r'Failed to load kernel extension "[^"]+" from assembly (?P<path>.*[\\/](?P<id>[^\\/]+)[\\/](?P<version>[^\\/]+)[\\/]interactive-extensions[\\/].+\.dll)')


class ExtensionLoadFailure(Exception):
    """A package loaded by a cell has a kernel extension that fails to load in this kernel."""


class Client(NotebookClient):
    """nbclient's client, except that a cell whose package's kernel extension fails to load fails at once. In Jupyter
    mode the kernel reports that failure only as a line on stderr and never answers the cell's execute_request, so
    nbclient would wait out the cell's whole timeout. Here the cell is interrupted as soon as that line arrives (the
    kernel ends on an interrupt), and the notebook fails with a message naming the package."""

    extension_failure = None
    interrupting = None  # the interrupt's task, held so that it is not collected before it runs

    def output(self, outs, msg, display_id, cell_index):
        failed = EXTENSION_FAILED.search(msg["content"].get("text", "")) if msg["msg_type"] == "stream" else None
        if failed and self.extension_failure is None:
            self.extension_failure = (f"cell index {cell_index}: the kernel extension of the package {failed['id']} {failed['version']} "
                                      f"does not load in this kernel ({failed['path']}), and the kernel never completes the "
                                      f"cell, so it was interrupted. Remove the package's #r line, or use a version of it "
                                      f"built for this kernel.")
            self.interrupting = asyncio.ensure_future(self.km.interrupt_kernel())
        return super().output(outs, msg, display_id, cell_index)


def execute(path, folder):
    notebook = nbformat.read(path, as_version=4)
    client = Client(notebook, timeout=600, kernel_name="notebookkit-csharp", resources={"metadata": {"path": folder}})
    try:
        client.execute()
    except Exception:  # the interrupted cell ends as a dead kernel (this kernel) or as an error (a kernel that survives it)
        if client.extension_failure is None:
            raise
        raise ExtensionLoadFailure(client.extension_failure) from None


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
