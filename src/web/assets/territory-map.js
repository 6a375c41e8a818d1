// pacte: the commune map of the territory page, drawn with ECharts.
// Boundaries come from the URL in data-geojson (/territoire/communes.geojson); figures from
// the non-executable JSON block whose id is in data-figures. Communes are coloured by
// territory with the palette of the legend (CSS classes .swatch-N), so colours live in one
// place. The page's tables carry the same information: the map is an enhancement.
(function () {
  "use strict";

  var NO_TERRITORY = "#e6e6e6";

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function paletteColour(index) {
    var swatch = document.querySelector(".swatch-" + index);
    return swatch ? window.getComputedStyle(swatch).backgroundColor : NO_TERRITORY;
  }

  function readFigures(el) {
    var block = document.getElementById(el.getAttribute("data-figures"));
    try {
      return block ? JSON.parse(block.textContent) : { communes: {} };
    } catch (e) {
      return { communes: {} };
    }
  }

  function seriesData(geo, figures) {
    return geo.features.map(function (feature) {
      var p = feature.properties || {};
      var info = figures.communes[p.code] || {};
      var coloured = typeof info.color_index === "number";
      return {
        name: p.code,
        value: info.structures || 0,
        communeName: p.name,
        territory: p.territory_name,
        itemStyle: { areaColor: coloured ? paletteColour(info.color_index) : NO_TERRITORY }
      };
    });
  }

  function tooltip(params) {
    var d = params.data || {};
    var structures = d.value || 0;
    return "<strong>" + escapeHtml(d.communeName || params.name) + "</strong><br>" +
      escapeHtml(d.territory || "Sans territoire") + "<br>" +
      structures + (structures > 1 ? " structures" : " structure");
  }

  function draw(el, geo, figures) {
    window.echarts.registerMap("communes", geo);
    var chart = window.echarts.init(el, null, { renderer: "canvas" });
    chart.setOption({
      tooltip: { trigger: "item", formatter: tooltip },
      series: [{
        type: "map",
        map: "communes",
        nameProperty: "code",
        roam: true,
        selectedMode: false,
        label: { show: false },
        itemStyle: { borderColor: "#ffffff", borderWidth: 1 },
        emphasis: {
          label: { show: true, formatter: function (p) { return p.data ? p.data.communeName : p.name; } },
          itemStyle: { areaColor: "#f2a900" }
        },
        data: seriesData(geo, figures)
      }]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }

  function start() {
    var el = document.getElementById("territory-map");
    if (!el || !window.echarts || !window.fetch) return;
    var figures = readFigures(el);
    window.fetch(el.getAttribute("data-geojson"), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (geo) { draw(el, geo, figures); })
      .catch(function () {
        el.textContent = "La carte n'a pas pu être chargée : les tableaux ci-dessous donnent les mêmes informations.";
      });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
