// Validates prometheus-operator custom resources (a JSON list on stdin) with the schemas of
// @kubernetes-models/prometheus-operator (generated from prometheus-operator's CRDs; see
// crds/README.md). Prints a JSON list of problems per document.
import { readFileSync } from "node:fs";

const documents = JSON.parse(readFileSync(0, "utf8"));
const results = [];
for (const document of documents) {
  const [group, version] = document.apiVersion.split("/");
  if (group !== "monitoring.coreos.com") {
    results.push([`${document.apiVersion} is not a prometheus-operator API`]);
    continue;
  }
  const module = await import(`@kubernetes-models/prometheus-operator/${group}/${version}/${document.kind}`);
  try {
    new module[document.kind](document).validate();
    results.push([]);
  } catch (error) {
    results.push([String(error.message ?? error)]);
  }
}
process.stdout.write(JSON.stringify(results));
