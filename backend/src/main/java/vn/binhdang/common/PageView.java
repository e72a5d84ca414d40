package vn.binhdang.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list. Every list of the API is paged. */
public record PageView<T>(
        @Schema(description = "Các phần tử của trang") List<T> items,
        @Schema(description = "Số trang, bắt đầu từ 0", examples = "0") int page,
        @Schema(description = "Số phần tử mỗi trang", examples = "20") int size,
        @Schema(description = "Tổng số phần tử khớp bộ lọc", examples = "14") long totalItems,
        @Schema(description = "Tổng số trang", examples = "1") int totalPages) {

    public static <E, T> PageView<T> of(List<E> entities, Function<E, T> mapper, int page, int size, long total) {
        int pages = (int) ((total + size - 1) / size);
        return new PageView<>(entities.stream().map(mapper).toList(), page, size, total, pages);
    }
}
