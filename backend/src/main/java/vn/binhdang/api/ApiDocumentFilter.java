package vn.binhdang.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import vn.binhdang.common.ProblemType;
import vn.binhdang.security.Roles;

/**
 * Adds what the OpenAPI document must say but the annotations of each resource would only repeat, in one
 * place, so that it cannot drift from the code:
 * <ul>
 *   <li>the problem+json answers every operation under /api may give: 401 and 403, 400 wherever the
 *       operation takes input, 415 wherever it takes a body, 429 and 503 with {@code Retry-After}. Operation-specific answers (404, 409, 413,
 *       422) stay on the resource methods;</li>
 *   <li>the realm roles each operation admits, read from its JAX-RS method's {@code @RolesAllowed} /
 *       {@code @Authenticated} (method first, then class): the {@code x-roles} extension and a sentence of
 *       its description; an operation with neither is public ({@code security: []});</li>
 *   <li>the codes a String field takes, from the Java constants that produce them: {@code Problem.type}
 *       from {@link ProblemType}, {@code MeView.roles} from {@link Roles#ALL};</li>
 *   <li>checks that fail the build: every operationId is ASCII camelCase, unique and names one resource
 *       method; every tag is ASCII and declared, with a description, at the document level.</li>
 * </ul>
 * The security schemes (OAuth2 and bearer), the global requirement and the tags' descriptions are in
 * META-INF/openapi.yaml.
 */
public class ApiDocumentFilter implements OASFilter {
    /** Any signed-in caller, whatever their roles (as in {@code @RolesAllowed("**")}). */
    static final String ANY_SIGNED_IN = "**";

    private static final String PACKAGE = "vn/binhdang/";

