/* eslint-disable no-undef */
/**
 * `npm start` / `npm stop`: sideloads the add-in into desktop Excel through office-addin-debugging.
 * That package is optional (it pulls keytar, which builds natively against libsecret), so a
 * machine without it can still install, test and run the `indicators` command; here we say what
 * is missing and how to get it instead of failing with a stack trace.
 */
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const command = process.argv[2] === "stop" ? "stop" : "start";
let cli;
try {
  const manifest = require.resolve("office-addin-debugging/package.json");
  cli = path.join(path.dirname(manifest), require(manifest).bin["office-addin-debugging"]);
} catch {
  console.error(
    [
      "npm start needs office-addin-debugging, an optional dependency that is not installed here.",
      "  On Debian/Ubuntu: sudo apt-get install libsecret-1-dev pkg-config build-essential, then npm install office-addin-debugging.",
      "  Or sideload manifest.xml by hand: Excel → Insert → Add-ins → Upload My Add-in (Excel on the web),",
      "  after `npm run dev-server` serves the pane on https://localhost:3000.",
      "npm start 需要選用套件 office-addin-debugging，這台電腦未安裝（它需要 libsecret）。",
      "  安裝 libsecret-1-dev、pkg-config、build-essential 後執行 npm install office-addin-debugging；",
      "  或執行 npm run dev-server 後，在 Excel 的「插入 → 增益集 → 上傳我的增益集」上傳 manifest.xml。",
    ].join("\n"),
  );
  process.exit(1);
}
const result = spawnSync(process.execPath, [cli, command, "manifest.xml", ...process.argv.slice(3)], { stdio: "inherit" });
process.exit(result.status ?? 1);
