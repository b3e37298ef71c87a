"""Give an exported page its title and its links to the index and to its neighbours.

The neighbours are the notebooks before and after it in its folder, by file name. Each link
shows that notebook's question (its first level-one heading) and points at its page.
"""

import json
import re
from pathlib import Path

from nbconvert.preprocessors import Preprocessor
from traitlets import Unicode


def _plain(text):
    """Strip the math and emphasis markers that a page title or a link cannot show."""
    return re.sub(r"\*\*|__|`|\$", "", text).strip()


def _question(cells):
    """Return the first level-one heading of the first markdown cell, or None."""
    for cell in cells:
        if cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else source
        for line in text.splitlines():
            if line.startswith("# "):
                return _plain(line[2:])
        return None
    return None


def _link(folder, stem):
    try:
        cells = json.loads((folder / f"{stem}.ipynb").read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError):
        cells = []
    return {"href": f"{stem}.html", "title": _question(cells) or stem}


class PageLinksPreprocessor(Preprocessor):
    """Store resources["lineargan"] = {title, index, prev, next} for the page template."""

    index_href = Unicode("index.html", help="Address of the index page.").tag(config=True)

    def preprocess(self, nb, resources):
        """Find the notebook among its folder's notebooks and describe its neighbours."""
        metadata = resources.get("metadata", {})
        name = metadata.get("name", "")
        links = {
            "title": _question(nb.cells) or name,
            "index": self.index_href,
            "prev": None,
            "next": None,
        }
        folder = Path(metadata["path"]) if metadata.get("path") else None
        stems = sorted(path.stem for path in folder.glob("*.ipynb")) if folder else []
        if name in stems:
            position = stems.index(name)
            if position > 0:
                links["prev"] = _link(folder, stems[position - 1])
            if position + 1 < len(stems):
                links["next"] = _link(folder, stems[position + 1])
        resources.setdefault("lineargan", {}).update(links)
        return nb, resources
