/* claimgraph page, part 3 of 3: search, controls, legend, drawers, the claims panel, and the
   start. The three parts (state.js, draw.js, panel.js) run as one script in that order,
   sharing one scope: page.py joins them inside one function. Data layout: payload.py. Every
   text from a source goes into the page with textContent (or canvas fillText), never as HTML. */

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
  search.addEventListener("input", () => { redrawAfter(() => renderResults(api.search(search.value))); });
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
  if (!g.open) { p.appendChild(button("Open the group", () => { remember(); redrawAfter(() => { openGroup(i); focusOn(null, false); }); }, "action")); }
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
