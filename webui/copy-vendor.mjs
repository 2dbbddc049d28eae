// Copy the browser builds of the npm packages into static/vendor/ (gitignored),
// so the web UI serves them itself and never needs a CDN.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const vendor = join(here, "static", "vendor");
// Order matters for the page: fcose needs cose-base, which needs layout-base.
const files = [
  "cytoscape/dist/cytoscape.min.js",
  "layout-base/layout-base.js",
  "cose-base/cose-base.js",
  "cytoscape-fcose/cytoscape-fcose.js",
];
mkdirSync(vendor, { recursive: true });
for (const file of files) {
  copyFileSync(join(here, "node_modules", file), join(vendor, file.split("/").pop()));
}
console.log(`copied ${files.length} files to ${vendor}`);
