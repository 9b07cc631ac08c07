/**
 * Turns a written decimal ("1,061", "96.81") into a number and the place value of its last digit,
 * shifting the decimal point in the text so that 96.81% becomes exactly 0.9681, not 0.9681000000000001.
 */
export interface WrittenDecimal {
  readonly value: number;
  readonly step: number;
}

export function readWrittenDecimal(sign: string, written: string, shift: number): WrittenDecimal {
  const plain = written.replace(/,/g, "");
  const [whole = "0", fraction = ""] = plain.split(".");
  const decimals = fraction.length + shift;
  const digits = (whole + fraction).replace(/^0+(?=\d)/, "");
  const value = Number(`${sign === "-" ? "-" : ""}${digits}e-${decimals}`);
  return { value: Object.is(value, -0) ? 0 : value, step: Number(`1e-${decimals}`) };
}
