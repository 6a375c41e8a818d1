// pacte: the map of the catalogue search results (/offre/actions), drawn with ECharts.
// Boundaries come from the URL in data-geojson (/territoire/communes.geojson); the number of
// actions found per commune from the non-executable JSON block whose id is in data-figures.
// The page's table "Résultats par commune" carries the same information: the map is an
// enhancement, and the colour scale is doubled by the tooltip's figures.
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
      return block ? JSON.parse(block.textContent) : { communes: {}, max: 0 };
    } catch (e) {
      return { communes: {}, max: 0 };
    }
  }

  function seriesData(geo, figures) {
    return geo.features.map(function (feature) {
      var p = feature.properties || {};
      var info = figures.communes[p.code] || {};
      return { name: p.code, value: info.actions || 0, communeName: p.name };
    });
  }

  function tooltip(params) {
    var d = params.data || {};
    var n = d.value || 0;
    return "<strong>" + escapeHtml(d.communeName || params.name) + "</strong><br>" +
      n + (n > 1 ? " actions trouvées" : " action trouvée");
  }

  function draw(el, geo, figures) {
    window.echarts.registerMap("communes-actions", geo);
    var chart = window.echarts.init(el, null, { renderer: "canvas" });
    chart.setOption({
      tooltip: { trigger: "item", formatter: tooltip },
      visualMap: {
        min: 0,
        max: Math.max(1, figures.max || 0),
        text: ["plus d'actions", "aucune"],
        calculable: false,
        inRange: { color: ["#eef2f8", "#1f3a68"] }
      },
      series: [{
        type: "map",
        map: "communes-actions",
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
    var el = document.getElementById("catalogue-map");
    if (!el || !window.echarts || !window.fetch) return;
    var figures = readFigures(el);
    window.fetch(el.getAttribute("data-geojson"), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (geo) { draw(el, geo, figures); })
      .catch(function () {
        el.textContent = "La carte n'a pas pu être chargée : le tableau « Résultats par commune » donne les mêmes informations.";
      });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
