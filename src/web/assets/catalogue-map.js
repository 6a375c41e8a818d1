// pacte: the map of the catalogue search results (/offre/actions): the number of actions
// found per commune (figures block: {communes: {code: {actions}}, max}), on the shared commune
// map (commune-map.js). The page's table "Résultats par commune" carries the same
// information, and the colour scale is doubled by the tooltip's figures.
(function () {
  "use strict";
  var map = window.pacteCommuneMap;
  if (!map) return;

  map.mount("catalogue-map", {
    mapName: "communes-actions",
    seriesData: function (geo, figures) {
      return geo.features.map(function (feature) {
        var p = feature.properties || {};
        var info = figures.communes[p.code] || {};
        return { name: p.code, value: info.actions || 0, communeName: p.name };
      });
    },
    tooltip: function (params) {
      var d = params.data || {};
      var n = d.value || 0;
      return "<strong>" + map.escapeHtml(d.communeName || params.name) + "</strong><br>" +
        n + (n > 1 ? " actions trouvées" : " action trouvée");
    },
    visualMap: function (figures) {
      return {
        min: 0,
        max: Math.max(1, figures.max || 0),
        text: ["plus d'actions", "aucune"],
        calculable: false,
        inRange: { color: ["#eef2f8", "#1f3a68"] }
      };
    },
    failure: "La carte n'a pas pu être chargée : le tableau « Résultats par commune » donne " +
      "les mêmes informations."
  });
})();
