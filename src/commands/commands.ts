/**
 * The manifest's FunctionFile. The ribbon button opens the task pane (ShowTaskpane), so there is
 * no command to register; the page must still load office.js and report ready.
 */
if (typeof Office !== "undefined") {
  void Office.onReady();
}
