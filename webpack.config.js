/* eslint-disable no-undef */
/**
 * Webpack config in the shape of the yo office React template: a task-pane entry, a commands
 * (FunctionFile) entry, HtmlWebpackPlugin for both pages, CopyWebpackPlugin for the manifest and
 * assets, and a dev server on https://localhost:3000. A production build rewrites the manifest's
 * localhost URLs to ADDIN_PRODUCTION_URL.
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = (process.env.ADDIN_PRODUCTION_URL ?? "https://indicators.example.gov.tw/addin/").replace(/\/?$/, "/");

/** office-addin-dev-certs makes trusted localhost certificates; where it cannot, serve plain http. */
async function serverOptions() {
  if (process.env.DEV_SERVER_HTTP === "1") return { type: "http" };
  try {
    const devCerts = require("office-addin-dev-certs");
    const https = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: https.ca, key: https.key, cert: https.cert } };
  } catch (error) {
    console.warn(`office-addin-dev-certs could not make certificates (${error.message}); serving plain http.`);
    return { type: "http" };
  }
}

/** The copy of office.js served with the pane, for when Microsoft's CDN cannot be reached. */
/** office.js, its file map, its strings, and the Excel host scripts it loads for each platform (~8 MB, served, not bundled). */
const officeJsLocal = [
  "office.js",
  "o15apptofilemappingtable.js",
  "en-us/**",
  "zh-tw/**",
  "excel-*-16.0?.js",
  "excel-*-16.0?-core.js",
].map((file) => ({
  from: file,
  context: path.dirname(require.resolve("@microsoft/office-js/dist/office.js")),
  to: "office-js/",
  // Microsoft ships these minified; re-minifying 8 MB costs half a minute and changes nothing.
  info: { minimized: true },
}));

/** Syntax-only lowering of node_modules JavaScript to ES2017 (see the rule below); imports stay for webpack. */
function nodeModulesCompilerOptions(dev) {
  return {
    allowJs: true,
    checkJs: false,
    target: "ES2017",
    module: "esnext",
    strict: false,
    alwaysStrict: false,
    noEmit: false,
    sourceMap: dev,
    isolatedModules: true,
  };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = process.env.WEBPACK_SERVE === "true";
  return {
    devtool: dev ? "source-map" : false,
    // EdgeHTML (Office 2019 on Windows 10, Edge Legacy) parses ES2017, not later: webpack's own
    // runtime and the TypeScript output are emitted at that level (test/skeleton/es-level.test.ts).
    target: ["web", "es2017"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, process.env.WEBPACK_OUTPUT_DIR ?? "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: { keep: /^(lib|bench)\// },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // exceljs's browser build wants none of these node modules in preview mode; nor does the
      // command's file reader (src/xlsx/read-file.ts), a chunk the pane never loads.
      fallback: { fs: false, "fs/promises": false, zlib: false, path: false, stream: false, crypto: false, os: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: "tsconfig.json",
              onlyCompileBundledFiles: true,
              compilerOptions: { noEmit: false, sourceMap: dev, target: "ES2017" },
            },
          },
        },
        {
          // What we bundle from node_modules is published at ES2018+ (object spread in Fluent's
          // griffel and in exceljs's browser build), which EdgeHTML cannot parse: TypeScript, already
          // the build's compiler, lowers it to ES2017 file by file. Not strict: CommonJS packages
          // may rely on sloppy mode, so no "use strict" is added to them.
          test: /\.[cm]?js$/,
          include: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: nodeModulesCompilerOptions(dev) },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // inject body: the bundle after office.js, which now follows the page's loading placeholder.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        inject: "body",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          { from: "src/taskpane/office-fallback.js", to: "office-fallback.js" },
          { from: "src/taskpane/legacy-check.js", to: "legacy-check.js" },
          // "Try the sample" on the pane's first run (issue 14).
          { from: "samples/kpi-report-107.xlsx", to: "samples/kpi-report-107.xlsx" },
          ...officeJsLocal,
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              if (dev) return content;
              return content
                .toString()
                .replace(new RegExp(urlDev, "g"), urlProd)
                .replace(/https:\/\/localhost:3000/g, new URL(urlProd).origin);
            },
          },
        ],
      }),
    ],
    devServer: {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? await serverOptions() : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port ?? 3000),
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
};
