// The heat meter pages: the meter form's connection kind shows only its own fields; the meter page and the read
// queue follow read progress live. An element with data-meter-stream="/meters/stream?meterId=…" subscribes to the
// server's "metering" messages ({jobId, meterId, what, state, done, total, records, error}); each one moves the
// page's progress bar and the job's row. When a read ends, "meter-read-done" makes htmx reload the archive table and
// the jobs; when the stream (re)connects, "meter-stream-open" reloads the jobs, so a read that ended while the page
// loaded is not shown as running.
(function () {
  "use strict";

  function switchConnection(select) {
    var form = select.form;
    function apply() {
      form.querySelectorAll("[data-connection]").forEach(function (part) {
        part.hidden = part.getAttribute("data-connection") !== select.value;
      });
    }
    select.addEventListener("change", apply);
    apply();
  }

  function fire(name, detail) {
    document.body.dispatchEvent(new CustomEvent(name, { detail: detail }));
  }

  function text(el, value) {
    if (el) { el.textContent = value; }
  }

  function showProgress(box, m) {
    if (!box) { return; }
    box.hidden = false;
    box.setAttribute("data-state", m.state);
    box.setAttribute("data-job", String(m.jobId));
    text(box.querySelector("[data-part=label]"), m.what + " · " + m.state);
    var bar = box.querySelector("progress");
    bar.max = m.total > 0 ? m.total : 1;
    bar.value = m.total > 0 ? m.done : (m.state === "DONE" ? 1 : 0);
    text(box.querySelector("[data-part=text]"), m.done + "/" + m.total + " · " + m.records
        + (m.error ? " · " + m.error : ""));
  }

  function updateRow(row, m) {
    var state = m.state === "RETRYING" ? "QUEUED" : m.state;
    row.setAttribute("data-state", state);
    text(row.querySelector("[data-part=state]"), state);
    text(row.querySelector("[data-part=done]"), m.done + "/" + m.total);
    text(row.querySelector("[data-part=records]"), String(m.records));
    text(row.querySelector("[data-part=error]"), m.error || "");
    var bar = row.querySelector("progress");
    if (bar) {
      bar.max = m.total > 0 ? m.total : 1;
      bar.value = m.total > 0 ? m.done : (m.state === "DONE" ? 1 : 0);
    }
  }

  function follow(page) {
    var source = new EventSource(page.getAttribute("data-meter-stream"));
    var box = page.querySelector("#read-progress");
    source.addEventListener("open", function () {
      page.setAttribute("data-live", "open");
      fire("meter-stream-open");
    });
    source.addEventListener("error", function () { page.setAttribute("data-live", "reconnecting"); });
    source.addEventListener("metering", function (message) {
      var m = JSON.parse(message.data);
      showProgress(box, m);
      var row = page.querySelector("tr[data-job='" + m.jobId + "']");
      if (row) {
        updateRow(row, m);
      } else {
        fire("meter-stream-open"); // a job this page has not listed yet (a plan's read): list it
      }
      if (m.state === "DONE" || m.state === "FAILED") {
        fire("meter-read-done", m);
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("select[data-connection-switch]").forEach(switchConnection);
    document.querySelectorAll("[data-meter-stream]").forEach(follow);
  });
})();
