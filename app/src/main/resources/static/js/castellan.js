// Castellan console behaviour that htmx attributes cannot express: the live event table on the dispatch page.
// A table with data-stream="/events/stream" subscribes to server-sent events and prepends each new event.
(function () {
  "use strict";

  function cell(row, text) {
    var td = document.createElement("td");
    td.textContent = text;
    row.appendChild(td);
  }

  function startLiveTable(table) {
    var body = table.tBodies[0];
    var source = new EventSource(table.getAttribute("data-stream"));
    // The server registers the subscriber before it answers, so from "open" on no new event is missed.
    source.addEventListener("open", function () { table.setAttribute("data-live", "open"); });
    source.addEventListener("error", function () { table.setAttribute("data-live", "reconnecting"); });
    source.addEventListener("event", function (message) {
      var e = JSON.parse(message.data);
      var empty = body.querySelector("tr.empty");
      if (empty) { empty.remove(); }
      var row = document.createElement("tr");
      row.className = "sev-" + e.severity + " live";
      // Like the rows the server rendered: the viewer's time zone, the severity in the page's language.
      cell(row, new Date(e.occurredAt).toLocaleString(document.documentElement.lang || undefined,
          { timeZone: table.getAttribute("data-zone") || undefined }));
      cell(row, table.getAttribute("data-sev-" + String(e.severity).toLowerCase()) || e.severity);
      cell(row, e.type);
      cell(row, e.message);
      body.insertBefore(row, body.firstChild);
      while (body.rows.length > 200) { body.deleteRow(body.rows.length - 1); }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("table[data-stream]").forEach(startLiveTable);
  });
})();

// Forms that destroy something (delete, revoke) carry data-confirm="question"; submitting asks first.
document.addEventListener("submit", function (event) {
  var form = event.target;
  var question = form && form.getAttribute && form.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
}, true);
