"""Write code and figures into a page with fewer bytes than nbconvert's lab template does.

Pygments wraps every token in a <span>, even the whitespace and punctuation that the page's
stylesheet does not colour, and base64 makes an SVG figure a third larger. The page template
calls the two functions here through resources["lineargan"], where CompactPreprocessor puts them.
"""

import re
from pathlib import Path

from markupsafe import Markup
from nbconvert.preprocessors import Preprocessor

STYLESHEET = Path(__file__).resolve().parents[2] / "templates" / "lineargan" / "static" / "page.css"

# Pygments' HtmlFormatter writes flat spans whose text is already HTML-escaped.
TOKEN = re.compile(r'<span class="([\w-]+)">([^<]*)</span>')

# Characters a data: URL in a double-quoted attribute must not contain raw. In a URL, `#` starts a
# fragment, `%` an escape, and parsers drop tabs and newlines. nbconvert runs BeautifulSoup over
# the page, which would turn `<`, `>`, `&` and `"` into longer entities.
URL_ESCAPES = {
    "%": "%25",
    "#": "%23",
    "<": "%3C",
    ">": "%3E",
    "&": "%26",
    '"': "%22",
    "\t": "%09",
    "\n": "%0A",
    "\r": "%0D",
}


def styled_token_classes(stylesheet=STYLESHEET):
    """Return the Pygments token classes that the stylesheet colours (`.highlight .k` and so on)."""
    return frozenset(re.findall(r"\.highlight \.([\w-]+)", stylesheet.read_text(encoding="utf-8")))


def compact_code(html, styled):
    """Unwrap the token spans of highlighted code whose class is not in `styled`."""

    def unwrap(match):
        return match.group(0) if match.group(1) in styled else match.group(2)

    return Markup(TOKEN.sub(unwrap, str(html).replace("<span></span>", "")))


def _quotes_only_in_tags(svg):
    """Tell whether every `"` of the SVG delimits an attribute value and no `'` occurs at all.

    Then swapping `"` for `'` keeps the same document. The split on `<…>` is conservative,
    because an attribute value that contains `>` leaves a `"` outside the tags: False again.
    """
    if "'" in svg:
        return False
    return all('"' not in text for text in re.split(r"<[^>]*>", svg))


def svg_data_url(svg):
    """Return a `data:image/svg+xml` URL of the SVG, percent-encoded where needed, not base64."""
    if _quotes_only_in_tags(svg):
        svg = svg.replace('"', "'")
    encoded = re.sub(r'[%#<>&"\t\n\r]', lambda match: URL_ESCAPES[match.group(0)], svg)
    return Markup("data:image/svg+xml," + encoded)


class CompactPreprocessor(Preprocessor):
    """Store compact_code and svg_data_url in resources["lineargan"] for the page template."""

    def preprocess(self, nb, resources):
        """Read the stylesheet's token classes once per export and hand the functions over."""
        styled = styled_token_classes()
        resources.setdefault("lineargan", {}).update(
            compact_code=lambda html: compact_code(html, styled),
            svg_data_url=svg_data_url,
        )
        return nb, resources