    /** Marks {@code @PermitAll} (compared by identity). */
    private static final List<String> PUBLIC = new ArrayList<>();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        markResponseFieldsRequired(openAPI);
        listCodes(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Method> methods = resourceMethods();
        Set<String> operationIds = new HashSet<>();
        Set<String> declaredTags = new HashSet<>();
        if (openAPI.getTags() != null) {
            for (Tag tag : openAPI.getTags()) {
                check(tag.getName().matches("[a-z][a-z0-9-]*"), "tag '" + tag.getName() + "' is not ASCII kebab-case");
                check(tag.getDescription() != null && !tag.getDescription().isBlank(),
                        "tag '" + tag.getName() + "' has no description");
                declaredTags.add(tag.getName());
            }
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<?, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                String id = operation.getOperationId();
                String where = entry.getKey() + " " + path;
                check(id != null && id.matches("[a-z][a-zA-Z0-9]*"), where + ": operationId '" + id
                        + "' is not ASCII camelCase");
                check(operationIds.add(id), where + ": operationId '" + id + "' is not unique");
                check(operation.getTags() != null && !operation.getTags().isEmpty(), where + " has no tag");
                operation.getTags().forEach(tag -> check(declaredTags.contains(tag),
                        where + ": tag '" + tag + "' is not declared in META-INF/openapi.yaml"));
                Method method = methods.get(id);
                check(method != null, where + ": no resource method named " + id);
                documentRoles(operation, method);

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
                if (operation.getRequestBody() != null && !responses.hasAPIResponse("415")) {
                    responses.addAPIResponse("415", ref("UnsupportedMediaType"));
                }
                documentGenericErrors(operation, item);
            }
        });
        declareGenericErrors(openAPI);
    }

    /**
     * The answers any operation may give whatever it does, because they are decided before it runs
     * (common/RequestGuard, common/ProblemMapper, the rate limits, the database's availability): 400 for a
     * malformed path or query parameter (every operation), 404 where the path names a record, 406 for an
     * Accept the API cannot answer, 413/414/431 beyond the request's limits, 429 and 503 with Retry-After.
     */
    private static void documentGenericErrors(Operation operation, PathItem item) {
        APIResponses responses = operation.getResponses();
        Map<String, String> generic = new java.util.LinkedHashMap<>();
        generic.put("400", "BadRequest");
        boolean namesRecord = (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH))
                || (item.getParameters() != null && !item.getParameters().isEmpty());
        if (namesRecord) {
            generic.put("404", "NotFound");
        }
        generic.put("406", "NotAcceptable");
        generic.put("413", "PayloadTooLarge");
        generic.put("414", "UriTooLong");
        generic.put("429", "TooManyRequests");
        generic.put("431", "RequestHeadersTooLarge");
        generic.put("503", "ServiceUnavailable");
        generic.forEach((status, name) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, ref(name));
            }
        });
    }

    /** The shared responses {@link #documentGenericErrors} refers to, each a problem+json. */
    private static void declareGenericErrors(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        declare(openAPI, "NotAcceptable", "Không trả được định dạng yêu cầu (tiêu đề Accept) / the Accept header "
                + "names no format the operation answers with", false);
        declare(openAPI, "PayloadTooLarge", "Nội dung yêu cầu quá lớn (tối đa 12 MB; tệp tối đa 10 MB) / the request "
                + "body is too large", false);
        declare(openAPI, "UriTooLong", "Địa chỉ yêu cầu dài hơn 4.096 ký tự / the request URI is longer than 4,096 "
                + "characters", false);
        declare(openAPI, "RequestHeadersTooLarge", "Các tiêu đề của yêu cầu lớn hơn 16 KB / the request headers are "
                + "larger than 16 KB", false);
        declare(openAPI, "TooManyRequests", "Quá nhiều yêu cầu; thử lại sau số giây trong Retry-After / too many "
                + "requests; retry after Retry-After seconds", true);
        declare(openAPI, "ServiceUnavailable", "Tạm thời không phục vụ được (ví dụ cơ sở dữ liệu chưa sẵn sàng); thử "
                + "lại sau số giây trong Retry-After / temporarily unavailable; retry after Retry-After seconds", true);
    }

    private static void declare(OpenAPI openAPI, String name, String description, boolean retryAfter) {
        if (openAPI.getComponents().getResponses() != null && openAPI.getComponents().getResponses().containsKey(name)) {
            return;
        }
        org.eclipse.microprofile.openapi.models.responses.APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json", OASFactory
                        .createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
        if (retryAfter) {
            response.addHeader("Retry-After", OASFactory.createHeader().required(true)
                    .description("Số giây nên chờ trước khi thử lại / seconds to wait before retrying")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(
                            java.math.BigDecimal.ZERO)));
        }
        openAPI.getComponents().addResponse(name, response);
    }

    /**
     * {@code x-roles} and a sentence of the description, from the method's annotations or else its class's;
     * {@code security: []} for a public operation.
     */
    private static void documentRoles(Operation operation, Method method) {
        List<String> roles = roles(method);
        if (roles == null) {
            roles = roles(method.getDeclaringClass());
        }
        String sentence;
        if (roles == null || roles == PUBLIC) {
            operation.setSecurity(new ArrayList<>());
            operation.addExtension("x-roles", List.of());
            sentence = "Công khai, không cần đăng nhập / public, no sign-in.";
        } else if (roles.isEmpty()) {
            operation.addExtension("x-roles", List.of());
            sentence = "Không ai được gọi / no one may call this.";
        } else if (roles.contains(ANY_SIGNED_IN)) {
            operation.addExtension("x-roles", List.of(ANY_SIGNED_IN));
            sentence = "Vai trò / roles: mọi người đã đăng nhập / any signed-in caller.";
        } else {
            List<String> ordered = new ArrayList<>(Roles.ALL.stream().filter(roles::contains).toList());
            roles.stream().filter(role -> !ordered.contains(role)).forEach(ordered::add);
            operation.addExtension("x-roles", ordered);
            sentence = "Vai trò / roles: " + String.join(", ", ordered.stream().map(r -> "`" + r + "`").toList()) + ".";
        }
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? sentence
                : description.strip() + "\n\n" + sentence);
    }

    /**
     * The roles an element's annotations admit: {@link #PUBLIC} for {@code @PermitAll}, an empty list for
     * {@code @DenyAll}, null when it has none of these annotations (the class then decides).
     */
    private static List<String> roles(AnnotatedElement element) {
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        if (allowed != null) {
            return List.of(allowed.value());
        }
        if (element.isAnnotationPresent(Authenticated.class)) {
            return List.of(ANY_SIGNED_IN);
        }
        if (element.isAnnotationPresent(DenyAll.class)) {
            return List.of();
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return PUBLIC;
        }
        return null;
    }

    /** The JAX-RS resource methods of the application, by name (which the operationId is). */
    private static Map<String, Method> resourceMethods() {
        Map<String, Method> methods = new TreeMap<>();
        for (Class<?> type : applicationClasses()) {
            if (!type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class)
                        .anyMatch(method::isAnnotationPresent)) {
                    Method other = methods.put(method.getName(), method);
                    check(other == null, "two resource methods are named " + method.getName() + " (" + type.getName()
                            + ", " + (other == null ? "" : other.getDeclaringClass().getName())
                            + "): the operationIds would not be unique");
                }
            }
        }
        check(!methods.isEmpty(), "no JAX-RS resource found under " + PACKAGE);
        return methods;
    }

    /** The classes of package vn.binhdang, read from where this class was loaded (a folder or a jar). */
    private static List<Class<?>> applicationClasses() {
        String self = ApiDocumentFilter.class.getName().replace('.', '/') + ".class";
        URL url = ApiDocumentFilter.class.getClassLoader().getResource(self);
        check(url != null, "cannot locate " + self);
        List<String> names = new ArrayList<>();
        try {
            if (url.getProtocol().equals("jar")) {
                String file = url.getPath().substring("file:".length(), url.getPath().indexOf("!/"));
                try (JarFile jar = new JarFile(Path.of(new URI("file:" + file)).toFile())) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(PACKAGE)).forEach(names::add);
                }
            } else {
                String full = url.toString();
                Path root = Path.of(new URI(full.substring(0, full.length() - self.length())));
                try (Stream<Path> files = Files.walk(root.resolve(PACKAGE))) {
                    files.map(f -> root.relativize(f).toString().replace('\\', '/')).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".class") && !name.contains("$")) {
                try {
                    classes.add(Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
                            ApiDocumentFilter.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load " + name, e);
                }
            }
        }
        return classes;
    }

    /** Codes of String fields, from the constants that produce them. */
    private static void listCodes(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Schema problem = schemas.get("Problem");
        if (problem != null && problem.getProperties() != null && problem.getProperties().get("type") != null) {
            problem.getProperties().get("type")
                    .setEnumeration(new ArrayList<>(Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList()));
        }
        Schema me = schemas.get("MeView");
        if (me != null && me.getProperties() != null && me.getProperties().get("roles") != null
                && me.getProperties().get("roles").getItems() != null) {
            me.getProperties().get("roles").getItems().setEnumeration(new ArrayList<>(Roles.ALL));
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("OpenAPI document: " + message);
        }
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
