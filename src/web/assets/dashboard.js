// pacte: the live dashboard's charts (/pilotage/tableau-de-bord). Reads the page's
// non-executable JSON block #dashboard-data (the same disclosed figures as the tables: a
// hidden figure is null and is not drawn) and draws the funnel (bars), the monthly trends
// (lines) and the commune map (share of persons oriented). Every chart's data is also in the
// table that follows it: the charts are an enhancement.
(function () {
  "use strict";

  function readData() {
    var block = document.getElementById("dashboard-data");
    try {
      return block ? JSON.parse(block.textContent) : {};
    } catch (e) {
      return {};
    }
  }

  function drawBars(el, spec) {
    var chart = window.echarts.init(el, null, { renderer: "canvas" });
    chart.setOption({
      tooltip: { trigger: "axis" },
      legend: { type: "scroll", top: 0 },
      grid: { containLabel: true, left: 8, right: 8, top: 40, bottom: 8 },
      xAxis: { type: "category", data: spec.categories, axisLabel: { interval: 0, width: 110, overflow: "break" } },
      yAxis: { type: "value" },
      series: spec.series.slice(0, 12).map(function (s) {
        return { name: s.name, type: "bar", data: s.values };
      })
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }

  function drawLines(el, spec) {
    var chart = window.echarts.init(el, null, { renderer: "canvas" });
    chart.setOption({
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { containLabel: true, left: 8, right: 8, top: 40, bottom: 8 },
      xAxis: { type: "category", data: spec.categories },
      yAxis: { type: "value" },
      series: spec.series.map(function (s) {
        return { name: s.name, type: "line", data: s.values, connectNulls: false };
      })
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }

  function mountMap() {
    if (!window.pacteCommuneMap || !document.getElementById("dashboard-map")) return;
    var esc = window.pacteCommuneMap.escapeHtml;
    window.pacteCommuneMap.mount("dashboard-map", {
      mapName: "communes-tableau-de-bord",
      failure: "La carte n'a pas pu être affichée ; les chiffres sont dans le tableau ci-dessous.",
      seriesData: function (geo, figures) {
        var communes = (figures && figures.communes) || {};
        return geo.features.map(function (feature) {
          var p = feature.properties || {};
          var info = communes[p.code] || {};
          var share = (typeof info.dd === "number" && typeof info.oriented === "number" && info.dd > 0)
            ? Math.round(1000 * info.oriented / info.dd) / 10 : null;
          return { name: p.code, value: share, communeName: p.name, dd: info.dd, oriented: info.oriented };
        });
      },
      tooltip: function (params) {
        var d = params.data || {};
        var dd = typeof d.dd === "number" ? d.dd : "s";
        var share = typeof d.value === "number" ? String(d.value).replace(".", ",") + " %" : "s";
        return esc(d.communeName || params.name) + "<br>Soumis aux droits et devoirs : " + esc(dd) +
          "<br>Part orientée : " + esc(share);
      },
      visualMap: function () {
        return { min: 0, max: 100, text: ["100 %", "0 %"], calculable: false, left: 8, bottom: 8,
                 inRange: { color: ["#e8eef7", "#1f4e8c"] } };
      }
    });
  }

  function start() {
    var data = readData();
    if (window.echarts) {
      var funnel = document.getElementById("graphique-entonnoir");
      if (funnel && data.entonnoir) drawBars(funnel, data.entonnoir);
      var trend = document.getElementById("graphique-evolution");
      if (trend && data.evolution) drawLines(trend, data.evolution);
    }
    mountMap();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
