import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { xlsxBufferOf } from "../support/workbook-spec";
import { describeReaderContract } from "./reader-contract";

describeReaderContract("exceljs (.xlsx)", async (spec) => XlsxWorkbook.fromBuffer(await xlsxBufferOf(spec)));
