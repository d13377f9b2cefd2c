/* eventwire web views: charts (plotly.js, served from this server) and article interactions.
   Data come from a <script type="application/json" id="chart-data"> block written by the server;
   nothing here builds HTML from strings (article text is hostile input). */
(function () {
  "use strict";
  var QUAD = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
  var QCOL = {1: "#2b8a3e", 2: "#1c7ed6", 3: "#e67700", 4: "#c92a2a"};
  // no mode bar: plotly styles its buttons with <style> elements, which the CSP forbids;
  // zoom and pan by scrolling and dragging instead.  Map shapes come from this server.
  var CONFIG = {responsive: true, displaylogo: false, displayModeBar: false, scrollZoom: true,
                topojsonURL: "/static/topojson/"};

  // plotly reads a few HTML-like tags in labels: text from articles has them escaped
  function esc(s) {
    return String(s === null || s === undefined ? "" : s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function data() {
    var el = document.getElementById("chart-data");
    return el ? JSON.parse(el.textContent) : null;
  }

  function done(el) { el.setAttribute("data-rendered", "true"); }

  function dated(rows) { return (rows || []).filter(function (r) { return r.period; }); }

  // the x range of a date axis: the periods plus a margin (one day, or a week), so that a
  // single period shows as a day on a calendar rather than as milliseconds
  function dateRange(periods, by) {
    if (!periods.length) { return undefined; }
    var ms = periods.map(function (p) { return Date.parse(p); });
    var pad = (by === "week" ? 7 : 1) * 86400000;
    return [new Date(Math.min.apply(null, ms) - pad).toISOString().slice(0, 10),
            new Date(Math.max.apply(null, ms) + pad).toISOString().slice(0, 10)];
  }

  function drawDyad(d) {
    var g = document.getElementById("chart-goldstein"), q = document.getElementById("chart-quads");
    var ab = dated(d.ab), ba = dated(d.ba);
    var lab = d.a + " → " + d.b, lba = d.b + " → " + d.a;
    var range = dateRange(ab.concat(ba).map(function (r) { return r.period; }), d.by);
    var xaxis = {type: "date", range: range, tickformat: "%Y-%m-%d"};
    if (g) {
      Plotly.newPlot(g, [
        {x: ab.map(function (r) { return r.period; }), y: ab.map(function (r) { return r.goldstein_sum; }),
         name: esc(lab), type: "scatter", mode: "lines+markers"},
        {x: ba.map(function (r) { return r.period; }), y: ba.map(function (r) { return r.goldstein_sum; }),
         name: esc(lba), type: "scatter", mode: "lines+markers"}
      ], {title: {text: "Goldstein sum per " + d.by}, margin: {t: 40, r: 10, b: 40, l: 50},
          yaxis: {zeroline: true, title: {text: "Goldstein"}}, xaxis: xaxis}, CONFIG).then(function () { done(g); });
    }
    if (q) {
      var both = {};
      [ab, ba].forEach(function (rows) {
        rows.forEach(function (r) {
          var b = both[r.period] || (both[r.period] = {1: 0, 2: 0, 3: 0, 4: 0});
          b[1] += r.quad1; b[2] += r.quad2; b[3] += r.quad3; b[4] += r.quad4;
        });
      });
      var periods = Object.keys(both).sort();
      var traces = [1, 2, 3, 4].map(function (k) {
        var sign = k <= 2 ? 1 : -1;
        return {x: periods, y: periods.map(function (p) { return sign * both[p][k]; }), name: QUAD[k],
                type: "bar", marker: {color: QCOL[k]},
                customdata: periods.map(function (p) { return both[p][k]; }),
                hovertemplate: "%{x}: %{customdata} " + QUAD[k] + "<extra></extra>"};
      });
      Plotly.newPlot(q, traces, {barmode: "relative", title: {text: "Events per quad class, both directions"},
        margin: {t: 40, r: 10, b: 40, l: 50}, xaxis: xaxis,
        yaxis: {title: {text: "cooperation ↑  conflict ↓"}}}, CONFIG).then(function () { done(q); });
    }
  }

  function drawNetwork(d) {
    var el = document.getElementById("chart-network");
    if (!el) { return; }
    var pos = {};
    d.nodes.forEach(function (n) { pos[n.id] = n; });
    var maxw = Math.max.apply(null, [1].concat(d.edges.map(function (e) { return e.events; })));
    // parallel edges between the same pair (one per quad class) are offset sideways
    var seen = {};
    var annotations = [];
    var mids = {1: {x: [], y: [], t: []}, 2: {x: [], y: [], t: []}, 3: {x: [], y: [], t: []}, 4: {x: [], y: [], t: []}};
    d.edges.forEach(function (e) {
      var a = pos[e.source], b = pos[e.target];
      if (!a || !b || !QCOL[e.quad_class]) { return; }
      var key = [e.source, e.target].sort().join("\u0000");
      var k = seen[key] = (seen[key] || 0) + 1;
      var dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
      var off = (k - 1) * 0.018, ox = -dy / len * off, oy = dx / len * off;
      var shrink = Math.min(0.04 / len, 0.3);
      var x0 = a.x + dx * shrink + ox, y0 = a.y + dy * shrink + oy, x1 = b.x - dx * shrink + ox, y1 = b.y - dy * shrink + oy;
      if (e.source === e.target) { return; }
      annotations.push({x: x1, y: y1, ax: x0, ay: y0, xref: "x", yref: "y", axref: "x", ayref: "y", text: "",
        showarrow: true, arrowhead: 2, arrowsize: 0.8, arrowwidth: 1 + 2.5 * e.events / maxw, arrowcolor: QCOL[e.quad_class],
        opacity: 0.75});
      var m = mids[e.quad_class];
      m.x.push((x0 + x1) / 2); m.y.push((y0 + y1) / 2);
      m.t.push(esc(e.source) + " → " + esc(e.target) + "<br>" + e.events + " event(s): " + esc((e.types || []).join(", ")));
    });
    var traces = [1, 2, 3, 4].map(function (k) {
      return {x: mids[k].x, y: mids[k].y, text: mids[k].t, hoverinfo: "text", mode: "markers", type: "scatter",
              name: QUAD[k], marker: {color: QCOL[k], size: 7, symbol: "diamond"}};
    });
    var maxn = Math.max.apply(null, [1].concat(d.nodes.map(function (n) { return n.events; })));
    traces.push({x: d.nodes.map(function (n) { return n.x; }), y: d.nodes.map(function (n) { return n.y; }),
      text: d.nodes.map(function (n) { return esc(n.id); }), mode: "markers+text", type: "scatter", textposition: "top center",
      hovertext: d.nodes.map(function (n) { return esc(n.id) + ": " + n.events + " event(s)"; }), hoverinfo: "text",
      name: "actors", showlegend: false, textfont: {size: 11},
      marker: {size: d.nodes.map(function (n) { return 8 + 18 * Math.sqrt(n.events / maxn); }), color: "#495057",
               line: {color: "#fff", width: 1}}});
    Plotly.newPlot(el, traces, {annotations: annotations, hovermode: "closest", margin: {t: 10, r: 10, b: 10, l: 10},
      xaxis: {visible: false}, yaxis: {visible: false, scaleanchor: "x"}, legend: {orientation: "h"}}, CONFIG)
      .then(function () { done(el); });
  }

  function drawMap(d) {
    var el = document.getElementById("chart-map");
    if (!el) { return; }
    var traces = [{
      type: "choropleth", locationmode: "ISO-3", locations: d.countries.map(function (c) { return c.country; }),
      z: d.countries.map(function (c) { return c.events; }), colorscale: "Blues", reversescale: true,
      name: "events per country", showscale: false, marker: {line: {color: "#fff", width: 0.5}},
      hovertemplate: "%{location}: %{z} event(s)<extra></extra>"
    }, {
      type: "scattergeo", lat: d.places.map(function (p) { return p.lat; }), lon: d.places.map(function (p) { return p.lon; }),
      text: d.places.map(function (p) { return esc(p.name || "?") + (p.country ? " (" + esc(p.country) + ")" : "") + ": " + p.events + " event(s)"; }),
      hoverinfo: "text", mode: "markers", name: "event places",
      marker: {color: "#c92a2a", opacity: 0.75, line: {color: "#fff", width: 0.5},
               size: d.places.map(function (p) { return 5 + 3 * Math.sqrt(p.events); })}
    }];
    Plotly.newPlot(el, traces, {margin: {t: 0, r: 0, b: 0, l: 0}, showlegend: false,
      geo: {projection: {type: "natural earth"}, showcountries: true, countrycolor: "#adb5bd", showland: true,
            landcolor: "#f1f3f5", showocean: true, oceancolor: "#e7f1fb", showframe: false, showcoastlines: true,
            coastlinecolor: "#adb5bd"}}, CONFIG).then(function () { done(el); });
  }

  function articleHover() {
    var text = document.getElementById("article-text");
    if (!text) { return; }
    function mark(ev, on) {
      var m = ev.target.closest ? ev.target.closest("mark.trigger") : null;
      if (!m) { return; }
      [["data-source", "is-source"], ["data-target", "is-target"]].forEach(function (p) {
        var id = m.getAttribute(p[0]);
        if (!id) { return; }
        text.querySelectorAll('.actor[data-actor="' + CSS.escape(id) + '"]').forEach(function (a) {
          a.classList.toggle(p[1], on);
        });
      });
    }
    text.addEventListener("mouseover", function (ev) { mark(ev, true); });
    text.addEventListener("mouseout", function (ev) { mark(ev, false); });
  }

  function start() {
    articleHover();
    var d = data();
    if (!d || typeof Plotly === "undefined") { return; }
    var view = document.body.getAttribute("data-view");
    if (view === "dyad") { drawDyad(d); }
    else if (view === "network") { drawNetwork(d); }
    else if (view === "map") { drawMap(d); }
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
