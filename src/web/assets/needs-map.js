// pacte: the map of "Besoins et offre" (/pilotage/besoins and its commune page), on the shared
// commune map (commune-map.js). Each commune is coloured by the gap index of the chosen
// theme: its territory's on the territory page (figures.by = "territory", matched on the
// territory name), its own on the commune page (figures.by = "commune", matched on the INSEE
// code). Hidden ("s") and non-computable indexes stay grey. The page's table carries the same
// figures: the map is an enhancement.
(function () {
  "use strict";
  var map = window.pacteCommuneMap;
  if (!map) return;
  var GREY = "#d9d9d9";

  function areaOf(figures, properties) {
    var key = figures.by === "commune" ? properties.code : properties.territory_name;
    return (figures.areas || {})[key] || null;
  }

  map.mount("needs-map", {
    mapName: "communes-besoins",
    seriesData: function (geo, figures) {
      return geo.features.map(function (feature) {
        var p = feature.properties || {};
        var area = areaOf(figures, p);
        var known = area && typeof area.gap === "number";
        var item = {
          name: p.code,
          communeName: p.name,
          territory: p.territory_name,
          gapText: area ? area.text : "hors périmètre",
          needText: area ? area.need : "—"
        };
        if (known) {
          item.value = area.gap;
        } else {
          item.itemStyle = { areaColor: GREY };
        }
        return item;
      });
    },
    visualMap: function () {
      return {
        type: "continuous", min: 0, max: 1, calculable: false, left: "left", bottom: 10,
        text: ["100 % non couvert", "0 %"],
        inRange: { color: ["#fff3e0", "#f2a900", "#8c2d04"] }
      };
    },
    tooltip: function (params) {
      var d = params.data || {};
      return "<strong>" + map.escapeHtml(d.communeName || params.name) + "</strong><br>" +
        map.escapeHtml(d.territory || "Sans territoire") + "<br>" +
        "Personnes en besoin : " + map.escapeHtml(d.needText || "—") + "<br>" +
        "Indice d'écart : " + map.escapeHtml(d.gapText || "—");
    },
    failure: "La carte n'a pas pu être chargée : le tableau ci-dessous donne les mêmes " +
      "informations."
  });
})();
