/* eslint-disable no-undef */
// The floor of the pane's first download (scripts/bundle-size.js): React, react-dom and Fluent UI's
// provider with its theme and one button, the least any Fluent pane draws, built as the pane is.
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";

createRoot(document.getElementById("container")).render(
  createElement(FluentProvider, { theme: webLightTheme }, createElement(Button, null, "·")),
);
