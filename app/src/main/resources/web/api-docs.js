// persistAuthorization keeps the bearer token entered with "Authorize" across reloads of the page
window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true, persistAuthorization: true, withCredentials: true });
