package vn.binhdang.indicators;

import java.time.Clock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.binhdang.common.Calendar;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.security.Roles;

/** The five targets computed live, their drill-downs, the warnings and the dashboard. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "indicators")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER, Roles.VIEWER, Roles.PROVINCE,
        Roles.PROVINCE_ADMIN})
public class IndicatorResource {
    @Inject
    Clock clock;

    @Inject
    IndicatorService indicators;

    @GET
    @Path("indicators")
    @Operation(summary = "Năm mục tiêu của một năm / the five targets of a year",
            description = "Giá trị, tử số, mẫu số, chỉ tiêu của năm, trạng thái và cách tính của từng mục tiêu, tính "
                    + "trực tiếp từ dữ liệu. Người dùng cấp tỉnh: cả tỉnh, hoặc một xã (communeCode).")
    @APIResponse(responseCode = "200", description = "Năm chỉ tiêu / the five figures")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<IndicatorValue> listIndicators(@QueryParam("year") @NotNull(message = "{field.required}")
            @Min(value = 2000, message = "{year.range}") @Max(value = 2100, message = "{year.range}")
            @Parameter(example = "2026") Integer year,
            @QueryParam("communeCode") @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}")
            @Parameter(example = "03390") String communeCode) {
        AreaScope scope = indicators.scope(communeCode);
        indicators.checkYear(scope, year);
        return indicators.indicators(scope, year);
    }

    @GET
    @Path("indicators/{target}/records")
    @Operation(summary = "Bản ghi sau con số của một mục tiêu / the records behind a target",
            description = "Những gì được tính và không được tính, ví dụ mục tiêu 1: các đơn vị chưa đủ 2 buổi; "
                    + "mục tiêu 5: các hương ước chưa đạt. counted=false chỉ lấy những bản ghi chưa được tính.")
    @APIResponse(responseCode = "200", description = "Một trang bản ghi / one page of records")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageView<DrillDownItem> listIndicatorRecords(
            @PathParam("target") @Min(value = 1, message = "{target.range}") @Max(value = 5, message = "{target.range}")
            @Parameter(example = "1") int target,
            @QueryParam("year") @NotNull(message = "{field.required}")
            @Min(value = 2000, message = "{year.range}") @Max(value = 2100, message = "{year.range}")
            @Parameter(example = "2026") Integer year,
            @QueryParam("communeCode") @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}") String communeCode,
            @QueryParam("counted") @Parameter(description = "true: chỉ bản ghi được tính; false: chỉ bản ghi chưa được tính")
            Boolean counted,
            @Valid @BeanParam PageParams paging) {
        AreaScope scope = indicators.scope(communeCode);
        indicators.checkYear(scope, year);
        List<DrillDownItem> all = indicators.records(scope, target, year).stream()
                .filter(item -> counted == null || item.counted() == counted).toList();
        int from = Math.min(all.size(), paging.page * paging.size);
        int to = Math.min(all.size(), from + paging.size);
        return new PageView<>(all.subList(from, to), paging.page, paging.size, all.size(),
                (all.size() + paging.size - 1) / paging.size);
    }

    @GET
    @Path("warnings")
    @Operation(summary = "Cảnh báo sớm / early warnings",
            description = "Đơn vị chưa đủ 2 buổi pháp luật, chính sách (từ 01/9); đơn vị chưa có kế hoạch Tháng hành "
                    + "động (từ 01/11); hương ước chưa được rà soát trong năm; chỉ tiêu có nguy cơ không đạt.")
    @APIResponse(responseCode = "200", description = "Các cảnh báo / the warnings")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<Warning> listWarnings(@QueryParam("year") @NotNull(message = "{field.required}")
            @Min(value = 2000, message = "{year.range}") @Max(value = 2100, message = "{year.range}")
            @Parameter(example = "2026") Integer year,
            @QueryParam("communeCode") @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}") String communeCode) {
        AreaScope scope = indicators.scope(communeCode);
        indicators.checkYear(scope, year);
        return indicators.warnings(scope, year, Calendar.today(clock));
    }

    @GET
    @Path("dashboard")
    @Operation(summary = "Bảng điều khiển / the dashboard",
            description = "Trong một lần gọi: năm mục tiêu của năm, xu hướng từ năm gốc đến năm cuối của Kế hoạch, mục tiêu 1 theo đơn vị, người "
                    + "tham gia theo giới tính và nhóm đối tượng, cảnh báo.")
    @APIResponse(responseCode = "200", description = "Bảng điều khiển / the dashboard")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DashboardView getDashboard(@QueryParam("year") @NotNull(message = "{field.required}")
            @Min(value = 2000, message = "{year.range}") @Max(value = 2100, message = "{year.range}")
            @Parameter(example = "2026") Integer year,
            @QueryParam("communeCode") @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}")
            @Parameter(example = "03390") String communeCode) {
        AreaScope scope = indicators.scope(communeCode);
        indicators.checkYear(scope, year);
        return indicators.dashboard(scope, year, Calendar.today(clock));
    }
}
