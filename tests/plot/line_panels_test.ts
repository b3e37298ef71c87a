import assert from "node:assert/strict";
import { plotLinePanels } from "../../lib/plot/line_panels.ts";
import { assertSelfContained, parseFigure } from "./_figure_checks.ts";

function figure(extra = {}) {
  return plotLinePanels({
    title: "Two panels",
    alt: "A path in a plane and a falling variance on log axes.",
    panels: [{
      xLabel: "w2 (unitless)",
      yLabel: "b2 (unitless)",
      series: [
        { label: "path", x: [0, 1, 1], y: [0, 0, 1], start: true },
        { label: "again", x: [0, 1], y: [1, 0], dash: true },
      ],
    }, {
      xLabel: "batch size m",
      yLabel: "variance",
      x: { type: "log" },
      y: { type: "log" },
      series: [
        { label: "measured", x: [4, 16, 64], y: [0.02, 0.005, 0.00125], line: false, dots: true },
        { label: "path", x: [4, 64], y: [0.02, 0.00125] },
      ],
    }],
    ...extra,
  });
}

Deno.test("plotLinePanels() draws a self-contained figure", () => {
  assertSelfContained(figure(), {
    width: 640,
    height: 380,
    texts: ["Two panels", "path", "again", "measured", "w2 (unitless)", "batch size m"],
  });
});

Deno.test("plotLinePanels() shares legend entries by label", () => {
  const labels = [...parseFigure(figure()).querySelectorAll("text")]
    .map((element) => element.textContent)
    .filter((text) => text === "path");
  assert.equal(labels.length, 1);
});

Deno.test("plotLinePanels() writes plain log ticks", () => {
  const texts = [...parseFigure(figure()).querySelectorAll("text")].map((element) =>
    element.textContent
  );
  assert.ok(texts.includes("0.01"), texts.join(" | "));
  assert.ok(!texts.some((text) => /^\d+m$/.test(text ?? "")), "no SI prefixes such as 10m");
});

Deno.test("plotLinePanels() skips non-finite points", () => {
  const result = plotLinePanels({
    title: "A gap",
    alt: "A line with a gap where a value is missing.",
    panels: [{
      xLabel: "x",
      yLabel: "y",
      series: [{ label: "s", x: [0, 1, 2, 3], y: [0, NaN, 2, 3] }],
    }],
  });
  assert.doesNotMatch(result.svg, /NaN/);
  const line = /aria-label="line"><path d="([^"]+)"/.exec(result.svg)?.[1] ?? "";
  assert.equal(line.match(/M/g)?.length, 2, `the line breaks at the missing value: ${line}`);
});

Deno.test("plotLinePanels() rejects bad series", () => {
  const panel = (series: unknown) => ({ xLabel: "x", yLabel: "y", series });
  const cases: [unknown, ErrorConstructor, string][] = [
    [[], RangeError, "panels must be a non-empty array: panels=an array of length 0"],
    [
      [panel([])],
      RangeError,
      "panels[0].series must be a non-empty array: panels[0].series=an array of length 0",
    ],
    [
      [panel([{ label: "s", x: [0, 1], y: [0] }])],
      RangeError,
      "panels[0].series[0].y.length must be x.length (2): panels[0].series[0].y.length=1",
    ],
    [
      [panel([{ label: "s", x: [0, "1"], y: [0, 1] }])],
      TypeError,
      'panels[0].series[0].x[1] must be a number: panels[0].series[0].x[1]="1"',
    ],
    [
      [panel([{ label: "s", x: [NaN], y: [0] }])],
      RangeError,
      'panels[0].series[0] must be with a finite point: panels[0].series[0]="none"',
    ],
  ];
  for (const [panels, type, text] of cases) {
    const expected = `Cannot plot line panels as ${text}`;
    assert.throws(
      () => plotLinePanels({ title: "t", alt: "a figure", panels } as never),
      (error: Error) => error instanceof type && error.message === expected,
      expected,
    );
  }
});

Deno.test("plotLinePanels() explicit colours take no palette slot", () => {
  const colors = (series: { label: string; color?: string }[]) => {
    const svg = plotLinePanels({
      title: "Colours",
      alt: "Three lines in a row of colours.",
      panels: [{
        xLabel: "x",
        yLabel: "y",
        series: series.map((s) => ({ ...s, x: [0, 1], y: [0, 1] })),
      }],
    }).svg;
    return [
      ...svg.matchAll(
        /aria-label="line"[^>]*stroke="(#[0-9a-f]{6})"|stroke="(#[0-9a-f]{6})"[^>]*aria-label="line"/g,
      ),
    ]
      .map((match) => match[1] ?? match[2]);
  };
  const plain = colors([{ label: "a" }, { label: "b" }]);
  const withReference = colors([{ label: "a" }, { label: "ref", color: "#123456" }, {
    label: "b",
  }]);
  assert.deepEqual(withReference, [plain[0], "#123456", plain[1]]);
});
