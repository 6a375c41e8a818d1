// /offre/import: reads the chosen data·inclusion file into the form's text area (and its name
// into file_name), so the form posts it as an ordinary urlencoded field with its CSRF token.
(function () {
  "use strict";
  var input = document.getElementById("di-file");
  var area = document.getElementById("di-content");
  var name = document.getElementById("di-file-name");
  var status = document.getElementById("di-file-status");
  if (!input || !area || !name) return;
  input.addEventListener("change", function () {
    var file = input.files && input.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      area.value = String(reader.result);
      name.value = file.name;
      if (status) status.textContent = "Fichier « " + file.name + " » chargé (" + file.size + " octets).";
    };
    reader.onerror = function () {
      if (status) status.textContent = "Le fichier n'a pas pu être lu.";
    };
    reader.readAsText(file, "utf-8");
  });
})();
