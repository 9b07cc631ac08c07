/*
 * Plain ES5, no dependencies: it must run where the main bundle cannot (Trident, the Internet
 * Explorer 11 webview of Office 2016 and 2019 perpetual on older Windows), and a CSP without
 * 'unsafe-inline' means it cannot be inline. The main bundle sets window.__indicatorsStarted as
 * its first statement; when the page has loaded without that, or the webview is Trident, the
 * message in #legacy-message (written in taskpane.html) is shown instead of a blank pane.
 */
(function () {
  function show() {
    var message = document.getElementById("legacy-message");
    if (message) message.style.display = "block";
  }
  if (/Trident\/|MSIE /.test(window.navigator.userAgent)) {
    window.__indicatorsLegacy = true;
  }
  function check() {
    if (window.__indicatorsLegacy || !window.__indicatorsStarted) show();
  }
  if (window.addEventListener) window.addEventListener("load", check, false);
  else if (window.attachEvent) window.attachEvent("onload", check);
})();
