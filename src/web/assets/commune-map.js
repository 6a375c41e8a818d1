// pacte: the commune maps (ECharts), shared by every page that draws one. A page includes
// echarts.min.js, this file, then its own script, which calls
//   window.pacteCommuneMap.mount(elementId, {mapName, seriesData, tooltip, visualMap, failure})
// The element carries data-geojson (the boundaries' URL, /territoire/communes.geojson) and
// data-figures (the id of a non-executable JSON block with the page's figures). The page's
// tables carry the same information: a map is an enhancement, and `failure` says so when it
// cannot be drawn.
(function () {
  "use strict";

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function readFigures(el) {
    var block = document.getElementById(el.getAttribute("data-figures"));
    try {
      return block ? JSON.parse(block.textContent) : { communes: {} };
    } catch (e) {
      return { communes: {} };
    }
  }

  function draw(el, geo, figures, options) {
    window.echarts.registerMap(options.mapName, geo);
    var chart = window.echarts.init(el, null, { renderer: "canvas" });
    var option = {
      tooltip: { trigger: "item", formatter: options.tooltip },
      series: [{
        type: "map",
        map: options.mapName,
        nameProperty: "code",
        roam: true,
        selectedMode: false,
        label: { show: false },
        itemStyle: { borderColor: "#ffffff", borderWidth: 1 },
        emphasis: {
          label: { show: true, formatter: function (p) { return p.data ? p.data.communeName : p.name; } },
          itemStyle: { areaColor: "#f2a900" }
        },
        data: options.seriesData(geo, figures)
      }]
    };
    if (options.visualMap) option.visualMap = options.visualMap(figures);
    chart.setOption(option);
    window.addEventListener("resize", function () { chart.resize(); });
  }

  function start(elementId, options) {
    var el = document.getElementById(elementId);
    if (!el || !window.echarts || !window.fetch) return;
    var figures = readFigures(el);
    window.fetch(el.getAttribute("data-geojson"), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (geo) { draw(el, geo, figures, options); })
      .catch(function () { el.textContent = options.failure; });
  }

  function mount(elementId, options) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", function () { start(elementId, options); });
    } else {
      start(elementId, options);
    }
  }

  window.pacteCommuneMap = { escapeHtml: escapeHtml, mount: mount };
})();
