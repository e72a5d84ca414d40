package vn.binhdang.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging query parameters shared by every list: ?page=0&size=20 (at most 100 a page, at most
 * {@link #MAX_PAGE} pages, so that the offset page × size never overflows).
 */
public class PageParams {
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{page.min}")
    @Max(value = MAX_PAGE, message = "{page.max}")
    @Parameter(description = "Số trang, bắt đầu từ 0 / page number from 0", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "{size.range}")
    @Max(value = 100, message = "{size.range}")
    @Parameter(description = "Số phần tử mỗi trang (1–100) / page size", example = "20")
    public int size;

    public io.quarkus.panache.common.Page toPage() {
        return io.quarkus.panache.common.Page.of(page, size);
    }
}
