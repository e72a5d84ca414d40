package vn.binhdang.common;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a filtered list and the filtered total. The page query fetches the joined rows it shows
 * (no query per row); the count runs on the same joins and conditions without fetching.
 */
public record Listing<E>(List<E> rows, long total) {

    /**
     * @param fetchFrom "from X x join fetch …" — the page query's FROM with fetch joins
     * @param where     " where …" with named parameters
     */
    public static <E> Listing<E> of(PanacheRepository<E> repository, String fetchFrom, String where, Sort sort,
            Parameters params, Page page) {
        List<E> rows = repository.find(fetchFrom + where, sort, params).page(page).list();
        long total = repository.count(fetchFrom.replace(" join fetch ", " join ") + where, params);
        return new Listing<>(rows, total);
    }

    public <T> PageView<T> toPage(Function<E, T> mapper, PageParams paging) {
        return PageView.of(rows, mapper, paging.page, paging.size, total);
    }
}
