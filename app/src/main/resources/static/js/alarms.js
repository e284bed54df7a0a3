// The open alarms panel reloads itself when an alarm changes: an element with data-alarm-stream="/alarms/stream"
// subscribes to the server's "alarm" messages and fires "alarm-changed", which the panel's hx-trigger listens for.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-alarm-stream]").forEach(function (el) {
      var source = new EventSource(el.getAttribute("data-alarm-stream"));
      source.addEventListener("alarm", function (message) {
        // the alarm itself goes along, for pages that react to it (the dispatch screen's critical-alarm cue)
        document.body.dispatchEvent(new CustomEvent("alarm-changed", { detail: JSON.parse(message.data) }));
      });
    });
  });
})();
