/* eslint-disable no-undef */
/**
 * Bundles the office.js double for the page (office-double.entry.ts): one script, injected by
 * pane-browser.ts before the pane loads. office-addin-mock's one need of office-addin-manifest is
 * its OfficeApp enum (as in jest.config.js); the reference's enums are taken now from
 * @types/office-js, so the page need not read the 9 MB file (office-types-source.browser.ts).
 */
const { readFileSync } = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");

const root = path.join(__dirname, "..", "..");

/** Every `enum` block of the typed reference, in order, as excel-rules.ts's enumValues reads them. */
function officeEnums() {
  const source = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  return (source.match(/^ {4}enum \w+ \{[\s\S]*?\n {4}\}/gm) ?? []).join("\n");
}

module.exports = (outputDir) => ({
  mode: "development",
  devtool: false,
  target: ["web", "es2020"],
  entry: path.join(__dirname, "office-double.entry.ts"),
  output: { path: outputDir, filename: "office-double.js" },
  resolve: {
    extensions: [".ts", ".tsx", ".js"],
    alias: {
      "office-addin-manifest$": path.join(root, "node_modules", "office-addin-manifest", "lib", "officeApp.js"),
    },
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(root, "tsconfig.json") } },
      },
    ],
  },
  plugins: [
    new webpack.NormalModuleReplacementPlugin(/[\\/]office-types-source$/, (resource) => {
      resource.request = resource.request.replace(/office-types-source$/, "office-types-source.browser");
    }),
    new webpack.DefinePlugin({ OFFICE_JS_ENUMS: JSON.stringify(officeEnums()) }),
  ],
  performance: { hints: false },
});
