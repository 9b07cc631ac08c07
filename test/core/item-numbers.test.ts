/**
 * Issue 21, round u: an item's number before its name ("2、出国经费", "(2) Average waiting time …",
 * "3. Reply to letters within 10 days") is no figure: not a value with a unit, not a target the name
 * sets.
 */
import { parseValue } from "../../src/core/values/parse-value";
import { targetInSentence } from "../../src/core/values/sentence-target";

const figure = (value: number) => parseValue({ value });

test.each(["2、出国经费", "1、公务用车购置和维护经费", "3、公務接待"])("%s is a name, not a figure", (text) => {
  expect(parseValue({ value: text }).kind).toBe("text");
  expect(targetInSentence(text, figure(0))).toBeNull();
});

test.each([
  ["(2) Average waiting time no more than 30 days", 30],
  ["3. Reply to letters within 10 working days", 10],
  ["（1）申請案件於7日內辦結", 7],
])("%s sets the figure after its number", (text, target) => {
  expect(targetInSentence(text, figure(12))).toMatchObject({ kind: "number", value: target });
});
