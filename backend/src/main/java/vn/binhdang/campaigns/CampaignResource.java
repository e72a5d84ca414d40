package vn.binhdang.campaigns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.security.Roles;

/** Themed campaigns and the recurring peaks of the plan (08/3, 20/3, 28/6, Action Month). */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "campaigns")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER, Roles.VIEWER, Roles.PROVINCE,
        Roles.PROVINCE_ADMIN})
public class CampaignResource {
    @Inject
    CampaignService campaigns;

    @GET
    @Operation(summary = "Danh sách chiến dịch / list campaigns",
            description = "Lọc theo năm, dịp, xã hoặc khoảng ngày (chiến dịch giao với [from, to]) cho lịch. "
                    + "Số liệu buổi truyền thông của một chiến dịch: GET /api/v1/sessions?campaignId=…")
    public PageView<CampaignView> listCampaigns(@Valid @BeanParam CampaignFilter filter,
            @Valid @BeanParam PageParams paging) {
        return campaigns.list(filter, paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Xem một chiến dịch / read a campaign")
    @APIResponse(responseCode = "200", description = "Chiến dịch",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CampaignView getCampaign(@PathParam("id") @Parameter(example = "4") long id) {
        return campaigns.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Tạo chiến dịch / create a campaign",
            description = "Mỗi dịp cao điểm (08/3, 20/3, 28/6, Tháng hành động) chỉ có một chiến dịch mỗi năm.")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response createCampaign(@Valid @NotNull(message = "{body.required}") CampaignRequest request,
            @Context UriInfo uriInfo) {
        CampaignView created = campaigns.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Sửa chiến dịch / change a campaign", description = "Gửi kèm `version` đã đọc.")
    @APIResponse(responseCode = "200", description = "Đã lưu / saved",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public CampaignView updateCampaign(@PathParam("id") @Parameter(example = "4") long id,
            @Valid @NotNull(message = "{body.required}") CampaignRequest request) {
        return campaigns.update(id, request);
    }

    @GET
    @Path("proposals")
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Chiến dịch cao điểm đề xuất của một năm / the proposed peaks of a year",
            description = "Bốn dịp cao điểm của Kế hoạch cho xã của người gọi, kèm trạng thái đã xác nhận.")
    public List<CampaignProposal> listCampaignProposals(
            @QueryParam("year") @NotNull(message = "{field.required}") @Min(value = 2000, message = "{year.range}")
            @Max(value = 2100, message = "{year.range}") @Parameter(example = "2027") Integer year) {
        return campaigns.proposals(year);
    }

    @POST
    @Path("proposals/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Xác nhận chiến dịch đề xuất / confirm a proposed peak",
            description = "Tạo chiến dịch (201); nếu dịp đó đã được xác nhận, trả về chiến dịch đã có (200), "
                    + "không bao giờ tạo trùng.")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "200", description = "Đã có từ trước / already confirmed",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response confirmCampaignProposal(
            @Valid @NotNull(message = "{body.required}") ConfirmProposalRequest request, @Context UriInfo uriInfo) {
        CampaignService.Confirmation confirmation = campaigns.confirm(request);
        if (!confirmation.created()) {
            return Response.ok(confirmation.campaign()).build();
        }
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/campaigns")
                .path(String.valueOf(confirmation.campaign().id())).build()).entity(confirmation.campaign()).build();
    }
}
