/* claimgraph page, part 2 of 3: drawing: the link layer, nodes, the focus, labels that fit,
   tooltips. The three parts (state.js, draw.js, panel.js) run as one script in that order,
   sharing one scope: page.py joins them inside one function. Data layout: payload.py. Every
   text from a source goes into the page with textContent (or canvas fillText), never as HTML. */

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
  if (!api.ready) { api.ready = true; whenIdle(foldWhenIdle); }
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

