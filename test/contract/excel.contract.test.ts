import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { mockExcel } from "../support/office-mock";
import { describeReaderContract } from "./reader-contract";

describeReaderContract("office.js (office-addin-mock)", (spec) =>
  Promise.resolve(new ExcelWorkbook(mockExcel(spec).host)),
);
