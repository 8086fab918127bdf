// Validates Gateway API objects (JSON lines on stdin) with the schemas of the npm package
// @kubernetes-models/gateway-api (pinned in package.json): one JSON line of problems per object.
import { createInterface } from "node:readline";
import { HTTPRoute } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute";
import { Gateway } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/Gateway";

const models = { "gateway.networking.k8s.io/v1 HTTPRoute": HTTPRoute, "gateway.networking.k8s.io/v1 Gateway": Gateway };

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const document = JSON.parse(line);
  const model = models[`${document.apiVersion} ${document.kind}`];
  if (!model) {
    console.log(JSON.stringify([`no schema for ${document.apiVersion} ${document.kind}`]));
    continue;
  }
  try {
    new model(document).validate();
    console.log(JSON.stringify([]));
  } catch (error) {
    console.log(JSON.stringify((error.errors || [{ instancePath: "", message: String(error) }]).map((e) => `${e.instancePath || "(root)"}: ${e.message}`)));
  }
}
