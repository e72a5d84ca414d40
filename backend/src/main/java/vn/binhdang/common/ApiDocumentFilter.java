package vn.binhdang.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds what every operation under /api has in common to the OpenAPI document, in one place: the
 * bearer-token requirement and the problem+json answers for 401 and 403, and 400 wherever the
 * operation takes input. Operation-specific answers (404, 409) stay on the resource methods.
 */
public class ApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        markResponseFieldsRequired(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<?, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("keycloak"));
                APIResponses responses = operation.getResponses();
                boolean takesInput = operation.getRequestBody() != null
                        || (operation.getParameters() != null && !operation.getParameters().isEmpty())
                        || (item.getParameters() != null && !item.getParameters().isEmpty());
                if (takesInput && !responses.hasAPIResponse("400")) {
                    responses.addAPIResponse("400", ref("BadRequest"));
                }
                if (!responses.hasAPIResponse("401")) {
                    responses.addAPIResponse("401", ref("Unauthorized"));
                }
                if (!responses.hasAPIResponse("403")) {
                    responses.addAPIResponse("403", ref("Forbidden"));
                }
            }
        });
    }

    /**
     * Every field of a view (and of a page of views) is always sent — possibly as null where its schema
     * says so — so clients' generated types need not treat them as optional. A problem always has
     * type, title, status and detail; instance and errors may be absent.
     */
    private static void markResponseFieldsRequired(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getProperties() == null) {
                return;
            }
            if (name.endsWith("View") || name.startsWith("PageView") || name.equals("FieldViolation")) {
                schema.setRequired(new java.util.ArrayList<>(schema.getProperties().keySet()));
            } else if (name.equals("Problem")) {
                schema.setRequired(java.util.List.of("type", "title", "status", "detail"));
            }
        });
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse ref(String name) {
        return OASFactory.createAPIResponse().ref("#/components/responses/" + name);
    }
}
