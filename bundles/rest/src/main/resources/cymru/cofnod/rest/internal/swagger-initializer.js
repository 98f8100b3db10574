// Cofnod's own initializer for Swagger UI: the contract this server publishes, relative to /cofnod/api/docs/
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "../v1/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout"
  });
};
