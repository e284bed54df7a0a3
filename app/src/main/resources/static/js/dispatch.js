// The dispatch screen: keeps the alarms panel current from the live feed (topic "alarm") and gives a sound and a
// title-bar cue when a new critical alarm arrives, until the dispatcher looks at the window.
(function () {
  "use strict";

  var seen = {};          // alarm ids already known to this page (in the panel at load or announced since)
  var baseTitle = document.title;
  var blinking = null;

  function rememberPanel() {
    document.querySelectorAll("#alarm-panel [data-alarm-id]").forEach(function (row) {
      seen[row.getAttribute("data-alarm-id")] = true;
    });
  }

  function beep() {
    try {
      var Ctx = window.AudioContext || window.webkitAudioContext;
      if (!Ctx) { return; }
      var ctx = new Ctx();
      [0, 0.35, 0.7].forEach(function (at) {
        var osc = ctx.createOscillator();
        var gain = ctx.createGain();
        osc.frequency.value = 880;
        gain.gain.value = 0.2;
        osc.connect(gain); gain.connect(ctx.destination);
        osc.start(ctx.currentTime + at);
        osc.stop(ctx.currentTime + at + 0.2);
      });
    } catch (e) {
      // a browser that refuses audio before a gesture on the page still gets the title cue
    }
  }

  function cue(alarm) {
    var label = document.body.getAttribute("data-critical-label") || "Critical alarm";
    var text = "\u26A0 " + label + ": " + (alarm.title || alarm.type);
    document.body.setAttribute("data-critical-cue", String(alarm.id));
    beep();
    if (blinking) { clearInterval(blinking); }
    var on = true;
    document.title = text;
    blinking = setInterval(function () {
      on = !on;
      document.title = on ? text : baseTitle;
    }, 1000);
  }

  function stopCue() {
    if (blinking && document.visibilityState === "visible" && document.hasFocus()) {
      clearInterval(blinking);
      blinking = null;
      document.title = baseTitle;
    }
  }

  var reloadTimer = null;
  function reloadPanel() {
    if (reloadTimer) { return; }
    reloadTimer = setTimeout(function () {
      reloadTimer = null;
      document.body.dispatchEvent(new Event("castellan-alarm"));
    }, 250);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var panel = document.getElementById("alarm-panel");
    if (!panel) { return; }
    document.body.setAttribute("data-critical-label", panel.getAttribute("data-critical-label") || "");
    document.body.addEventListener("htmx:afterSwap", function (e) {
      if (e.target === panel) { rememberPanel(); }
    });
    var source = new EventSource(panel.getAttribute("data-stream"));
    source.addEventListener("alarm", function (message) {
      var alarm = JSON.parse(message.data);
      var id = String(alarm.id);
      var fresh = !seen[id];
      seen[id] = true;
      if (fresh && alarm.severity === "CRITICAL" && !alarm.acknowledgedAt && !alarm.clearedAt) {
        cue(alarm);
      }
      reloadPanel();
    });
    window.addEventListener("focus", stopCue);
    document.addEventListener("visibilitychange", stopCue);
    document.addEventListener("click", stopCue);
  });
})();
