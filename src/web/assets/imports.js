// Import form: show only the options of the chosen kind of file (CAF flux or spreadsheet).
(function () {
  function update(select) {
    document.querySelectorAll("fieldset[data-kind]").forEach(function (fieldset) {
      fieldset.hidden = fieldset.getAttribute("data-kind") !== select.value;
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var select = document.getElementById("import-kind");
    if (!select) return;
    select.addEventListener("change", function () { update(select); });
    update(select);
  });
})();
