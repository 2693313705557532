// Ticks the silence deadlines the server printed ("in 2 d 4 h") down to the second. Progressive enhancement: without
// this file the server's text stands, with the absolute deadline beside it. The ticking text sits in an element with
// aria-live="off", so a screen reader is never told each second; the absolute deadline next to it does not change.
// Each element says how many milliseconds were left when the server rendered it (data-left-ms), so the browser's own
// clock may be wrong without harm. New elements (the live board replaced by htmx) are picked up on the next tick.
(function () {
  'use strict';

  function span(seconds) {
    var d = Math.floor(seconds / 86400), h = Math.floor(seconds % 86400 / 3600), m = Math.floor(seconds % 3600 / 60), s = seconds % 60;
    if (d > 0) return d + ' d ' + h + ' h ' + m + ' min ' + s + ' s';
    if (h > 0) return h + ' h ' + m + ' min ' + s + ' s';
    if (m > 0) return m + ' min ' + s + ' s';
    return s + ' s';
  }

  function text(leftMs) {
    if (leftMs >= 0) return 'in ' + span(Math.floor(leftMs / 1000));
    return 'passed ' + span(Math.floor(-leftMs / 1000)) + ' ago';
  }

  function tick() {
    var now = Date.now();
    var all = document.querySelectorAll('[data-left-ms]');
    for (var i = 0; i < all.length; i++) {
      var el = all[i];
      if (!el.hasAttribute('data-target')) {
        var left = parseInt(el.getAttribute('data-left-ms'), 10);
        if (isNaN(left)) continue;
        el.setAttribute('data-target', String(now + left));
        el.setAttribute('aria-live', 'off');
      }
      var next = text(parseInt(el.getAttribute('data-target'), 10) - now);
      if (el.textContent !== next) el.textContent = next;
    }
  }

  function start() {
    tick();
    window.setInterval(tick, 1000);
    document.addEventListener('htmx:load', tick);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
