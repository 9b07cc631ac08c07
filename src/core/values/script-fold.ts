/**
 * Simplified characters of the words tables are headed with, folded to the traditional forms the
 * word lists hold: Hong Kong and Macao departments publish in both scripts (服务指标 / 服務指標,
 * 实际表现 / 實際表現), mainland reports in simplified. Only header words are folded; names and
 * figures are shown as written.
 */
const PAIRS =
  "实實际際标標务務达達计計划劃预預执執数數额額项項单單备備绩績质質时時间間处處办辦发發证證书書记記册冊现現" +
  "类類别別门門费費统統业業总總较較减減增增长長资資关關报報进進个個况況况況应應维維护護环環检檢验驗查查" +
  "审審核核评評级級档檔编編号號类類结結价價值值率率础礎态態负負责責经經济濟财財务務决決算算" +
  // 绩效自评表 (mainland project self-evaluation forms): 权重, 产出指标, 满意度, 调整后预算数, 结转, 拨款.
  "权權产產满滿调調后後转轉拨撥对對说說为為内內与與诺諾准準称稱";

const FOLD: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = Array.from(PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const from = chars[i];
    const to = chars[i + 1];
    if (from !== undefined && to !== undefined && from !== to) map.set(from, to);
  }
  return map;
})();

/** The text with the simplified characters above in their traditional forms. */
export function foldScript(text: string): string {
  let out = "";
  for (const ch of text) out += FOLD.get(ch) ?? ch;
  return out;
}
