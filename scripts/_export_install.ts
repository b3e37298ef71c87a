// Installs the page template into the project's Python environment, so that JupyterLab's "Save
// and Export Notebook As → HTML" (the server's GET /nbconvert/html/<path>) writes the same offline
// page as the build: the venv's Jupyter config points nbconvert's HTML exports at the template
// folder export/templates/lineargan, and a .pth file puts the template's preprocessors on the
// venv's import path. Files already up to date are left alone.

import { join } from "node:path";
import { ROOT, VENV } from "./_project.ts";

/** The template's name, as nbconvert's `HTMLExporter.template_name` selects it. */
export const TEMPLATE_NAME = "lineargan";

/** The folder that contains the template's folder. */
export const TEMPLATE_BASE = join(ROOT, "export", "templates");

const MODULES = join(ROOT, "export", "python");

/** The venv's Jupyter config file that every Jupyter application reads (server, nbconvert). */
export const JUPYTER_CONFIG = join(VENV, "etc", "jupyter", "jupyter_config.json");

/**
 * The exporter settings written into {@linkcode JUPYTER_CONFIG}. SlidesExporter is a subclass of
 * HTMLExporter, so it would inherit the page template without its own setting.
 */
export const EXPORTER_CONFIG = {
  HTMLExporter: { template_name: TEMPLATE_NAME, extra_template_basedirs: [TEMPLATE_BASE] },
  SlidesExporter: { template_name: "reveal" },
};

/** Installs the preprocessors and the config; returns what changed, for the set-up's log. */
export function installExportTemplate(): string[] {
  const changed: string[] = [];
  if (_writePathFile()) changed.push("put the export preprocessors on the venv's path");
  if (_writeConfig()) changed.push("selected the page template for HTML exports");
  return changed;
}

function _writePathFile(): boolean {
  const lib = join(VENV, "lib");
  const python = [...Deno.readDirSync(lib)].find((entry) => /^python3\.\d+$/.test(entry.name));
  if (!python) {
    throw new Error(`Cannot install the export preprocessors as ${lib} has no python3.* folder`);
  }
  const path = join(lib, python.name, "site-packages", "lineargan_export.pth");
  return _writeIfChanged(path, MODULES + "\n");
}

function _writeConfig(): boolean {
  let config: Record<string, unknown> = {};
  try {
    config = JSON.parse(Deno.readTextFileSync(JUPYTER_CONFIG));
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  const merged: Record<string, unknown> = { ...config };
  for (const [section, settings] of Object.entries(EXPORTER_CONFIG)) {
    merged[section] = { ...(config[section] as object | undefined), ...settings };
  }
  Deno.mkdirSync(join(JUPYTER_CONFIG, ".."), { recursive: true });
  return _writeIfChanged(JUPYTER_CONFIG, JSON.stringify(merged, null, 2) + "\n");
}

function _writeIfChanged(path: string, text: string): boolean {
  try {
    if (Deno.readTextFileSync(path) === text) return false;
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  Deno.writeTextFileSync(path, text);
  return true;
}
