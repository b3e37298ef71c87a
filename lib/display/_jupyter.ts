// Access to the display function of Deno's Jupyter kernel, which exists only inside
// `deno jupyter`: elsewhere reading `Deno.jupyter` throws, and the helpers fall back to no-ops.

/** The options of `Deno.jupyter.display`. */
export interface DisplayOptions {
  /** Send the bundle as given instead of formatting it as a JavaScript value. */
  raw: boolean;
  /** An id that later calls use to replace this output in place. */
  display_id?: string;
  /** Replace the output created earlier with the same `display_id`. */
  update?: boolean;
}

/** A function with the contract of `Deno.jupyter.display`. */
export type DisplayFunction = (
  bundle: Record<string, string>,
  options: DisplayOptions,
) => Promise<void>;

/** Returns the kernel's display function, or undefined outside `deno jupyter`. */
export function jupyterDisplay(): DisplayFunction | undefined {
  let jupyter: typeof Deno.jupyter;
  try {
    jupyter = Deno.jupyter;
  } catch {
    // Deno 2 defines a getter that throws "Deno.jupyter is only available in `deno jupyter`".
    return undefined;
  }
  if (typeof jupyter?.display !== "function") return undefined;
  return (bundle, options) => jupyter.display(bundle, options);
}
