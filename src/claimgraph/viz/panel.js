/* claimgraph page: draws the network, the filters, the legend and the claims panel.
   Every text from a source goes into the page with textContent, never as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("cg-data").textContent);
  var byNode = {};
  data.nodes.forEach(function (n) { byNode[n.id] = n; });
  var byEdge = {};
  data.edges.forEach(function (e) { byEdge[e.id] = e; });
  var dates = unique(data.nodes.reduce(function (all, n) { return all.concat(n.dates); }, [])).sort();
  var state = { source: "", classes: {}, query: "", until: dates.length ? dates[dates.length - 1] : null };
  Object.keys(data.classes).forEach(function (c) { state.classes[c] = true; });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("network"), { nodes: nodes, edges: edges }, data.options);
  var api = { network: network, nodes: nodes, edges: edges, data: data, ready: false, stableAt: null,
              setSource: setSource, setQuery: setQuery, setUntil: setUntil, toggleClass: toggleClass,
              showNode: showNode, showEdge: showEdge };
  window.claimgraph = api;

  function markReady() {
    api.ready = true;
    api.stableAt = performance.now();
  }
  if (data.options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.once("afterDrawing", markReady);
    });
  } else {
    network.once("afterDrawing", markReady);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function unique(values) {
    return values.filter(function (v, i) { return values.indexOf(v) === i; });
  }

  function localName(iri) {
    return String(iri).replace(/^.*[#\/]/, "");
  }

  function nameOf(iri) {
    return byNode[iri] ? byNode[iri].label : localName(iri);
  }

  /* ---- filters ---- */

  function nodeShown(n) {
    if (!state.classes[n.cls]) { return false; }
    if (state.source && n.sources.indexOf(state.source) < 0) { return false; }
    if (state.until !== null && n.dates.length && n.dates[0] > state.until) { return false; }
    return true;
  }

  function edgeShown(e) {
    return !state.source || e.sources.indexOf(state.source) >= 0;
  }

  function matches(n, query) {
    return [n.label].concat(n.names).some(function (name) { return name.toLowerCase().indexOf(query) >= 0; });
  }

  function applyFilters() {
    var shown = {};
    data.nodes.forEach(function (n) { shown[n.id] = nodeShown(n); });
    var query = state.query.trim().toLowerCase();
    if (query) {
      var keep = {};
      data.nodes.forEach(function (n) { if (shown[n.id] && matches(n, query)) { keep[n.id] = true; } });
      data.edges.forEach(function (e) {
        if (!edgeShown(e) || !shown[e.from] || !shown[e.to]) { return; }
        if (keep[e.from] === true) { keep[e.to] = keep[e.to] || "near"; }
        if (keep[e.to] === true) { keep[e.from] = keep[e.from] || "near"; }
      });
      data.nodes.forEach(function (n) { shown[n.id] = Boolean(keep[n.id]); });
    }
    var edgeUpdates = data.edges.map(function (e) {
      return { id: e.id, hidden: !(edgeShown(e) && shown[e.from] && shown[e.to]) };
    });
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: !shown[n.id] }; }));
    edges.update(edgeUpdates);
    var visibleNodes = data.nodes.filter(function (n) { return shown[n.id]; }).length;
    var visibleEdges = edgeUpdates.filter(function (e) { return !e.hidden; }).length;
    document.getElementById("summary").textContent =
      visibleNodes + " of " + data.nodes.length + " entities, " +
      visibleEdges + " of " + data.edges.length + " relations shown";
  }

  function setSource(source) {
    state.source = source;
    document.getElementById("source-filter").value = source;
    applyFilters();
    clearPanel();
  }

  function setQuery(query) {
    state.query = query;
    document.getElementById("search").value = query;
    applyFilters();
  }

  function setUntil(date) {
    state.until = date;
    document.getElementById("timeline-label").textContent = date || "";
    applyFilters();
  }

  function toggleClass(cls, on) {
    state.classes[cls] = on;
    applyFilters();
  }

  /* ---- controls and legend ---- */

  function swatch(kind, color) {
    var s = el("span", "swatch " + kind);
    s.style.setProperty("--c", color);
    return s;
  }

  function buildControls() {
    document.getElementById("title").textContent = data.title;
    var select = document.getElementById("source-filter");
    Object.keys(data.sources).forEach(function (id) {
      var option = el("option", null, id + ": " + data.sources[id].title);
      option.value = id;
      select.appendChild(option);
    });
    select.addEventListener("change", function () { setSource(select.value); });

    var classBox = document.getElementById("class-filter");
    Object.keys(data.classes).forEach(function (cls) {
      var count = data.nodes.filter(function (n) { return n.cls === cls; }).length;
      if (!count) { return; }
      var label = el("label", "check");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.value = cls;
      box.addEventListener("change", function () { toggleClass(cls, box.checked); });
      label.appendChild(box);
      label.appendChild(swatch("shape-" + data.classes[cls].shape, data.classes[cls].color));
      label.appendChild(el("span", null, cls + " (" + count + ")"));
      classBox.appendChild(label);
    });

    var search = document.getElementById("search");
    search.addEventListener("input", function () { state.query = search.value; applyFilters(); });
    buildTimeline();
    buildLegend();
  }

  function yearFraction(date) {
    var parts = date.split("-").map(Number);
    return parts[0] + ((parts[1] || 1) - 1) / 12 + ((parts[2] || 1) - 1) / 365;
  }

  function buildTimeline() {
    if (!dates.length) {
      document.getElementById("timeline-section").hidden = true;
      return;
    }
    var slider = document.getElementById("timeline");
    slider.max = String(dates.length - 1);
    slider.value = String(dates.length - 1);
    document.getElementById("timeline-label").textContent = state.until;
    slider.addEventListener("input", function () { setUntil(dates[Number(slider.value)]); });
    var strip = document.getElementById("timeline-strip");
    var first = yearFraction(dates[0]);
    var span = Math.max(yearFraction(dates[dates.length - 1]) - first, 1 / 12);
    data.nodes.filter(function (n) { return n.dates.length; }).forEach(function (n) {
      var tick = el("button", "tick");
      tick.type = "button";
      tick.title = n.dates[0] + " " + n.label;
      tick.style.left = (100 * (yearFraction(n.dates[0]) - first) / span) + "%";
      tick.style.background = data.classes[n.cls].color;
      tick.addEventListener("click", function () { network.selectNodes([n.id]); showNode(n.id); });
      strip.appendChild(tick);
    });
    strip.appendChild(el("span", "strip-label start", dates[0]));
    strip.appendChild(el("span", "strip-label end", dates[dates.length - 1]));
  }

  function buildLegend() {
    var legend = document.getElementById("legend");
    var edgeList = el("ul", "legend-list");
    Object.keys(data.edgeStyles).forEach(function (kind) {
      var style = data.edgeStyles[kind];
      var item = el("li");
      item.appendChild(swatch("line " + (style.dashes ? "dashed" : "solid") + " w" + Math.round(style.width),
                              style.color || "#999999"));
      item.appendChild(el("span", null, style.legend));
      edgeList.appendChild(item);
    });
    var ring = el("li");
    ring.appendChild(swatch("ring", data.disputedRing));
    ring.appendChild(el("span", null, "entity with a disputed claim (a date, a name, a type)"));
    edgeList.appendChild(ring);
    legend.appendChild(edgeList);
    var sourceList = el("ul", "legend-list");
    Object.keys(data.sources).forEach(function (id) {
      var item = el("li");
      item.appendChild(swatch("dot", data.sources[id].color));
      item.appendChild(el("span", null, id));
      sourceList.appendChild(item);
    });
    legend.appendChild(el("p", "legend-note", "Sources (colour of one-source relations):"));
    legend.appendChild(sourceList);
    legend.appendChild(el("p", "legend-note", "Node size: how many claims mention the entity."));
  }

  /* ---- the claims panel ---- */

  function panel() {
    var p = document.getElementById("panel");
    p.replaceChildren();
    return p;
  }

  function clearPanel() {
    var p = panel();
    p.appendChild(el("h2", null, "Claims"));
    p.appendChild(el("p", "hint", "Click an entity or a relation to see what each source claims about it, " +
                                  "in the source's own words. Hover for a summary."));
  }

  function visibleClaims(claims) {
    return claims.filter(function (c) { return !state.source || c.source === state.source; });
  }

  function claimItem(claim, statement) {
    var item = el("li", "claim" + (claim.disputed ? " disputed" : ""));
    var head = el("div", "claim-head");
    var source = data.sources[claim.source];
    head.appendChild(swatch("dot", source ? source.color : "#999999"));
    head.appendChild(el("span", "claim-source", claim.source));
    head.appendChild(el("span", "tag modality-" + claim.modality.toLowerCase(), claim.modality));
    if (claim.disputed) { head.appendChild(el("span", "tag disputed", "disputed")); }
    item.appendChild(head);
    item.appendChild(el("div", "claim-statement", statement));
    item.appendChild(el("blockquote", "quote", claim.exact));
    if (claim.start >= 0) {
      item.appendChild(el("div", "claim-where", "characters " + claim.start + "-" + claim.end));
    }
    return item;
  }

  function statementOf(subject, claim) {
    if (claim.predicate === "type") { return "type: " + localName(claim.object); }
    if (claim.predicate === "altLabel") { return "is called \u201c" + claim.object + "\u201d"; }
    if (byNode[claim.object]) { return nameOf(subject) + " \u2192 " + claim.predicate + " \u2192 " + nameOf(claim.object); }
    return claim.predicate + ": " + claim.object;
  }

  function claimList(p, pairs) {
    var list = el("ol", "claims");
    pairs.forEach(function (pair) { list.appendChild(claimItem(pair[1], statementOf(pair[0], pair[1]))); });
    p.appendChild(list);
    if (!pairs.length) { p.appendChild(el("p", "hint", "No claims from this source.")); }
  }

  function showNode(id) {
    var n = byNode[id];
    if (!n) { return; }
    var p = panel();
    p.appendChild(el("h2", "panel-title", n.label));
    p.appendChild(el("p", "panel-meta", (n.types.join(", ") || n.cls) + " \u00b7 " + n.mentions + " claims \u00b7 " +
                                          n.sources.join(", ")));
    if (n.names.length) { p.appendChild(el("p", "panel-names", "Also called: " + n.names.join("; "))); }
    if (n.dates.length) { p.appendChild(el("p", "panel-names", "Dates: " + n.dates.join(", "))); }
    var pairs = visibleClaims(n.claims).map(function (c) { return [id, c]; });
    data.edges.forEach(function (e) {
      if (e.from === id || e.to === id) {
        visibleClaims(e.claims).forEach(function (c) { pairs.push([e.from, c]); });
      }
    });
    claimList(p, pairs);
  }

  function showEdge(id) {
    var e = byEdge[id];
    if (!e) { return; }
    var p = panel();
    p.appendChild(el("h2", "panel-title", nameOf(e.from) + " \u2192 " + e.predicate + " \u2192 " + nameOf(e.to)));
    p.appendChild(el("p", "panel-meta", data.edgeStyles[e.kind].legend + " \u00b7 " + e.sources.join(", ")));
    claimList(p, visibleClaims(e.claims).map(function (c) { return [e.from, c]; }));
  }

  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
    else { clearPanel(); }
  });

  buildControls();
  applyFilters();
  clearPanel();
})();
