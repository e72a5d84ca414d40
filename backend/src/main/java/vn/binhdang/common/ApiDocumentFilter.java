package vn.binhdang.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
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
     * Every field of a record the server sends is always present — possibly as null where its schema says
     * so (only Problem omits nulls) — so clients' generated types need not treat them as optional. That
     * holds for the views and pages of views, and for every schema only ever reached from a response
     * (totals, labels, proposals, rows of the dashboard). A schema also reached from a request body keeps
     * its optional fields: a client may leave them out. A problem always has type, title, status and
     * detail; instance and errors may be absent.
     */
    private static void markResponseFieldsRequired(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> sent = new HashSet<>();
        Set<String> received = new HashSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getRequestBody() != null) {
                        collect(operation.getRequestBody().getContent(), schemas, received);
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        operation.getResponses().getAPIResponses().values()
                                .forEach(response -> collect(response.getContent(), schemas, sent));
                    }
                }
            }
        }
        schemas.forEach((name, schema) -> {
            if (schema.getProperties() == null) {
                return;
            }
            if (name.equals("Problem")) {
                schema.setRequired(List.of("type", "title", "status", "detail"));
            } else if (name.endsWith("View") || name.startsWith("PageView") || name.equals("FieldViolation")
                    || (sent.contains(name) && !received.contains(name))) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        });
    }

    private static void collect(Content content, Map<String, Schema> schemas, Set<String> names) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(type -> collect(type.getSchema(), schemas, names));
        }
    }

    /** The component schemas a schema refers to, directly or through its properties, items and compositions. */
    private static void collect(Schema schema, Map<String, Schema> schemas, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (names.add(name)) {
                collect(schemas.get(name), schemas, names);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> collect(property, schemas, names));
        }
        collect(schema.getItems(), schemas, names);
        collect(schema.getAdditionalPropertiesSchema(), schemas, names);
        for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                composed.forEach(part -> collect(part, schemas, names));
            }
        }
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse ref(String name) {
        return OASFactory.createAPIResponse().ref("#/components/responses/" + name);
    }
}
