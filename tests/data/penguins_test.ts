import assert from "node:assert/strict";
import { PENGUIN_FIELDS, penguins } from "../../lib/data/penguins.ts";

Deno.test("penguins() returns the 344 records", () => {
  const records = penguins();
  assert.equal(records.length, 344);
  assert.deepEqual(Object.keys(records[0]), [...PENGUIN_FIELDS]);
  assert.deepEqual(records[0], {
    Species: "Adelie",
    Island: "Torgersen",
    "Beak Length (mm)": 39.1,
    "Beak Depth (mm)": 18.7,
    "Flipper Length (mm)": 181,
    "Body Mass (g)": 3750,
    Sex: "MALE",
  });
});

Deno.test("penguins() counts species as documented", () => {
  const counts = new Map<unknown, number>();
  for (const record of penguins()) {
    counts.set(record.Species, (counts.get(record.Species) ?? 0) + 1);
  }
  assert.deepEqual(Object.fromEntries(counts), { Adelie: 152, Gentoo: 124, Chinstrap: 68 });
});

Deno.test("penguins() records are frozen", () => {
  const records = penguins();
  assert.ok(Object.isFrozen(records));
  assert.ok(Object.isFrozen(records[0]));
  assert.throws(() => {
    (records[0] as Record<string, unknown>).Species = "Emperor";
  }, TypeError);
  assert.equal(penguins()[0].Species, "Adelie");
});
