package vn.binhdang.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.security.Roles;

/** People (Keycloak users) of the caller's scope: who manages whom is {@link PeoplePolicy}. */
@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
@RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.COMMUNE_ADMIN})
public class PeopleResource {

    @Inject
    PeopleService people;

    @GET
    @Operation(summary = "Người dùng tôi quản lý / people I manage",
            description = "Quản trị quốc gia: quản trị và cán bộ cấp tỉnh; Quản trị tỉnh: cán bộ tỉnh và Quản trị xã "
                    + "của tỉnh; Quản trị xã: điều phối, người xem, báo cáo đơn vị của xã. Tên, thư điện tử là dữ "
                    + "liệu cá nhân, chỉ người quản lý thấy.")
    public PageView<PersonView> listPeople(
            @QueryParam("q") @Size(max = 100, message = "{field.size.max}")
            @Parameter(description = "Tìm theo tên đăng nhập, tên, thư (không phân biệt dấu)") String q,
            @Valid @BeanParam PageParams paging) {
        return people.list(q, paging);
    }

    @GET
    @Path("grantable-roles")
    @Operation(summary = "Vai trò tôi được giao / roles I may grant")
    public GrantableRolesView getGrantableRoles() {
        return new GrantableRolesView(people.grantableRoles());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Xem một người dùng / read a person")
    @APIResponse(responseCode = "200", description = "Người dùng / the person",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PersonView getPerson(@PathParam("id") @Parameter(description = "Mã người dùng (Keycloak)") String id) {
        return people.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mời một người dùng / invite a person",
            description = "Tạo tài khoản trong Keycloak với vai trò và phạm vi; trả mật khẩu tạm một lần (phải đổi ở "
                    + "lần đăng nhập đầu) hoặc gửi thư khi máy chủ thư được cấu hình. Vai trò trên quyền mình hay "
                    + "phạm vi ngoài phạm vi mình: 403; mã không có: 400; trùng tên đăng nhập/thư: 409 — và không "
                    + "có gì thay đổi.")
    @APIResponse(responseCode = "201", description = "Đã mời / invited",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response invitePerson(@Valid @NotNull(message = "{body.required}") PersonRequest request,
            @Context UriInfo uriInfo) {
        InvitationView invited = people.invite(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(invited.person().id()).build())
                .entity(invited).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đổi vai trò, đơn vị / change a person's role or unit")
    @APIResponse(responseCode = "200", description = "Đã lưu / saved",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PersonView changePerson(@PathParam("id") @Parameter(description = "Mã người dùng (Keycloak)") String id,
            @Valid @NotNull(message = "{body.required}") PersonChange change) {
        return people.change(id, change);
    }

    @PUT
    @Path("{id}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Khóa hoặc mở lại tài khoản / disable or enable a person")
    @APIResponse(responseCode = "200", description = "Đã lưu / saved",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PersonView setPersonEnabled(@PathParam("id") @Parameter(description = "Mã người dùng (Keycloak)") String id,
            @Valid @NotNull(message = "{body.required}") EnabledRequest request) {
        return people.setEnabled(id, request.enabled());
    }
}
