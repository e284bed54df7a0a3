// The dispatch screen: a sound and a title-bar cue when a new critical alarm arrives (one not yet in the panel nor
// announced), blinking until the dispatcher looks at the window. The panel reloads itself (js/alarms.js).
(function () {
  "use strict";

  var seen = {};          // alarm ids already known to this page (in the panel at load or announced since)
  var baseTitle = document.title;
  var blinking = null;

  function rememberPanel() {
    document.querySelectorAll("#alarm-panel [data-alarm]").forEach(function (row) {
      seen[row.getAttribute("data-alarm")] = true;
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

  document.addEventListener("DOMContentLoaded", function () {
    var container = document.getElementById("dispatch-alarms");
    if (!container) { return; }
    document.body.setAttribute("data-critical-label", container.getAttribute("data-critical-label") || "");
    document.body.addEventListener("htmx:afterSwap", rememberPanel);
    document.body.addEventListener("htmx:load", rememberPanel);
    // js/alarms.js turns each "alarm" message of the container's stream into "alarm-changed" with the alarm
    document.body.addEventListener("alarm-changed", function (e) {
      var alarm = e.detail;
      if (!alarm) { return; }
      var id = String(alarm.id);
      var fresh = !seen[id];
      seen[id] = true;
      if (fresh && alarm.severity === "CRITICAL" && !alarm.acknowledgedAt && !alarm.clearedAt) {
        cue(alarm);
      }
    });
    window.addEventListener("focus", stopCue);
    document.addEventListener("visibilitychange", stopCue);
    document.addEventListener("click", stopCue);
  });
})();
