/**
 * 繁體中文訊息目錄: every word the add-in says, for the pane, the command and the written sheets.
 * ICU MessageFormat (plural, select, number skeletons), read by intl-messageformat. The English
 * catalog (en.ts) must have exactly these keys; a test holds them to it.
 */
export const ZH_TW = {
  // Findings: one message per code. Figures arrive as numbers and are formatted here.
  "finding.REPORTED_MISMATCH":
    "{against, select, previous {「{indicator}」填報 {reported, number, ::percent .00}，但本期與前期之比為 {computed, number, ::percent .00}；{diagnosis}請核對數字或計算方式。} other {「{indicator}」填報達成度 {reported, number, ::percent .00}，但依目標值與實際值計算為 {computed, number, ::percent .00}；{diagnosis}請核對數字或計算方式。}}",
  "finding.NOT_A_FIGURE": "「{indicator}」的 {cell} 不是數字（「{text}」），本期無法計算達成度；請填入數值或「--」。",
  "finding.ERROR_VALUE": "「{indicator}」的 {cell} 為錯誤值 {error}，本期無法計算；請修正該儲存格的公式。",
  "finding.NOT_COMPUTABLE": "「{indicator}」無法計算：{reason}。",
  "finding.NO_INDICATOR_TABLE": "工作表「{sheet}」找不到指標表。已尋找：{lookedFor}。",
  "finding.DUPLICATE_INDICATOR": "指標名稱「{indicator}」重複出現；兩者分別計算，請確認是否為同一指標。",
  "finding.UNIT_MISMATCH":
    "「{indicator}」目標值單位為「{targetUnit}」，實際值單位為「{actualUnit}」，兩者不同；請確認是否衡量同一事物。",
  "finding.SCORE_NOT_A_FIGURE": "「{item}」的{column}不是數字，總分以 0 分計；請填入分數。",
  "finding.COMPONENTS_SUM_MISMATCH":
    "「{indicator}」的細項合計 {parts} = {sum, number}，與實際值 {actual, number} 不符；請核對細項或總數。",
  "finding.RATINGS_DIFFER": "「{indicator}」{first} {firstRating} 與 {later} {laterRating} 不同；請確認評核結果。",
  "finding.TARGET_MISSING":
    "「{indicator}」{hasPeriod, select, yes {{period} 期} other {本期}}有實際值但沒有目標值，無法評核達成度；請填入目標值。",
  "finding.ACTUAL_MISSING":
    "「{indicator}」{hasPeriod, select, yes {{period} 期} other {本期}}有目標值但沒有實際值；請填入實際值或說明原因。",
  "finding.TARGET_LOWERED":
    "「{indicator}」目標值 {target, number} 較前期（{base, number}）下修，未見說明；請於備註說明理由。",
  "finding.TARGET_NOT_POSITIVE":
    "「{indicator}」{hasPeriod, select, yes {{period} 期} other {本期}}的目標值為 {target, number}，{sign, select, zero {達成度以目標值為分母，無法計算} other {負的目標值使比率無意義}}；請核對目標值，或改用差額衡量。",
  "finding.WEIGHTS_NOT_100": "評分表配分合計為 {total, number}，不是 100；請核對各項配分。",
  "finding.EMPTY_TABLE": "工作表「{sheet}」的 {range} 有表頭，但沒有指標資料列；請在表頭下方填入指標。",
  "finding.READING_UNCERTAIN":
    "「{indicator}」依 {cells} 算得達成度 {achievement, number, ::percent .00}，超出合理範圍，可能讀錯欄位或單位不同；未計算達成度。請核對這兩格是否為同一單位的目標值與實際值，或於指標設定中指定欄位。",
  "finding.AGGREGATE_MISMATCH":
    "「{label}」列的 {cell} 為 {stated, number}，但其上各列合計為 {sum, number}；請核對合計或各列數字。",
  "finding.BUDGET_PARTS_MISMATCH":
    "「{indicator}」預算數 {stated, number} 不等於 {parts} = {sum, number}（實現數＋應付數＋保留數）；請核對。",

  "finding.SETTINGS_UNKNOWN_WORD":
    "指標設定的「{column}」填了「{word}」，無法辨識；可填：{allowed}。此格未套用，其餘設定照常套用。",
  "finding.SETTINGS_BAD_VALUE":
    "指標設定的「{column}」填了「{value}」，不是可用的數值；應為{allowed}。此格未套用，其餘設定照常套用。",
  "finding.SETTINGS_NOT_FOUND":
    "指標設定列出「{name}」，但{hasSheet, select, yes {工作表「{where}」中} other {}}找不到這個指標；請核對名稱與工作表，或在「表格宣告」標出它所在的表格。此列未套用。",
  "finding.SETTINGS_DUPLICATE":
    "指標設定中「{name}」有兩列（{first} 與 {cell}）；只套用第一列 {first}，請刪除多餘的一列。",
  "finding.SETTINGS_BAD_RANGE": "表格宣告有誤：{what}。此表格未套用，其餘設定照常套用。",
  // Why a reported figure disagrees (a sentence inside REPORTED_MISMATCH).
  "diagnosis.REPORTED_CAPPED": "填報值為計算值以 100% 為上限截取。",
  "diagnosis.REPORTED_IS_ACTUAL": "填報值等於實際值本身（成長率），而非達成度。",
  "diagnosis.REPORTED_IS_GROWTH":
    "{basis, select, previous {填報值等於較前期的成長率。} other {填報值等於超出目標的成長率（(實際值 − 目標值) ÷ 目標值）。}}",

  // What a finding is, in a few words: the findings sheet's kind column and the pane's groups.
  "kind.REPORTED_MISMATCH": "填報值不符",
  "kind.NOT_A_FIGURE": "非數字",
  "kind.ERROR_VALUE": "錯誤值",
  "kind.NOT_COMPUTABLE": "無法計算",
  "kind.NO_INDICATOR_TABLE": "找不到指標表",
  "kind.DUPLICATE_INDICATOR": "指標重複",
  "kind.UNIT_MISMATCH": "單位不同",
  "kind.SCORE_NOT_A_FIGURE": "分數非數字",
  "kind.COMPONENTS_SUM_MISMATCH": "細項合計不符",
  "kind.RATINGS_DIFFER": "評核結果不同",
  "kind.TARGET_MISSING": "缺少目標值",
  "kind.ACTUAL_MISSING": "缺少實際值",
  "kind.TARGET_LOWERED": "目標下修",
  "kind.TARGET_NOT_POSITIVE": "目標值為 0 或負值",
  "kind.WEIGHTS_NOT_100": "配分合計不是 100",
  "kind.EMPTY_TABLE": "表內無指標",
  "kind.READING_UNCERTAIN": "讀取不確定",
  "kind.AGGREGATE_MISMATCH": "合計不符",
  "kind.BUDGET_PARTS_MISMATCH": "預算數不等於各項合計",

  "kind.SETTINGS_UNKNOWN_WORD": "設定用語無法辨識",
  "kind.SETTINGS_BAD_VALUE": "設定數值有誤",
  "kind.SETTINGS_NOT_FOUND": "設定的指標不存在",
  "kind.SETTINGS_DUPLICATE": "設定重複",
  "kind.SETTINGS_BAD_RANGE": "表格宣告有誤",

  "severity.error": "錯誤",
  "severity.warning": "注意",
  "severity.info": "參考",

  // Why a measure has no value (□ and its 備註).
  "reason.missing-target": "缺少目標值",
  "reason.missing-actual": "缺少實際值",
  "reason.missing-previous": "缺少前期實際值",
  "reason.zero-target": "目標值為 0，無法計算比率",
  "reason.zero-actual": "實際值為 0，越低越好之指標無法計算",
  "reason.zero-base": "基期值為 0，無法計算成長率",
  "reason.negative-base": "基期或目標為負值，比率無意義",
  "reason.uncertain-reading": "讀取結果不確定（達成度超出合理範圍），請核對欄位",
  "reason.no-span": "期間長度不足，無法計算年均成長率",
  "reason.out-of-range": "數值超出可計算範圍",

  "light.green": "★ 達標",
  "light.yellow": "▲ 接近目標",
  "light.red": "● 落後",
  "light.none": "□ 無法計算",

  "grade.特優": "特優",
  "grade.優等": "優等",
  "grade.甲等": "甲等",
  "grade.乙等": "乙等",

  lookedFor:
    "多年度區塊（原訂目標值／實際值／達成度 列）、每列一指標的表（衡量指標、原定目標值、實際值 欄）、年度比較表（兩個以上年度欄）或評分表（考核面向、評分項目、配分）",

  // The report sheet.
  "report.sheetName": "績效報告",
  "report.title": "績效指標達成情形報告",
  "report.headers": "指標|期別|方向|目標值|實際值|單位|達成度|成長率|燈號|備註",
  "report.shareMet": "達標比率",
  "report.directionNote": "方向：↑ 越高越好、↓ 越低越好、↔ 越接近目標越好",
  "report.uncertain": "讀取不確定，未計算；請核對 {cells}",
  "report.notComputed": "無法計算：{reason}",
  "report.remarks": "{engine}；{source}",
  "report.pageOf": "第 &P 頁，共 &N 頁",
  "report.forPeriod": "（報告期別：{period}）",
  "report.countFormat": '#,##0" 項　　"',
  "report.categories.title": "分組摘要（報告期別）",
  "report.categories.category": "目標或面向",
  "report.scores.title": "評分表",
  "report.scores.heading": "評分表：{title}",
  "report.scores.headers": "考核面向|評分項目|配分",
  "report.scores.total": "合計",
  "report.scores.grade": "等第",
  "report.scores.subtotal": "小計",
  "report.charts.achievementTitle": "各指標達成度",
  "report.charts.achievementTitlePeriod": "各指標達成度（報告期別：{period}）",
  "report.charts.lowest": "（達成度最低 {shown, number} 項，共 {total, number} 項）",
  "report.charts.achievement": "達成度",
  "report.charts.achievementAxis": "達成度（超過 {cap} 以 {cap} 繪出）",
  "report.charts.target100": "目標 100%",
  "report.charts.yellowFrom": "黃燈下限 {percent}",
  "report.charts.indicator": "指標",
  "report.charts.trendTitle": "{name}：目標值與實際值",
  "report.charts.target": "目標值",
  "report.charts.actual": "實際值",
  "report.charts.period": "期別",
  "report.charts.value": "數值",
  "report.charts.valueUnit": "數值（{unit}）",

  // The findings sheet (檢核結果).
  "review.sheetName": "檢核結果",
  "review.title": "檢核結果（由績效指標助手產生；重新檢核時會更新）",
  "review.headers": "類別|嚴重度|工作表|儲存格|說明|計算值",
  "review.none": "沒有檢核發現",
  "review.noteLine": "{kind}：{message}",

  // The drafts sheet (目標草案).
  "drafts.sheetName": "目標草案",
  "drafts.title": "下期目標草案（可直接修改；公式引用原始儲存格）",
  "drafts.headers": "指標|方法|下期|草案目標|前期目標|前期實際|提醒|使用資料",
  "drafts.helpers": "歷史期別|歷史實際值",
  "drafts.method.trend": "線性趨勢（FORECAST.LINEAR）",
  "drafts.method.growth": "平均成長（RRI）",
  "drafts.method.hold": "維持（前期目標與實際之較佳者）",
  "drafts.method.stretch": "挑戰目標 {percent}%",
  "drafts.lowered": "下修：低於前期目標或實際值，需說明理由",
  "drafts.loweredLower": "下修：高於前期目標或實際值（越低越好），需說明理由",
  "drafts.used": "實際值 {cells}",
  "drafts.none": "實際值 {cells}（資料不足）",

  // The command's own lines.
  "cli.findingsHeading": "## 檢核發現 {count, plural, other {# 項}}",
  "cli.settingsWritten":
    "已寫入 {output}：工作表「{sheet}」，指標 {rows, plural, other {# 列}}{problems, plural, =0 {。} other {；設定有 # 處需修正：}}",
  "cli.total": "總分",
  "cli.reviewWritten":
    "已寫入 {output}：檢核發現 {findings, plural, other {# 項}}，註解 {notes, plural, other {# 則}}{kept, plural, =0 {} other {（# 格已有他人註解，列於「檢核結果」）}}。",
  "cli.tableHeaders": "指標|期別|目標值|實際值|達成度|成長率|燈號|填報",
  "cli.noIndicators": "沒有可寫入報表的指標。{detail}",
} as const;

export type MessageKey = keyof typeof ZH_TW;
