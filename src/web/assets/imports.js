// Import form: show only the options of the chosen kind of file (CAF flux or spreadsheet).
(function () {
  function update(select) {
    document.querySelectorAll("fieldset[data-kind]").forEach(function (fieldset) {
      var other = fieldset.getAttribute("data-kind") !== select.value;
      fieldset.hidden = other;
      fieldset.disabled = other;  // the options of the other kind are not sent
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var select = document.getElementById("import-kind");
    if (!select) return;
    select.addEventListener("change", function () { update(select); });
    update(select);
  });
})();
