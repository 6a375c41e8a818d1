// Contract forms (templates contracts_form.mustache, contracts_print.mustache). Progressive
// enhancement only: without this script the server computes the end date from the duration,
// blank action rows are offered, and the browser's own print command prints the contract.
(function () {
  "use strict";

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  // Same rule as ContractEndAfterMonths: the day before the same day `months` later; when that
  // day does not exist, the last day of that month.
  function endAfterMonths(iso, months) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return "";
    var y = +m[1], mo = +m[2] - 1 + months, d = +m[3];
    y += Math.floor(mo / 12);
    mo = mo % 12;
    var last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
    var end = d > last ? new Date(Date.UTC(y, mo, last))
                       : new Date(Date.UTC(y, mo, d - 1));
    return end.getUTCFullYear() + "-" + pad(end.getUTCMonth() + 1) + "-" + pad(end.getUTCDate());
  }

  function wireDuration(form) {
    var duration = form.querySelector("#duration_months");
    var starts = form.querySelector("#starts_on");
    var ends = form.querySelector("#ends_on");
    if (!duration || !starts || !ends) return;
    function update() {
      if (!duration.value) return;
      var end = endAfterMonths(starts.value, parseInt(duration.value, 10));
      if (end) ends.value = end;
    }
    duration.addEventListener("change", update);
    starts.addEventListener("change", update);
  }

  function wireActions(form) {
    var list = form.querySelector("#contract-action-rows");
    var template = form.querySelector("#contract-action-template");
    var button = form.querySelector("#contract-add-action");
    if (!list || !template || !button) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var next = 0;
      list.querySelectorAll("input[name^='action_label_']").forEach(function (input) {
        next = Math.max(next, parseInt(input.name.slice("action_label_".length), 10) + 1);
      });
      var html = template.innerHTML.replace(/__INDEX__/g, String(next))
                                   .replace(/__NUMBER__/g, String(next + 1));
      list.insertAdjacentHTML("beforeend", html);
      var added = list.querySelector("#action_label_" + next);
      if (added) added.focus();
    });
  }

  function wirePrint() {
    var button = document.getElementById("contract-print-button");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  }

  function init() {
    document.querySelectorAll("form.contract-form").forEach(function (form) {
      wireDuration(form);
      wireActions(form);
    });
    wirePrint();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
