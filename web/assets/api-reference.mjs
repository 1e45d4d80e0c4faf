// The interactive API reference: Swagger UI (loaded just before this, from our own server) draws
// the OpenAPI document into the page. Without JavaScript the page's own list of operations stays.
const root = document.getElementById("api-reference");
if (root && typeof window.SwaggerUIBundle === "function") {
  window.SwaggerUIBundle({
    url: root.dataset.spec,
    domNode: root,
    deepLinking: false,
    defaultModelsExpandDepth: 0,
    validatorUrl: null, // never send the document to a third-party validator
    supportedSubmitMethods: ["get", "post"],
  });
  root.hidden = false;
  const listing = document.getElementById("api-operations");
  if (listing) {
    listing.hidden = true;
  }
}
