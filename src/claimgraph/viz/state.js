/* claimgraph page, part 1 of 3: the data, vis-network as the camera, filters, focus, groups
   and history. The three parts (state.js, draw.js, panel.js) run as one script in that order,
   sharing one scope: page.py joins them inside one function. Data layout: payload.py. Every
   text from a source goes into the page with textContent (or canvas fillText), never as HTML. */

performance.mark("cg-start");
const data = JSON.parse(document.getElementById("cg-data").textContent);
performance.mark("cg-parsed");
const LABEL_PX = 12, LABEL_BUDGET = 2500, PAGE = 8, ZOOM_STEP = 1.5, TIP_CLAIMS = 3;
const N = data.nodes.length;
const kinds = data.kinds.map((k, i) => ({ i, key: k[0], label: k[1], color: k[2], dashes: k[3], width: k[4], rank: k[5] }));
const disputing = new Set(data.disputing);
const sources = data.sources.map((s, i) => ({ i, id: s[0], title: s[1], creators: s[2], date: s[3], link: s[4], publisher: s[5], color: s[6] }));
const items = data.nodes.map((r, i) => ({ i, slug: r[0], label: r[1], cls: r[2], x: r[3], y: r[4], r: r[5], importance: r[6],
  names: r[7], dates: r[8], types: r[9], group: r[10], own: [], claims: [], edges: [], srcs: new Set(), kindSet: new Set() }));
data.groups.forEach((r, g) => items.push({ i: N + g, g, isGroup: true, label: r[0], cls: r[1], x: r[2], y: r[3], r: r[4],
  importance: r[5], members: r[6], names: [], dates: [], types: [], group: -1, own: [], claims: [], edges: [],
  srcs: new Set(), kindSet: new Set(), open: false }));
data.claims.forEach((c, k) => {
  const s = items[c[2]];
  s.claims.push(k); s.srcs.add(c[0]); s.kindSet.add(c[4]);
  if (c[3] >= 0) { items[c[3]].claims.push(k); items[c[3]].srcs.add(c[0]); items[c[3]].kindSet.add(c[4]); }
  else { s.own.push(k); }
});
const edges = data.edges.map((e, j) => ({ id: "e" + j, j, from: e[0], to: e[1], predicate: data.predicates[e[2]], kind: e[3], claims: e[4] }));
data.groupEdges.forEach((e, j) => edges.push({ id: "g" + j, j, from: e[0], to: e[1], predicate: "", kind: e[2], count: e[3], claims: [], grouped: true }));
edges.forEach((e) => { items[e.from].edges.push(e); items[e.to].edges.push(e); });
items.forEach((n) => {
  if (n.isGroup) {
    n.members.forEach((m) => { items[m].srcs.forEach((s) => n.srcs.add(s)); items[m].kindSet.forEach((k) => n.kindSet.add(k));
                               n.dates.push(...items[m].dates); });
    n.dates.sort();
  }
});
const byImportance = items.map((n) => n.i).sort((a, b) => items[b].importance - items[a].importance || a - b);

const state = { sources: new Set(), classes: new Set(Object.keys(data.classes)), kinds: new Set(kinds.map((k) => k.i)),
                from: null, to: null, focus: null, near: null };
const history = [];

/* ---- small helpers ---- */

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) { node.className = className; }
  if (text !== undefined && text !== null) { node.textContent = String(text); }
  return node;
}
function button(text, onClick, className) {
  const b = el("button", className || "link", text);
  b.type = "button";
  b.addEventListener("click", onClick);
  return b;
}
function fold(text) {
  return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/\u0131/g, "i").replace(/\u0259/g, "e").replace(/\u00f8/g, "o").replace(/\u0142/g, "l")
    .replace(/\u0111/g, "d").replace(/\u00df/g, "ss");
}
function literal(o) { return data.strings[-1 - o]; }
function claimAt(k) {
  const c = data.claims[k];
  return { k, source: c[0], predicate: data.predicates[c[1]], subject: c[2], object: c[3], kind: c[4],
           quotes: (c[5] || []).map((q) => ({ exact: data.strings[q[0]], start: q[1] })),
           modality: c[6] ? data.strings[c[6] - 1] : "Asserted", holders: c[7] || [], others: c[8] || [], more: c[9] || 0 };
}
function nameOf(i) { return items[i] ? items[i].label : String(i); }
/* Run a change, then draw it at once (bench/viz.py times input to the next frame with the Event Timing API). */
function redrawAfter(fn) {
  fn();
  network.redraw();
}

