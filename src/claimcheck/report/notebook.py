"""The report inline in Jupyter: the HTML format inside a sandboxed iframe.

The model knows no renderer. ``Report._repr_html_`` asks the view registered with
``claimcheck.model.register_view``; importing ``claimcheck`` registers this one, which
renders through the renderer registry, so whichever plugin provides ``html`` draws it.
"""

from __future__ import annotations

import html

from claimcheck.config import DEFAULT
from claimcheck.manager import get_plugin_manager
from claimcheck.model import Report, register_view
from claimcheck.report.registry import render


def notebook_html(report: Report, height: int = 720) -> str:
    """The HTML report inside a sandboxed ``iframe srcdoc``.

    An iframe keeps the page's styles and script away from the notebook's own, and the
    sandbox (scripts, no same origin) keeps the notebook away from the page.
    """
    page = render(report, "html", get_plugin_manager(), DEFAULT)
    srcdoc = html.escape(page, quote=True).replace("\n", "&#10;")
    return (
        f'<iframe class="claimcheck-report" sandbox="allow-scripts" '
        f'style="width:100%;height:{int(height)}px;border:1px solid #ddd" '
        f'srcdoc="{srcdoc}"></iframe>'
    )


register_view("html", notebook_html)
