/*
 * Runs right after the CDN's office.js tag. Where the CDN could not be reached (no network,
 * tests, offline preview), it loads the copy of office.js served with the pane instead, but only
 * inside an Office host (the pane framed by Excel on the web, or opened with Office's _host_Info):
 * in a plain browser there is no host to talk to, and office.js would only try to reach
 * Microsoft's telemetry, which the pane's Content-Security-Policy refuses. The failed CDN tag is
 * removed first: office.js finds its own folder from its script tag, and would otherwise keep
 * asking the unreachable CDN for its helper files. The bootstrap then starts Excel or preview.
 */
(function () {
  if (typeof window.Office !== "undefined") return;
  var inHost = /[?&]_host_Info=/.test(window.location.search) || window.parent !== window;
  if (!inHost) {
    window.__officeJsUnavailable = true;
    return;
  }
  var failed = document.querySelectorAll('script[src^="https://appsforoffice.microsoft.com/"]');
  for (var i = 0; i < failed.length; i++) failed[i].parentNode.removeChild(failed[i]);
  var script = document.createElement("script");
  script.src = "office-js/office.js";
  script.onerror = function () {
    window.__officeJsUnavailable = true;
  };
  document.head.appendChild(script);
})();