/* ---- the network ---- */

function edgeColor(e) {
  const kind = kinds[e.kind];
  if (kind.color) { return kind.color; }
  const first = e.claims.length ? data.claims[e.claims[0]][0] : -1;
  return first >= 0 ? sources[first].color : "#8a8a8a";
}
/* Each row's look, decided once: shape, fill, border (a red ring: a disputed claim about it), tooltip. */
items.forEach((n) => {
  const style = data.classes[n.cls] || data.classes.Other;
  const ring = [...n.kindSet].some((k) => disputing.has(kinds[k].key));
  n.shape = n.isGroup ? "hexagon" : style.shape;
  n.fill = style.color;
  n.border = ring ? "#d62728" : (n.isGroup ? "#7a6300" : style.color);
  n.borderWidth = ring ? 3 : (n.isGroup ? 2 : 1);
  n.title = n.isGroup ? n.label + ": a group of events each told by one source; click to open"
                      : n.label + " (" + (n.types.join(", ") || n.cls) + "): " + n.claims.length + " claims, " + n.srcs.size + " sources";
});
/* vis-network is the camera only (pan, zoom, pinch, click): the page draws nodes, links and
   labels itself. Each change to vis-network's node DataSet cost 10-15 ms whatever its size
   (it walks every node it holds) plus ~20 us a node added, so a filter showing 1,800 nodes
   again took 50-80 ms before anything was drawn; now a filter sets flags and redraws. */
const [shownNode, shownEdge] = computeShown();
const container = document.getElementById("network");
const network = new vis.Network(container, { nodes: new vis.DataSet([]), edges: new vis.DataSet([]) }, data.options);
/* What is shown, for tests and scripts: nodes by row index, links by id. */
const nodeSet = { getIds: () => items.filter((n) => shownNode[n.i]).map((n) => n.i),
                  get: (i) => (shownNode[i] ? { id: i, x: items[i].x, y: items[i].y, size: items[i].r } : null),
                  get length() { return shownNode.reduce((a, v) => a + v, 0); } };
const edgeSet = { getIds: () => edges.filter((e, j) => shownEdge[j]).map((e) => e.id),
                  get length() { return shownEdge.reduce((a, v) => a + v, 0); } };
performance.mark("cg-network");
const api = { network, nodes: nodeSet, edges: edgeSet, data, items, edgesList: edges, ready: false,
              labels: [], state, claimAt, search, goTo, focusOn, openGroup, showNode, showEdge, showGroup,
              setSources, setKinds, setClasses, setDates, reset, back, fit, zoom, indexOf, nodeAt, toDOM };
window.claimgraph = api;

function indexOf(slug) { return items.findIndex((n) => n.slug === slug); }

/* ---- filters ---- */

function claimShown(k) {
  const c = data.claims[k];
  return (!state.sources.size || state.sources.has(c[0])) && state.kinds.has(c[4]);
}
function datesShown(n) {
  if (!n.dates.length || (state.from === null && state.to === null)) { return true; }
  return n.dates.some((d) => (state.from === null || d.slice(0, 7) >= state.from) && (state.to === null || d.slice(0, 7) <= state.to));
}
function entityShown(n) {
  if (!state.classes.has(n.cls) || !datesShown(n)) { return false; }
  const all = !state.sources.size && state.kinds.size === kinds.length;
  return all || n.claims.some(claimShown);
}
function computeShown() {
  const next = new Uint8Array(items.length);
  items.forEach((n) => {
    if (n.isGroup) { return; }
    const ok = entityShown(n);
    if (n.group >= 0) { const g = items[N + n.group]; if (ok && !g.open) { next[g.i] = 1; } next[n.i] = ok && g.open ? 1 : 0; }
    else { next[n.i] = ok ? 1 : 0; }
  });
  const nextEdge = new Uint8Array(edges.length);
  edges.forEach((e, j) => {
    if (!next[e.from] || !next[e.to]) { return; }
    nextEdge[j] = e.grouped ? (state.kinds.has(e.kind) ? 1 : 0) : (e.claims.some(claimShown) ? 1 : 0);
  });
  return [next, nextEdge];
}
function applyFilters() {
  const [next, nextEdge] = computeShown();
  shownNode.set(next);
  shownEdge.set(nextEdge);
  linksChanged = true;
  if (state.focus !== null && !shownNode[state.focus]) { state.focus = null; state.near = null; }
  if (state.focus !== null) { state.near = neighbourhood(state.focus); }
  let nodes = 0, links = 0;
  shownNode.forEach((v) => { nodes += v; });
  shownEdge.forEach((v) => { links += v; });
  document.getElementById("summary").textContent = nodes + " of " + items.length + " shown, " + links + " links";
}
function setSources(ids) { redrawAfter(() => { state.sources = new Set(ids); applyFilters(); renderSourceList(); }); }
function setKinds(keys) { redrawAfter(() => { state.kinds = new Set(kinds.filter((k) => keys.includes(k.key)).map((k) => k.i)); syncChecks(); applyFilters(); }); }
function setClasses(list) { redrawAfter(() => { state.classes = new Set(list); syncChecks(); applyFilters(); }); }
function setDates(from, to) { redrawAfter(() => { state.from = from; state.to = to; applyFilters(); showDates(); }); }

