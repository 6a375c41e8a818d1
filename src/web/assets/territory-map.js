// pacte: the commune map of the territory page, on the shared commune map (commune-map.js).
// Communes are coloured by territory with the palette of the legend (CSS classes .swatch-N),
// so colours live in one place. The page's tables carry the same information.
(function () {
  "use strict";
  var map = window.pacteCommuneMap;
  if (!map) return;
  var NO_TERRITORY = "#e6e6e6";

  function paletteColour(index) {
    var swatch = document.querySelector(".swatch-" + index);
    return swatch ? window.getComputedStyle(swatch).backgroundColor : NO_TERRITORY;
  }

  map.mount("territory-map", {
    mapName: "communes",
    seriesData: function (geo, figures) {
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
    },
    tooltip: function (params) {
      var d = params.data || {};
      var structures = d.value || 0;
      return "<strong>" + map.escapeHtml(d.communeName || params.name) + "</strong><br>" +
        map.escapeHtml(d.territory || "Sans territoire") + "<br>" +
        structures + (structures > 1 ? " structures" : " structure");
    },
    failure: "La carte n'a pas pu être chargée : les tableaux ci-dessous donnent les mêmes " +
      "informations."
  });
})();
