import assert from "node:assert/strict";
import { numericColumn, readColumn } from "../../lib/data/column.ts";
import { penguins } from "../../lib/data/penguins.ts";

const FLIPPER = "Flipper Length (mm)";

Deno.test("numericColumn() skips the two missing flipper lengths", () => {
  const records = penguins();
  const reading = readColumn(records, FLIPPER);
  assert.equal(reading.missing, 2);
  assert.equal(reading.excluded, 0);
  assert.equal(reading.values.length, 342);
  const missingIndices = records.flatMap((record, i) => (record[FLIPPER] === null ? [i] : []));
  assert.deepEqual(missingIndices, [3, 339]);
  const flippers = numericColumn(records, FLIPPER);
  assert.equal(flippers[3], records[4][FLIPPER], "index 3 holds the 5th penguin");
  const mean = flippers.reduce((sum, x) => sum + x, 0) / flippers.length;
  assert.ok(Math.abs(mean - 200.9152) < 1e-4, `mean ${mean}`);
  assert.equal(Math.min(...flippers), 172);
  assert.equal(Math.max(...flippers), 231);
});

Deno.test("numericColumn() filters with where", () => {
  const reading = readColumn(penguins(), FLIPPER, {
    where: (record) => record.Species === "Gentoo",
  });
  assert.equal(reading.values.length, 123);
  assert.equal(reading.missing, 1);
  assert.equal(reading.excluded, 220);
});

Deno.test("numericColumn() counts blank strings as missing", () => {
  const reading = readColumn([{ x: 1 }, { x: "" }, { x: "  " }, { x: undefined }, { y: 2 }], "x");
  assert.deepEqual([...reading.values], [1]);
  assert.equal(reading.missing, 4);
});

Deno.test("numericColumn() throws on missing values without dropMissing", () => {
  assert.throws(() => numericColumn(penguins(), FLIPPER, { dropMissing: false }), {
    name: "RangeError",
    message: 'Cannot read a numeric column as records[3]["Flipper Length (mm)"] must be present ' +
      '(or set dropMissing: true): records[3]["Flipper Length (mm)"]=null',
  });
});

Deno.test("numericColumn() rejects a non-numeric value", () => {
  assert.throws(() => numericColumn([{ x: 1 }, { x: "abc" }], "x"), {
    name: "TypeError",
    message: 'Cannot read a numeric column as records[1]["x"] must be a number: ' +
      'records[1]["x"]="abc"',
  });
  assert.throws(() => numericColumn([{ x: Infinity }], "x"), {
    name: "RangeError",
    message: 'Cannot read a numeric column as records[0]["x"] must be finite: ' +
      'records[0]["x"]=Infinity',
  });
});

Deno.test("numericColumn() lists the fields for an unknown field", () => {
  assert.throws(() => numericColumn([{ a: 1, b: 2 }, { c: 3 }], "flipper"), {
    name: "RangeError",
    message: 'Cannot read a numeric column as field must be one of "a", "b", "c": ' +
      'field="flipper"',
  });
});

Deno.test("numericColumn() rejects bad records", () => {
  assert.throws(() => numericColumn([], "x"), {
    name: "RangeError",
    message: "Cannot read a numeric column as records.length must be non-empty: records.length=0",
  });
  assert.throws(() => numericColumn([{ x: 1 }, 5 as never], "x"), {
    name: "TypeError",
    message: "Cannot read a numeric column as records[1] must be an object: records[1]=5",
  });
  assert.throws(() => numericColumn("abc" as never, "x"), { name: "TypeError" });
});

Deno.test("numericColumn() throws when no value is left", () => {
  assert.throws(() => numericColumn([{ x: null }, { x: 2 }], "x", { where: (r) => r.x === null }), {
    name: "RangeError",
    message: "Cannot read a numeric column as values.length must be at least 1 " +
      "(1 missing, 1 excluded by where): values.length=0",
  });
});
