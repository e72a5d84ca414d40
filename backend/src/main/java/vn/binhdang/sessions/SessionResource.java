package vn.binhdang.sessions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import vn.binhdang.common.Withdrawal;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.binhdang.common.EvidenceType;
import vn.binhdang.common.Idempotency;
import vn.binhdang.common.Messages;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.Problem;
import vn.binhdang.common.ProblemException;
import vn.binhdang.security.Roles;

/** Communication sessions, their evidence and exports. */
@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER, Roles.VIEWER, Roles.PROVINCE,
        Roles.PROVINCE_ADMIN})
public class SessionResource {
    static final String XLSX = vn.binhdang.common.Spreadsheet.XLSX;
    private static final int EXPORT_LIMIT = 50_000;

    @Inject
    SessionService sessions;

    @Inject
    AttachmentService attachments;

    @GET
    @Operation(summary = "Danh sách buổi truyền thông / list sessions",
            description = "Lọc theo năm, khoảng ngày, đơn vị, chiến dịch, bản, hình thức, chủ đề, nhóm đối tượng "
                    + "(kết hợp tùy ý); kèm tổng số buổi, người tham gia theo giới tính và người dân tộc thiểu số "
                    + "của toàn bộ kết quả lọc.")
    public SessionPage listSessions(@Valid @BeanParam SessionFilter filter, @Valid @BeanParam PageParams paging) {
        return sessions.list(filter, paging);
    }

    @GET
    @Path("export")
    @Produces({"text/csv", XLSX, "application/problem+json"})
    @Operation(summary = "Xuất danh sách buổi truyền thông / export sessions",
            description = "CSV (UTF-8, có BOM để Excel đọc đúng tiếng Việt) hoặc XLSX, tiêu đề cột tiếng Việt "
                    + "(hoặc tiếng Anh với Accept-Language: en); cùng bộ lọc với danh sách; tối đa 50.000 dòng.")
    @APIResponse(responseCode = "200", description = "Tệp / the file", content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response exportSessions(@Valid @BeanParam SessionFilter filter,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx", message = "{export.format}")
            @Parameter(description = "csv hoặc xlsx", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"csv", "xlsx"})) String format,
            @Context HttpHeaders headers) {
        Locale locale = Messages.localeOf(headers);
        List<SessionView> rows = sessions.all(filter, EXPORT_LIMIT);
        boolean excel = "xlsx".equals(format);
        String name = "buoi-truyen-thong" + (filter.year == null ? "" : "-" + filter.year) + (excel ? ".xlsx" : ".csv");
        return Response.ok(excel ? SessionExport.xlsx(rows, locale) : SessionExport.csv(rows, locale))
                .type(excel ? XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Xem một buổi truyền thông / read a session")
    @APIResponse(responseCode = "200", description = "Buổi truyền thông",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public SessionView getSession(@PathParam("id") @Parameter(example = "1203") long id) {
        return sessions.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER})
    @Operation(summary = "Ghi nhận buổi truyền thông / record a session",
            description = "Người báo cáo đơn vị chỉ ghi cho đơn vị của mình. Gửi kèm Idempotency-Key: gửi lại "
                    + "cùng khóa và cùng nội dung trả về đúng buổi đã tạo, không tạo buổi thứ hai.")
    @APIResponse(responseCode = "201", description = "Đã ghi nhận (hoặc kết quả của lần gửi trước cùng khóa)",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key đã dùng cho một nội dung khác",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = vn.binhdang.common.Problem.class)))
    public Response createSession(@Valid @NotNull(message = "{body.required}") SessionRequest request,
            // Declared for the contract; the value is read raw from the headers (an empty header must be refused).
            @HeaderParam(Idempotency.HEADER)
            @Parameter(description = "Khóa chống ghi trùng khi gửi lại (1–100 ký tự, không để trống), ví dụ một UUID. "
                    + "Các lần gửi lại đồng thời cùng khóa chờ lần đầu xong rồi nhận đúng kết quả của nó.")
            String idempotencyKey,
            @Context HttpHeaders headers,
            @Context UriInfo uriInfo) {
        SessionService.Created created = sessions.create(request, Idempotency.keyOf(headers).orElse(null));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.session().id())).build())
                .entity(created.session()).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER})
    @Operation(summary = "Sửa buổi truyền thông / change a session",
            description = "Gửi kèm `version` đã đọc. Người báo cáo đơn vị chỉ sửa buổi của đơn vị mình (403).")
    @APIResponse(responseCode = "200", description = "Đã lưu",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public SessionView updateSession(@PathParam("id") @Parameter(example = "1203") long id,
            @Valid @NotNull(message = "{body.required}") SessionRequest request) {
        return sessions.update(id, request);
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER})
    @Operation(summary = "Đính kèm minh chứng / attach evidence",
            description = "Biên bản, ảnh, danh sách ký tên: PDF, JPEG, PNG hoặc WebP (nhận biết theo nội dung tệp), "
                    + "tối đa 10 MB.")
    @APIResponse(responseCode = "201", description = "Đã lưu tệp",
            content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", description = "Tệp lớn hơn 10 MB",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = vn.binhdang.common.Problem.class)))
    public Response attachEvidence(@PathParam("id") @Parameter(example = "1203") long id,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
            @Context UriInfo uriInfo) {
        if (file == null) {
            throw ProblemException.invalidField("file", "field.required");
        }
        AttachmentView saved = attachments.upload(id, file.fileName(), file.uploadedFile());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(saved.id())).build())
                .entity(saved).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces({EvidenceType.MediaTypes.PDF, EvidenceType.MediaTypes.JPEG, EvidenceType.MediaTypes.PNG,
            EvidenceType.MediaTypes.WEBP, Problem.MEDIA_TYPE})
    @Operation(summary = "Tải minh chứng / download evidence")
    @APIResponse(responseCode = "200", description = "Tệp",
            content = {
                @Content(mediaType = EvidenceType.MediaTypes.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = EvidenceType.MediaTypes.JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = EvidenceType.MediaTypes.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = EvidenceType.MediaTypes.WEBP, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response downloadEvidence(@PathParam("id") @Parameter(example = "1203") long id,
            @PathParam("attachmentId") @Parameter(example = "9") long attachmentId) {
        AttachmentService.Download download = attachments.download(id, attachmentId);
        String encoded = URLEncoder.encode(download.attachment().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(download.content()).type(download.attachment().contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER})
    @Operation(summary = "Xóa buổi truyền thông nhập nhầm / withdraw a session entered by mistake",
            description = "Ai được sửa thì được xóa (người báo cáo đơn vị: chỉ của đơn vị mình), kèm mọi tệp minh chứng. Bắt buộc "
                    + "`version` đã đọc (409 nếu đã có người sửa) và `reason` (lý do). Trạng thái cuối cùng và lý do "
                    + "được giữ trong lịch sử (`/audit`, hành động DELETED); các chỉ tiêu tính lại ngay.")
    @APIResponse(responseCode = "204", description = "Đã xóa / withdrawn")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void deleteSession(@PathParam("id") @Parameter(example = "1203") long id,
            @Valid @BeanParam Withdrawal withdrawal) {
        sessions.delete(id, withdrawal);
    }
}
