/* claimgraph page: the network (vis-network, physics off), labels that fit, focus, search,
   filters and the claims panel. Data layout: payload.py. Every text from a source goes
   into the page with textContent (or canvas fillText), never as HTML. */
(function () {
  "use strict";
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
  const timings = [];

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
  function measure(name, fn) {
    const t0 = performance.now();
    fn();
    network.redraw();
    const entry = { name, ms: performance.now() - t0, frameMs: null };
    timings.push(entry);
    requestAnimationFrame(() => { entry.frameMs = performance.now() - t0; });
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
  const nodeSet = { getIds: () => items.filter((n) => shownNode[n.i]).map((n) => n.i),
                    get: (i) => (shownNode[i] ? { id: i, x: items[i].x, y: items[i].y, size: items[i].r } : null),
                    get length() { return shownNode.reduce((a, v) => a + v, 0); } };
  const edgeSet = { getIds: () => edges.filter((e, j) => shownEdge[j]).map((e) => e.id),
                    get length() { return shownEdge.reduce((a, v) => a + v, 0); } };
  performance.mark("cg-network");
  const api = { network, nodes: nodeSet, edges: edgeSet, data, items, edgesList: edges, ready: false, readyAt: null,
                labels: [], timings, state, claimAt, search, goTo, focusOn, openGroup, showNode, showEdge, showGroup,
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
  function setSources(ids) { measure("filter", () => { state.sources = new Set(ids); applyFilters(); renderSourceList(); }); }
  function setKinds(keys) { measure("filter", () => { state.kinds = new Set(kinds.filter((k) => keys.includes(k.key)).map((k) => k.i)); syncChecks(); applyFilters(); }); }
  function setClasses(list) { measure("filter", () => { state.classes = new Set(list); syncChecks(); applyFilters(); }); }
  function setDates(from, to) { measure("filter", () => { state.from = from; state.to = to; applyFilters(); showDates(); }); }

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
    measure("goto", () => {
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
    measure("back", () => {
      items.forEach((n) => { if (n.isGroup) { n.open = last.open.includes(n.i); } });
      applyFilters();
      focusOn(last.focus, false);
      network.moveTo({ position: last.at, scale: last.scale, animation: false });
      last.focus === null ? clearPanel() : (items[last.focus].isGroup ? showGroup(last.focus) : showNode(last.focus));
    });
  }
  function reset() {
    measure("reset", () => {
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
    if (x0 > x1) { return; }
    const scale = 0.92 * Math.min(container.clientWidth / Math.max(x1 - x0, 1), container.clientHeight / Math.max(y1 - y0, 1));
    network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: Math.min(scale, 2), animation: false });
  }
  function fit() { measure("fit", fitShown); }
  function zoom(factor) {
    measure("zoom", () => network.moveTo({ scale: Math.min(8, Math.max(0.005, network.getScale() * factor)), animation: false }));
  }

  const narrow = window.matchMedia("(max-width: 820px)");
  network.on("click", (params) => {
    const hit = nodeAt(params.pointer.canvas);
    params = { nodes: hit === null ? [] : [hit], pointer: params.pointer };
    const link = params.nodes.length ? null : linkAt(params.pointer.canvas);
    if (narrow.matches && (params.nodes.length || link)) { openDrawer("panel"); }
    measure("click", () => {
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

  /* ---- links: drawn by this page on a canvas of their own, under vis-network's ----
     At 1,000 articles, rasterising a view's thousands of dashed, translucent lines held
     the next frame back 50-150 ms after each click (the script itself took 5-30 ms). So
     the link layer is drawn only when the links shown or the view change, never for a
     focus: the focus is drawn over it on vis-network's canvas. While the view moves (a
     zoom step, a drag) the layer follows at once as a CSS transform of what it holds, and
     is drawn again once the view has rested SETTLE_MS. Lines are drawn in screen space,
     opaque (a translucent colour blended on the background beforehand), clipped to the view,
     and in the layer at most 1 px wide: wider lines took 3-5 times as long to rasterise
     (the verdict shows in colour and dashes; a focus's links are drawn at full width when
     at most WIDE_LINKS of them are in view). */

  const SETTLE_MS = 150, BACKGROUND = [252, 252, 251], EDGE_MARGIN = 24, WIDE_LINKS = 120;
  const linkStyles = [], linkStyleOf = new Map();
  edges.forEach((e) => { e.style = linkStyle(e); });
  function linkStyle(e) {
    const kind = kinds[e.kind], strong = edgeColor(e);
    const width = e.grouped ? Math.min(1 + Math.log2(1 + e.count) / 2, 4) : kind.width;
    const key = strong + "|" + (kind.dashes || []).join(",") + "|" + width + "|" + Boolean(e.grouped);
    if (!linkStyleOf.has(key)) {
      linkStyleOf.set(key, linkStyles.length);
      linkStyles.push({ strong, pale: blend(strong, e.grouped ? 0.45 : 0.75), dashes: kind.dashes || [], width });
    }
    return linkStyleOf.get(key);
  }
  function blend(hex, alpha) {
    const rgb = [1, 3, 5].map((at, c) => Math.round(alpha * parseInt(hex.slice(at, at + 2), 16) + (1 - alpha) * BACKGROUND[c]));
    return "rgb(" + rgb.join(",") + ")";
  }
  function currentView() {
    const at = network.getViewPosition();
    return { scale: network.getScale(), x: at.x, y: at.y, w: container.clientWidth, h: container.clientHeight };
  }
  function toScreen(v, n) { return [(n.x - v.x) * v.scale + v.w / 2, (n.y - v.y) * v.scale + v.h / 2]; }
  /* The part of segment a-b inside the view (with a margin), or null (Liang-Barsky). */
  function clip(a, b, v) {
    const dx = b[0] - a[0], dy = b[1] - a[1];
    let t0 = 0, t1 = 1;
    const edgesOfView = [[-dx, a[0] + EDGE_MARGIN], [dx, v.w + EDGE_MARGIN - a[0]], [-dy, a[1] + EDGE_MARGIN], [dy, v.h + EDGE_MARGIN - a[1]]];
    for (const [p, q] of edgesOfView) {
      if (p === 0) { if (q < 0) { return null; } continue; }
      const t = q / p;
      if (p < 0) { if (t > t1) { return null; } t0 = Math.max(t0, t); } else { if (t < t0) { return null; } t1 = Math.min(t1, t); }
    }
    return [a[0] + t0 * dx, a[1] + t0 * dy, a[0] + t1 * dx, a[1] + t1 * dy];
  }
  /* Stroke links on a context in CSS pixels, batched by style; `strong`: full colours and (if few) widths: the focus. */
  function strokeLinks(ctx, list, v, strong) {
    const batches = new Map(), arrows = v.scale >= 0.6, zoom = Math.min(1, Math.max(0.5, v.scale));
    let count = 0;
    list.forEach((e) => {
      const a = toScreen(v, items[e.from]), b = toScreen(v, items[e.to]), seg = clip(a, b, v);
      if (!seg) { return; }
      if (!batches.has(e.style)) { batches.set(e.style, []); }
      batches.get(e.style).push([seg, a, b, items[e.to].r * v.scale]);
      count++;
    });
    const widest = strong && count <= WIDE_LINKS ? Infinity : 1;
    ctx.save();
    batches.forEach((segments, style) => {
      const s = linkStyles[style], width = Math.min(widest, s.width * zoom);
      ctx.strokeStyle = ctx.fillStyle = strong ? s.strong : s.pale;
      ctx.lineWidth = width;
      ctx.setLineDash(s.dashes);
      ctx.beginPath();
      segments.forEach(([seg]) => { ctx.moveTo(seg[0], seg[1]); ctx.lineTo(seg[2], seg[3]); });
      ctx.stroke();
      if (arrows) {
        ctx.setLineDash([]);
        ctx.beginPath();
        segments.forEach(([, a, b, r]) => arrowHead(ctx, a, b, r, 4 + 2 * width));
        ctx.fill();
      }
    });
    ctx.restore();
  }
  function arrowHead(ctx, a, b, r, size) {
    const dx = b[0] - a[0], dy = b[1] - a[1], d = Math.hypot(dx, dy);
    if (d <= r + size) { return; }
    const ux = dx / d, uy = dy / d, x = b[0] - ux * r, y = b[1] - uy * r;
    ctx.moveTo(x, y);
    ctx.lineTo(x - ux * size * 1.6 - uy * size * 0.6, y - uy * size * 1.6 + ux * size * 0.6);
    ctx.lineTo(x - ux * size * 1.6 + uy * size * 0.6, y - uy * size * 1.6 - ux * size * 0.6);
    ctx.closePath();
  }

  const layer = document.createElement("canvas");
  layer.id = "links";
  container.insertBefore(layer, container.firstChild);  // vis-network empties its container: added after it
  let layerView = null, linksChanged = true, settling = 0;
  function drawLayer() {
    clearTimeout(settling);
    const v = currentView(), ratio = window.devicePixelRatio || 1;
    if (layer.width !== Math.round(v.w * ratio) || layer.height !== Math.round(v.h * ratio)) {
      layer.width = Math.round(v.w * ratio); layer.height = Math.round(v.h * ratio);
      layer.style.width = v.w + "px"; layer.style.height = v.h + "px";
    }
    const ctx = layer.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, v.w, v.h);
    layer.style.transform = "";
    strokeLinks(ctx, edges.filter((e, j) => shownEdge[j]), v, false);
    layerView = v;
    linksChanged = false;
  }
  /* After each drawing of the network: the layer drawn again if the links changed, else moved with the view. */
  function followView() {
    const v = currentView(), was = layerView;
    if (linksChanged || !was || v.w !== was.w || v.h !== was.h) { drawLayer(); return; }
    if (v.scale === was.scale && v.x === was.x && v.y === was.y) { return; }
    const k = v.scale / was.scale;
    layer.style.transform = "matrix(" + [k, 0, 0, k, v.w / 2 * (1 - k) + v.scale * (was.x - v.x), v.h / 2 * (1 - k) + v.scale * (was.y - v.y)].join(",") + ")";
    clearTimeout(settling);
    settling = setTimeout(drawLayer, SETTLE_MS);
  }
  function linkAt(point) {
    const reach = 5 / network.getScale();
    let best = null, bestDistance = reach;
    edges.forEach((e, j) => {
      if (!shownEdge[j]) { return; }
      const a = items[e.from], b = items[e.to], dx = b.x - a.x, dy = b.y - a.y, length2 = dx * dx + dy * dy || 1;
      const t = Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / length2));
      const distance = Math.hypot(point.x - a.x - t * dx, point.y - a.y - t * dy);
      if (distance < bestDistance) { best = e; bestDistance = distance; }
    });
    return best;
  }

  /* ---- nodes: drawn by this page on vis-network's canvas (in canvas units), batched by look ---- */

  const looks = [], lookOf = new Map();
  items.forEach((n) => {
    const key = [n.shape, n.fill, n.border, n.borderWidth].join("|");
    if (!lookOf.has(key)) { lookOf.set(key, looks.length); looks.push({ shape: n.shape, fill: n.fill, border: n.border, width: n.borderWidth }); }
    n.look = lookOf.get(key);
  });
  function shapePath(ctx, shape, x, y, r) {
    if (shape === "dot") { ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, 2 * Math.PI); return; }
    if (shape === "square") { ctx.rect(x - r, y - r, 2 * r, 2 * r); return; }
    const corners = { diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]], triangle: [[0, -1.15], [1, 0.58], [-1, 0.58]] }[shape]
      || [0, 1, 2, 3, 4, 5].map((k) => [Math.cos(k * Math.PI / 3), Math.sin(k * Math.PI / 3)]);  // a hexagon
    corners.forEach(([cx, cy], k) => { k ? ctx.lineTo(x + cx * r, y + cy * r) : ctx.moveTo(x + cx * r, y + cy * r); });
    ctx.closePath();
  }
  /* Draw rows `list` (indices) in view; `outline` (a function of the row) replaces the look's border (the focus). */
  function drawNodes(ctx, list, outline) {
    const v = currentView(), hw = v.w / 2 / v.scale, hh = v.h / 2 / v.scale, batches = new Map();
    list.forEach((i) => {
      const n = items[i];
      if (n.x + n.r < v.x - hw || n.x - n.r > v.x + hw || n.y + n.r < v.y - hh || n.y - n.r > v.y + hh) { return; }
      const key = outline ? n.look + "|" + outline(i).join("|") : n.look;
      if (!batches.has(key)) { batches.set(key, []); }
      batches.get(key).push(n);
    });
    ctx.save();
    batches.forEach((list) => {
      const look = looks[list[0].look], [border, width] = outline ? outline(list[0].i) : [look.border, look.width];
      ctx.beginPath();
      list.forEach((n) => shapePath(ctx, look.shape, n.x, n.y, n.r));
      ctx.fillStyle = look.fill;
      ctx.fill();
      ctx.strokeStyle = border;
      ctx.lineWidth = width;
      ctx.stroke();
    });
    ctx.restore();
  }
  /* The shown node under a canvas point (the nearest centre within its radius), or null. */
  function nodeAt(point) {
    let best = null, bestDistance = Infinity;
    items.forEach((n) => {
      if (!shownNode[n.i]) { return; }
      const distance = Math.hypot(point.x - n.x, point.y - n.y);
      if (distance <= n.r && distance < bestDistance) { best = n.i; bestDistance = distance; }
    });
    return best;
  }
  /* A node's centre in page coordinates (for tests and scripts). */
  function toDOM(i) {
    const p = network.canvasToDOM({ x: items[i].x, y: items[i].y }), box = container.getBoundingClientRect();
    return [box.left + p.x, box.top + p.y];
  }
  const shownRows = () => byImportance.filter((i) => shownNode[i]).reverse();

  network.on("afterDrawing", (ctx) => {
    followView();
    drawNodes(ctx, shownRows());
    if (state.near) { drawFocus(ctx); }
    drawLabels(ctx);
    if (!api.ready) { api.ready = true; api.readyAt = performance.now(); whenIdle(foldWhenIdle); }
  });
  /* The rest dimmed by a veil over both canvases, then the focus's links and neighbours drawn again on top. */
  function drawFocus(ctx) {
    const v = currentView(), ratio = window.devicePixelRatio || 1;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.fillStyle = "rgba(252, 252, 251, 0.82)";
    ctx.fillRect(0, 0, v.w, v.h);
    strokeLinks(ctx, items[state.focus].edges.filter((e) => shownEdge[edgeIndex(e)]), v, true);
    ctx.restore();
    drawNodes(ctx, [...state.near], (i) => (i === state.focus ? ["#26323f", 4] : ["#ffffff", 2]));
  }
  const widths = new Float32Array(items.length);
  function labelText(n) { return n.label.length > 42 ? n.label.slice(0, 40) + "\u2026" : n.label; }
  function drawLabels(ctx) {
    const w = container.clientWidth, h = container.clientHeight, ratio = window.devicePixelRatio || 1;
    const scale = network.getScale(), view = network.getViewPosition();
    const cell = 96, grid = new Map(), placed = [];
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = LABEL_PX + "px system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineWidth = 3;
    ctx.strokeStyle = "rgba(255,255,255,0.92)";
    ctx.fillStyle = "#1d2630";
    const order = state.near ? [...state.near].sort((a, b) => (b === state.focus) - (a === state.focus) || items[b].importance - items[a].importance)
                             : byImportance;
    let checked = 0;
    for (const i of order) {
      if (checked++ > LABEL_BUDGET) { break; }
      if (!shownNode[i]) { continue; }
      const n = items[i];
      const sx = (n.x - view.x) * scale + w / 2, sy = (n.y - view.y) * scale + h / 2, r = n.r * scale;
      if (sx < -200 || sx > w + 200 || sy < -50 || sy > h + 50) { continue; }
      const text = labelText(n);
      if (!widths[i]) { widths[i] = ctx.measureText(text).width; }
      const box = { i, x: sx - widths[i] / 2 - 2, y: sy + r + 2, w: widths[i] + 4, h: LABEL_PX + 4, px: LABEL_PX };
      if (box.x < 0 || box.y < 0 || box.x + box.w > w || box.y + box.h > h || collides(grid, cell, box)) { continue; }
      addBox(grid, cell, box);
      placed.push(box);
      ctx.strokeText(text, sx, box.y + 2);
      ctx.fillText(text, sx, box.y + 2);
    }
    ctx.restore();
    api.labels = placed;
  }
  function cells(cell, box, fn) {
    for (let gx = Math.floor(box.x / cell); gx <= Math.floor((box.x + box.w) / cell); gx++) {
      for (let gy = Math.floor(box.y / cell); gy <= Math.floor((box.y + box.h) / cell); gy++) { if (fn(gx + ":" + gy)) { return true; } }
    }
    return false;
  }
  function collides(grid, cell, box) {
    return cells(cell, box, (key) => (grid.get(key) || []).some((o) =>
      box.x < o.x + o.w && o.x < box.x + box.w && box.y < o.y + o.h && o.y < box.y + box.h));
  }
  function addBox(grid, cell, box) {
    cells(cell, box, (key) => { if (!grid.has(key)) { grid.set(key, []); } grid.get(key).push(box); return false; });
  }

  /* ---- tooltips: a node's name and counts; a link's claims, who says what in their own words ---- */

  const tooltip = document.getElementById("tooltip");
  let hovered = null, hoverFrame = 0;
  container.addEventListener("pointermove", (ev) => {
    cancelAnimationFrame(hoverFrame);
    if (ev.buttons) { hideTooltip(); return; }
    const box = container.getBoundingClientRect(), at = { x: ev.clientX - box.left, y: ev.clientY - box.top };
    hoverFrame = requestAnimationFrame(() => hover(at));
  });
  container.addEventListener("pointerleave", () => { cancelAnimationFrame(hoverFrame); hideTooltip(); });
  function hover(at) {
    const point = network.DOMtoCanvas(at), node = nodeAt(point), link = node === null ? linkAt(point) : null;
    const key = node !== null ? "n" + node : (link ? link.id : null);
    if (key === null) { hideTooltip(); return; }
    if (key !== hovered) {
      tooltip.replaceChildren(...(node !== null ? [el("div", null, items[node].title)] : linkTip(link)));
      hovered = key;
    }
    tooltip.hidden = false;
    tooltip.style.left = Math.max(4, Math.min(at.x + 14, container.clientWidth - tooltip.offsetWidth - 4)) + "px";
    tooltip.style.top = (at.y + 14 + tooltip.offsetHeight > container.clientHeight ? Math.max(4, at.y - 8 - tooltip.offsetHeight) : at.y + 14) + "px";
  }
  function hideTooltip() { tooltip.hidden = true; hovered = null; }
  function clipped(text, length) { return text.length > length ? text.slice(0, length - 1) + "\u2026" : text; }
  /* A link's tooltip: the relation, its verdict, then TIP_CLAIMS claims: source, modality, quote. */
  function linkTip(e) {
    if (e.grouped) {
      return [el("div", "tip-title", nameOf(e.from) + " \u2014 " + nameOf(e.to)), el("div", null, e.count + " claims; click to open the group")];
    }
    const lines = [el("div", "tip-title", nameOf(e.from) + " \u2192 " + e.predicate + " \u2192 " + nameOf(e.to)),
                   el("div", "tip-kind", kinds[e.kind].label)];
    const shown = e.claims.filter(claimShown);
    shown.slice(0, TIP_CLAIMS).forEach((k) => {
      const c = claimAt(k), s = sources[c.source];
      const line = el("div", "tip-claim", s.id + (c.modality === "Asserted" ? "" : " (" + c.modality.toLowerCase() + ")") + ": ");
      line.appendChild(el("q", null, c.quotes.length ? clipped(c.quotes[0].exact, 160) : statementOf(c)));
      lines.push(line);
    });
    if (shown.length > TIP_CLAIMS) { lines.push(el("div", "tip-more", "and " + (shown.length - TIP_CLAIMS) + " more: click the link")); }
    return lines;
  }

  /* ---- search: names, aliases and quotes, accents ignored ---- */

  /* Names and quotes folded for search, a few at a time in idle moments after the first
     frame (all at once, the first two-letter query took 50-100 ms), the rest at once if a
     query comes first. */
  const folded = { names: [], quotes: [] };
  function foldSome(list, count, text, more) {
    while (list.length < count && more()) { list.push(fold(text(list.length))); }
    return list.length === count;
  }
  function foldAll(more) {
    return foldSome(folded.names, items.length, (i) => [items[i].label].concat(items[i].names).join(" | "), more)
      && foldSome(folded.quotes, data.strings.length, (k) => data.strings[k], more);
  }
  function whenIdle(fn) {
    if (window.requestIdleCallback) { window.requestIdleCallback(fn); } else { setTimeout(() => fn({ timeRemaining: () => 8 }), 50); }
  }
  function foldWhenIdle(deadline) { if (!foldAll(() => deadline.timeRemaining() > 1)) { whenIdle(foldWhenIdle); } }
  function search(query) {
    const q = fold(query.trim());
    const results = [];
    if (q.length < 2) { return results; }
    foldAll(() => true);
    const hits = [];
    folded.names.forEach((text, i) => { const at = text.indexOf(q); if (at >= 0) { hits.push([at === 0 ? 0 : 1, -items[i].importance, i]); } });
    hits.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    hits.slice(0, 10).forEach((h) => results.push({ i: h[2], why: "name" }));
    const seen = new Set(results.map((r) => r.i));
    const strings = new Set();
    folded.quotes.forEach((text, s) => { if (strings.size < 200 && text.indexOf(q) >= 0) { strings.add(s); } });
    if (strings.size) {
      for (let k = 0; k < data.claims.length && results.length < 16; k++) {
        const quotes = data.claims[k][5] || [];
        const hit = quotes.find((qt) => strings.has(qt[0]));
        if (hit && !seen.has(data.claims[k][2])) {
          seen.add(data.claims[k][2]);
          results.push({ i: data.claims[k][2], why: "quote", quote: data.strings[hit[0]] });
        }
      }
    }
    return results;
  }
  function renderResults(results) {
    const list = document.getElementById("search-results");
    list.replaceChildren();
    results.forEach((r) => {
      const n = items[r.i], li = el("li");
      const b = button(n.label, () => { goTo(r.i); openDrawer("panel"); });
      li.appendChild(b);
      li.appendChild(el("span", "result-why", r.why === "quote" ? "\u201c" + r.quote + "\u201d" : (n.types.join(", ") || n.cls)));
      list.appendChild(li);
    });
  }

  /* ---- controls ---- */

  function check(value, label, checked, onChange, swatchNode) {
    const wrap = el("label", "check");
    const box = el("input");
    box.type = "checkbox"; box.checked = checked; box.value = value;
    box.addEventListener("change", () => onChange(box.checked));
    wrap.appendChild(box);
    if (swatchNode) { wrap.appendChild(swatchNode); }
    wrap.appendChild(el("span", null, label));
    wrap.title = label;
    return wrap;
  }
  function shapeSwatch(shape, color) {
    const s = el("span", "swatch shape-" + shape);
    s.style.setProperty("--c", color);
    return s;
  }
  function lineSwatch(kind) {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("width", "34"); svg.setAttribute("height", "10"); svg.setAttribute("class", "swatch");
    const line = document.createElementNS("http://www.w3.org/2000/svg", "line");
    line.setAttribute("x1", "1"); line.setAttribute("x2", "33"); line.setAttribute("y1", "5"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", kind.color || "#8a8a8a");
    line.setAttribute("stroke-width", String(kind.width));
    if (kind.dashes) { line.setAttribute("stroke-dasharray", kind.dashes.join(" ")); }
    svg.appendChild(line);
    return svg;
  }
  function syncChecks() {
    document.querySelectorAll("#class-filter input").forEach((b) => { b.checked = state.classes.has(b.value); });
    document.querySelectorAll("#kind-filter input").forEach((b) => { b.checked = state.kinds.has(Number(b.value)); });
  }
  function buildControls() {
    document.getElementById("title").textContent = data.title;
    const classBox = document.getElementById("class-filter");
    Object.keys(data.classes).forEach((cls) => {
      const count = items.filter((n) => n.cls === cls && !n.isGroup).length;
      if (!count) { return; }
      classBox.appendChild(check(cls, cls + " (" + count + ")", true, (on) => {
        const next = new Set(state.classes); on ? next.add(cls) : next.delete(cls); setClasses([...next]);
      }, shapeSwatch(data.classes[cls].shape, data.classes[cls].color)));
    });
    const kindBox = document.getElementById("kind-filter");
    const counts = new Array(kinds.length).fill(0);
    data.claims.forEach((c) => { counts[c[4]]++; });
    kinds.slice().sort((a, b) => a.rank - b.rank).forEach((k) => {
      kindBox.appendChild(check(String(k.i), k.label + " (" + counts[k.i] + ")", true, (on) => {
        const next = kinds.filter((x) => (x.i === k.i ? on : state.kinds.has(x.i))).map((x) => x.key); setKinds(next);
      }, lineSwatch(k)));
    });
    const search = document.getElementById("search");
    search.addEventListener("input", () => { measure("search", () => renderResults(api.search(search.value))); });
    search.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter") { const first = api.search(search.value)[0]; if (first) { goTo(first.i); } }
    });
    document.getElementById("source-search").addEventListener("input", renderSourceList);
    document.getElementById("source-clear").addEventListener("click", () => setSources([]));
    document.getElementById("back").addEventListener("click", back);
    document.getElementById("reset").addEventListener("click", reset);
    document.getElementById("fit").addEventListener("click", fit);
    document.getElementById("zoom-in").addEventListener("click", () => zoom(ZOOM_STEP));
    document.getElementById("zoom-out").addEventListener("click", () => zoom(1 / ZOOM_STEP));
    document.getElementById("open-controls").addEventListener("click", () => toggleDrawer("controls"));
    document.getElementById("open-panel").addEventListener("click", () => toggleDrawer("panel"));
    document.querySelectorAll(".drawer-close").forEach((b) => b.addEventListener("click", () => closeDrawer(b.dataset.close)));
    renderSourceList();
    buildDates();
    buildLegend();
  }
  function renderSourceList() {
    const q = fold(document.getElementById("source-search").value.trim());
    const list = document.getElementById("source-list");
    list.replaceChildren();
    const matching = sources.filter((s) => !q || fold(s.id + " " + s.title + " " + s.creators + " " + s.publisher).indexOf(q) >= 0);
    const chosenFirst = matching.filter((s) => state.sources.has(s.i)).concat(matching.filter((s) => !state.sources.has(s.i)));
    chosenFirst.slice(0, 40).forEach((s) => {
      const li = el("li");
      const dot = el("span", "swatch dot");
      dot.style.setProperty("--c", s.color);
      li.appendChild(check(String(s.i), s.id, state.sources.has(s.i), (on) => {
        const next = new Set(state.sources); on ? next.add(s.i) : next.delete(s.i); setSources([...next]);
      }, dot));
      li.title = s.title;
      list.appendChild(li);
    });
    if (matching.length > 40) { list.appendChild(el("li", "hint", (matching.length - 40) + " more: narrow the search")); }
    document.getElementById("source-count").textContent = state.sources.size ? state.sources.size + " of " + sources.length + " chosen" : "all " + sources.length;
  }
  let months = [];
  function buildDates() {
    const all = [];
    items.forEach((n) => { if (!n.isGroup) { n.dates.forEach((d) => all.push(d.slice(0, 7))); } });
    months = [...new Set(all)].sort();
    const section = document.getElementById("dates-section");
    if (!months.length) { section.hidden = true; return; }
    const from = document.getElementById("date-from"), to = document.getElementById("date-to");
    from.max = to.max = String(months.length - 1);
    from.value = "0"; to.value = String(months.length - 1);
    const update = () => {
      let a = Number(from.value), b = Number(to.value);
      if (a > b) { [a, b] = [b, a]; }
      setDates(a === 0 ? null : months[a], b === months.length - 1 ? null : months[b]);
    };
    from.addEventListener("input", update);
    to.addEventListener("input", update);
    const strip = document.getElementById("date-strip");
    const year = (m) => Number(m.slice(0, 4)) + (Number(m.slice(5, 7) || 1) - 1) / 12;
    const first = year(months[0]), span = Math.max(year(months[months.length - 1]) - first, 1 / 12);
    const perMonth = new Map();
    all.forEach((m) => perMonth.set(m, (perMonth.get(m) || 0) + 1));
    const most = Math.max(...perMonth.values());
    perMonth.forEach((count, m) => {
      const bar = el("span", "bar");
      bar.style.left = (100 * (year(m) - first) / span) + "%";
      bar.style.height = Math.max(2, Math.round(26 * count / most)) + "px";
      bar.title = m + ": " + count;
      strip.appendChild(bar);
    });
    strip.appendChild(el("span", "strip-label start", months[0]));
    strip.appendChild(el("span", "strip-label end", months[months.length - 1]));
    showDates();
  }
  function showDates() {
    document.getElementById("date-label").textContent = (state.from || months[0] || "") + " \u2013 " + (state.to || months[months.length - 1] || "");
  }
  function buildLegend() {
    const legend = document.getElementById("legend");
    legend.appendChild(el("p", "legend-note", "Node size: claims and sources about the entity. A red ring: a disputed claim about it. " +
      "A hexagon: events each told by one source, grouped by type and year; click to open. Lines take the colour and dashes of " +
      "their most severe verdict (see Verdict above), thin in the overview and at full width around a focus; uncompared ones " +
      "the colour of their source. Hover a line for who says what; click it for every claim."));
  }

  /* ---- drawers (narrow screens) ---- */

  function openDrawer(id) { document.getElementById(id).classList.add("open"); }
  function closeDrawer(id) { document.getElementById(id).classList.remove("open"); }
  function toggleDrawer(id) { document.getElementById(id).classList.toggle("open"); closeDrawer(id === "panel" ? "controls" : "panel"); }

  /* ---- the claims panel ---- */

  function panel() {
    const p = document.getElementById("panel-body");
    p.replaceChildren();
    p.parentElement.scrollTop = 0;
    return p;
  }
  function clearPanel() {
    const p = panel();
    p.appendChild(el("h2", null, "Claims"));
    p.appendChild(el("p", "hint", "Click an entity, a group or a link to see what each source claims, in its own words; " +
      "search by name, alias or quote. Back returns to the previous view; Reset to the overview."));
  }
  function statementOf(c) {
    if (c.predicate === "type") { return "is a " + literal(c.object); }
    if (c.predicate === "altLabel") { return "is called \u201c" + literal(c.object) + "\u201d"; }
    if (c.object >= 0) { return nameOf(c.subject) + " \u2192 " + c.predicate + " \u2192 " + nameOf(c.object); }
    return c.predicate + ": " + literal(c.object);
  }
  function sourceCard(s) {
    const box = el("details", "source-card");
    const summary = el("summary", "claim-source", s.id);
    box.appendChild(summary);
    box.appendChild(el("div", "source-title", s.title));
    const meta = [s.creators, s.publisher, s.date].filter(Boolean).join(" \u00b7 ");
    if (meta) { box.appendChild(el("div", "source-meta", meta)); }
    if (/^https?:\/\//i.test(s.link)) {
      const a = el("a", null, s.link);
      a.href = s.link; a.target = "_blank"; a.rel = "noopener noreferrer";
      box.appendChild(a);
    }
    return box;
  }
  function kindTag(kind) {
    const tag = el("span", "tag kind", kind.label);
    if (kind.color) { tag.style.setProperty("--c", kind.color); }
    return tag;
  }
  /* A source's text (a string, or an array of code points if it has astral characters, so
     offsets count code points), from its block after the scripts: none while the parser is
     still reading the page. */
  const sourceTexts = {};
  function sourceText(s) {
    if (sourceTexts[s] === undefined) {
      const block = document.getElementById("cg-text-" + s);
      if (!block || document.readyState === "loading") { return null; }
      const text = JSON.parse(block.textContent);
      sourceTexts[s] = /[\ud800-\udfff]/.test(text) ? Array.from(text) : text;
    }
    return sourceTexts[s];
  }
  function span(text, from, to) { return typeof text === "string" ? text.slice(from, to) : text.slice(from, to).join(""); }
  function boundary(text, at, step, paragraph) {
    const length = text.length;
    let i = at;
    while (i > 0 && i < length) {
      const ch = text[step < 0 ? i - 1 : i];
      if (ch === "\n" && (text[step < 0 ? i - 2 : i + 1] === "\n" || !paragraph)) { break; }
      if (!paragraph && step < 0 && /[.!?]/.test(text[i - 2] || "") && /\s/.test(ch)) { break; }
      if (!paragraph && step > 0 && /[.!?]/.test(ch) && /\s|$/.test(text[i + 1] || "")) { i++; break; }
      i += step;
    }
    return Math.max(0, Math.min(length, i));
  }
  function quoteBlock(c, q) {
    const block = el("blockquote", "quote");
    const text = q.start >= 0 ? sourceText(c.source) : null;
    const end = q.start + Array.from(q.exact).length;
    if (!text || span(text, q.start, end) !== q.exact) { block.appendChild(el("mark", null, q.exact)); return block; }
    const fill = (paragraph) => {
      const from = boundary(text, q.start, -1, paragraph), to = boundary(text, end, 1, paragraph);
      block.replaceChildren(document.createTextNode(span(text, from, q.start)), el("mark", null, q.exact),
                            document.createTextNode(span(text, end, to)));
      if (!paragraph) { block.appendChild(button(" more context", () => fill(true), "link more")); }
    };
    fill(false);
    return block;
  }
  function claimItem(k, compact) {
    const c = claimAt(k), kind = kinds[c.kind], s = sources[c.source];
    const item = el("li", "claim" + (disputing.has(kind.key) ? " disputed" : ""));
    item.style.setProperty("--c", kind.color || s.color);
    const head = el("div", "claim-head");
    const dot = el("span", "swatch dot");
    dot.style.setProperty("--c", s.color);
    head.appendChild(dot);
    head.appendChild(sourceCard(s));
    head.appendChild(kindTag(kind));
    if (c.modality !== "Asserted") { head.appendChild(el("span", "tag modality", c.modality)); }
    item.appendChild(head);
    item.appendChild(el("div", "claim-statement", statementOf(c)));
    c.holders.forEach((h) => {
      const line = el("div", "holder", "held by ");
      line.appendChild(typeof h === "number" ? button(nameOf(h), () => goTo(h)) : el("span", null, h));
      item.appendChild(line);
    });
    c.quotes.forEach((q) => item.appendChild(quoteBlock(c, q)));
    if (c.more) { item.appendChild(el("div", "claim-where", "and " + c.more + " more mentions in this source")); }
    if (!compact && c.others.length) {
      const other = el("details", "other-side");
      other.appendChild(el("summary", null, "The other side (" + c.others.length + ")"));
      const list = el("ol", "claims");
      other.appendChild(list);
      other.addEventListener("toggle", () => {
        if (!other.open || list.childElementCount) { return; }
        c.others.forEach((o) => {
          const li = claimItem(o, true);
          li.appendChild(button("show " + nameOf(data.claims[o][2]), () => goTo(data.claims[o][2])));
          list.appendChild(li);
        });
      });
      item.appendChild(other);
    }
    return item;
  }
  function claimGroups(p, keys) {
    const byPredicate = new Map();
    keys.filter(claimShown).forEach((k) => {
      const name = data.predicates[data.claims[k][1]];
      if (!byPredicate.has(name)) { byPredicate.set(name, []); }
      byPredicate.get(name).push(k);
    });
    if (!byPredicate.size) { p.appendChild(el("p", "hint", "No claims pass the filters.")); }
    [...byPredicate.keys()].sort().forEach((name) => {
      const list = byPredicate.get(name).sort((a, b) => kinds[data.claims[a][4]].rank - kinds[data.claims[b][4]].rank || a - b);
      const section = el("section", "claim-group");
      section.appendChild(el("h3", null, name + " (" + list.length + ")"));
      const ol = el("ol", "claims");
      section.appendChild(ol);
      let shown = 0;
      const more = () => {
        list.slice(shown, shown + PAGE).forEach((k) => ol.appendChild(claimItem(k, false)));
        shown = Math.min(list.length, shown + PAGE);
        section.querySelectorAll("button.more-claims").forEach((b) => b.remove());
        if (shown < list.length) { section.appendChild(button("show " + Math.min(PAGE, list.length - shown) + " more of " + (list.length - shown), more, "link more-claims")); }
      };
      more();
      p.appendChild(section);
    });
  }
  function showNode(i) {
    const n = items[i];
    if (!n || n.isGroup) { return; }
    const p = panel();
    p.appendChild(el("h2", "panel-title", n.label));
    p.appendChild(el("p", "panel-meta", (n.types.join(", ") || n.cls) + " \u00b7 " + n.claims.length + " claims from " + n.srcs.size + " sources"));
    if (n.names.length) { p.appendChild(el("p", "panel-names", "Also called: " + n.names.slice(0, 30).join("; ") + (n.names.length > 30 ? " \u2026" : ""))); }
    if (n.dates.length) { p.appendChild(el("p", "panel-names", "Dates: " + n.dates.join(", "))); }
    if (n.group >= 0) { p.appendChild(button("in the group " + items[N + n.group].label, () => goTo(N + n.group))); }
    claimGroups(p, n.claims);
  }
  function showGroup(i) {
    const g = items[i];
    const p = panel();
    p.appendChild(el("h2", "panel-title", g.label));
    p.appendChild(el("p", "panel-meta", g.members.length + " events, each told by one source"));
    if (!g.open) { p.appendChild(button("Open the group", () => { remember(); measure("open", () => { openGroup(i); focusOn(null, false); }); }, "action")); }
    const list = el("ol", "members");
    g.members.slice().sort((a, b) => items[b].importance - items[a].importance).slice(0, 60).forEach((m) => {
      const li = el("li");
      li.appendChild(button(items[m].label, () => goTo(m)));
      list.appendChild(li);
    });
    p.appendChild(list);
  }
  function showEdge(id) {
    const e = edges.find((x) => x.id === id);
    if (!e) { return; }
    if (e.grouped) { showGroup(e.from >= N ? e.from : e.to); return; }
    const p = panel();
    p.appendChild(el("h2", "panel-title", nameOf(e.from) + " \u2192 " + e.predicate + " \u2192 " + nameOf(e.to)));
    p.appendChild(el("p", "panel-meta", kinds[e.kind].label + " \u00b7 " + e.claims.length + " claims"));
    claimGroups(p, e.claims);
  }

  buildControls();
  performance.mark("cg-controls");
  applyFilters();
  performance.mark("cg-filtered");
  clearPanel();
  fitShown();
})();
