/*
 * Runs right after the CDN's office.js tag. Where the CDN could not be reached (no network,
 * tests, offline preview), it loads the copy of office.js served with the pane instead.
 * The pane's bootstrap waits for either, and runs in preview mode if neither arrives.
 */
(function () {
  if (typeof window.Office !== "undefined") return;
  var script = document.createElement("script");
  script.src = "office-js/office.js";
  script.onerror = function () {
    window.__officeJsUnavailable = true;
  };
  document.head.appendChild(script);
})();
