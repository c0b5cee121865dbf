"""Views of a built graph for people and for other tools: a networkx graph, a page, exports.

    G = claimgraph.to_networkx("graphs/karabakh-2020/karabakh-2020.trig")
    claimgraph.viz.write_page("graphs/karabakh-2020/karabakh-2020.trig", Path("out.html"))

The names below load on first use: networkx, SciPy and pyvis take about a second, and the
exports (`viz.export`) need none of them for most formats.
"""

from ..lazy import lazy

__all__ = ["PageSummary", "page_html", "to_networkx", "write_page"]
__getattr__ = lazy(__name__, {"to_networkx": ".network", "PageSummary": ".page", "page_html": ".page",
                              "write_page": ".page"})
