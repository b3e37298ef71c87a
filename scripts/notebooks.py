"""Execute notebooks with a Jupyter kernel (nbclient) and export them to HTML (nbconvert).

Called by scripts/build.ts and the tests with the project's virtual environment. For each
notebook it prints one JSON line on stdout:
  {"notebook": ..., "ok": true, "seconds": ..., "cells": ...}
or, when a cell fails or times out,
  {"notebook": ..., "ok": false, "seconds": ..., "cell": N, "source": first line, "error": ...}
where N counts cells from 1, markdown cells included, as they appear in the file. An exported
notebook's line adds "math_errors": the formulas Temml rejected, as {"source", "message"}. A
failed export makes the line {"ok": false, "error": ...} with no cell.
"""

import argparse
import json
import sys
import time
from pathlib import Path

import nbformat
from nbclient.exceptions import CellExecutionError, CellTimeoutError

from kernel_client import OrderedClient

# The export template's preprocessors; scripts/setup.ts also puts them on the venv's path.
EXPORT_MODULES = Path(__file__).resolve().parent.parent / "export" / "python"


def _first_line(source):
    lines = [line for line in source.splitlines() if line.strip()]
    return lines[0][:120] if lines else ""


def execute(path, out_dir, kernel, timeout):
    nb = nbformat.read(path, as_version=4)
    client = OrderedClient(
        nb,
        kernel_name=kernel,
        timeout=timeout,
        resources={"metadata": {"path": str(path.parent)}},
    )
    started = time.perf_counter()
    report = {"notebook": path.name, "ok": True}
    try:
        client.execute()
    except CellTimeoutError:
        report.update(ok=False, error=f"timed out after {timeout} s")
    except CellExecutionError as error:
        message = f"{error.ename}: {error.evalue}" if error.ename else str(error)
        report.update(ok=False, error=message.strip())
    if not report["ok"]:
        index = client.current_index
        report.update(cell=index + 1, source=_first_line(nb.cells[index].source))
    report["seconds"] = round(time.perf_counter() - started, 3)
    report["cells"] = len(nb.cells)
    nbformat.write(nb, out_dir / path.name)
    return report


def export(path, out_dir, template_dir, template, source_dir):
    """Export an executed notebook to HTML as if it sat in `source_dir`.

    The template's preprocessors (export/python/lineargan_export) read the notebook's folder from
    the resources to link the page to its neighbours, so that folder is the source one, not the
    staging folder that holds only the notebooks executed so far.
    """
    from nbconvert import HTMLExporter

    if str(EXPORT_MODULES) not in sys.path:
        sys.path.insert(0, str(EXPORT_MODULES))
    exporter = HTMLExporter(
        template_name=template,
        extra_template_basedirs=[str(template_dir)],
    )
    resources = {"metadata": {"name": path.stem, "path": str(source_dir)}}
    nb = nbformat.read(path, as_version=4)
    body, resources = exporter.from_notebook_node(nb, resources=resources)
    (out_dir / (path.stem + ".html")).write_text(body, encoding="utf-8")
    return resources.get("lineargan", {}).get("math_errors", [])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True, help="folder for the outputs")
    parser.add_argument("--kernel", default="deno", help="kernelspec name")
    parser.add_argument("--timeout", type=int, default=120, help="per-cell timeout in seconds")
    parser.add_argument("--template-dir", type=Path, help="export HTML with this template folder")
    parser.add_argument("--template", default="lineargan", help="template name in that folder")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    failed = False
    for path in args.notebooks:
        report = execute(path, args.out, args.kernel, args.timeout)
        if report["ok"] and args.template_dir:
            try:
                report["math_errors"] = export(
                    args.out / path.name, args.out, args.template_dir, args.template, path.parent
                )
            except Exception as error:  # noqa: BLE001 - any export error fails this notebook only
                report.update(ok=False, error=f"HTML export failed: {type(error).__name__}: {error}")
        failed = failed or not report["ok"]
        print(json.dumps(report), flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
