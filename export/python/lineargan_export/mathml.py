"""Pre-render the TeX math of markdown to MathML while nbconvert exports a notebook.

The conversion is scripts/_math.ts (Temml), run by Deno through scripts/_math_cli.ts, so the
build and JupyterLab's HTML export share one implementation and the page needs no MathJax.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from nbconvert.preprocessors import Preprocessor
from traitlets import Float, Unicode

ROOT = Path(__file__).resolve().parents[3]
CLI = ROOT / "scripts" / "_math_cli.ts"

# A markdown text with none of these openings has no math, so Deno is not started for it.
MATH_OPENINGS = ("$", "\\\\(", "\\\\[", "\\begin{")


def _markdown_texts(nb):
    """Yield (container, key) for every markdown text: cell sources and text/markdown outputs."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            yield cell, "source"
        for output in cell.get("outputs", []):
            if "text/markdown" in output.get("data", {}):
                yield output.data, "text/markdown"


class MathMLPreprocessor(Preprocessor):
    """Replace `$…$`, `$$…$$` and the other TeX math of markdown with MathML."""

    deno = Unicode(
        "",
        help="Deno executable that runs the converter; empty means the one in the 'deno' "
        "kernelspec, else deno on PATH.",
    ).tag(config=True)
    timeout = Float(60, help="Seconds the converter may take for one notebook.").tag(config=True)

    def preprocess(self, nb, resources):
        """Render every formula of the notebook in one Deno process."""
        texts = [
            (container, key)
            for container, key in _markdown_texts(nb)
            if any(opening in container[key] for opening in MATH_OPENINGS)
        ]
        errors = []
        if texts:
            results = self._render([container[key] for container, key in texts])
            for (container, key), result in zip(texts, results, strict=True):
                container[key] = result["markdown"]
                errors.extend(result["errors"])
        for error in errors:
            self.log.warning("Invalid TeX %s: %s", error["source"], error["message"])
        resources.setdefault("lineargan", {})["math_errors"] = errors
        return nb, resources

    def _render(self, sources):
        deno = self._find_deno()
        command = [deno, "run", "--quiet", "--no-prompt", f"--config={ROOT / 'deno.json'}", str(CLI)]
        try:
            result = subprocess.run(
                command,
                input=json.dumps(sources),
                capture_output=True,
                text=True,
                cwd=ROOT,
                env={**os.environ, "NO_COLOR": "1"},
                timeout=self.timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise RuntimeError(f"Math rendering timed out after {self.timeout} s: {command}") from error
        if result.returncode != 0:
            raise RuntimeError(
                f"Math rendering failed: {CLI.name} exited with code {result.returncode}:\n"
                f"{result.stderr.strip()}"
            )
        return json.loads(result.stdout)

    def _find_deno(self):
        if self.deno:
            return self.deno
        try:
            return KernelSpecManager().get_kernel_spec("deno").argv[0]
        except NoSuchKernel:
            pass
        found = shutil.which("deno")
        if found is None:
            raise RuntimeError(
                "Cannot render math as Deno was not found: run `deno task setup` to install the "
                "deno kernelspec, put deno on PATH, or set MathMLPreprocessor.deno"
            )
        return found