/* ---- focus, groups, history ---- */

function neighbourhood(i) {
  const near = new Set([i]);
  items[i].edges.forEach((e) => { if (shownEdge[edgeIndex(e)]) { near.add(e.from); near.add(e.to); } });
  return near;
}
function edgeIndex(e) { return e.grouped ? data.edges.length + e.j : e.j; }
function remember() {
  history.push({ focus: state.focus, open: items.filter((n) => n.open).map((n) => n.i),
                 scale: network.getScale(), at: network.getViewPosition() });
}
function focusOn(i, zoom) {
  state.focus = i;
  state.near = i === null ? null : neighbourhood(i);
  if (i !== null && zoom) {
    network.moveTo({ position: { x: items[i].x, y: items[i].y }, scale: Math.max(network.getScale(), 1.1), animation: false });
  }
}
function openGroup(i) {
  const g = items[i];
  if (!g || !g.isGroup || g.open) { return; }
  g.open = true;
  applyFilters();
}
function goTo(i) {
  redrawAfter(() => {
    remember();
    const n = items[i];
    if (n.group >= 0 && !items[N + n.group].open) { openGroup(N + n.group); }
    focusOn(i, true);
    n.isGroup ? showGroup(i) : showNode(i);
  });
}
function back() {
  const last = history.pop();
  if (!last) { return; }
  redrawAfter(() => {
    items.forEach((n) => { if (n.isGroup) { n.open = last.open.includes(n.i); } });
    applyFilters();
    focusOn(last.focus, false);
    network.moveTo({ position: last.at, scale: last.scale, animation: false });
    last.focus === null ? clearPanel() : (items[last.focus].isGroup ? showGroup(last.focus) : showNode(last.focus));
  });
}
function reset() {
  redrawAfter(() => {
    remember();
    items.forEach((n) => { if (n.isGroup) { n.open = false; } });
    applyFilters();
    focusOn(null, false);
    fitShown();
    clearPanel();
  });
}
/* The view that holds every node shown, with a margin. */
function fitShown() {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  items.forEach((n) => {
    if (shownNode[n.i]) { x0 = Math.min(x0, n.x - n.r); y0 = Math.min(y0, n.y - n.r); x1 = Math.max(x1, n.x + n.r); y1 = Math.max(y1, n.y + n.r); }
  });
  const scale = 0.92 * Math.min(container.clientWidth / Math.max(x1 - x0, 1), container.clientHeight / Math.max(y1 - y0, 1));
  if (!(scale > 0)) { return; }  // nothing shown, or the network has no size (a hidden page)
  network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: Math.min(scale, 2), animation: false });
}
function fit() { redrawAfter(fitShown); }
function zoom(factor) {
  redrawAfter(() => network.moveTo({ scale: Math.min(8, Math.max(0.005, network.getScale() * factor)), animation: false }));
}

const narrow = window.matchMedia("(max-width: 820px)");
network.on("click", (params) => {
  const hit = nodeAt(params.pointer.canvas);
  params = { nodes: hit === null ? [] : [hit], pointer: params.pointer };
  const link = params.nodes.length ? null : linkAt(params.pointer.canvas);
  if (narrow.matches && (params.nodes.length || link)) { openDrawer("panel"); }
  redrawAfter(() => {
    if (params.nodes.length) {
      const i = params.nodes[0];
      remember();
      if (items[i].isGroup) { showGroup(i); focusOn(i, false); }
      else { focusOn(i, false); showNode(i); }
    } else if (link) {
      showEdge(link.id);
    } else if (state.focus !== null) {
      remember();
      focusOn(null, false);
      clearPanel();
    }
  });
});

