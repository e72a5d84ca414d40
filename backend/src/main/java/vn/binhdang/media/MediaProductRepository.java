package vn.binhdang.media;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import vn.binhdang.common.Listing;
import vn.binhdang.security.ReadScope;

@ApplicationScoped
public class MediaProductRepository implements PanacheRepository<MediaProduct> {
    private static final String FROM = "from MediaProduct m join fetch m.unit u join fetch u.commune c "
            + "join fetch c.parent p left join fetch m.checklist k";

    public Optional<MediaProduct> findFull(long id) {
        return find(FROM + " where m.id = ?1", id).firstResultOptional();
    }

    /** One page of the products the caller may read, the latest published first. */
    public Listing<MediaProduct> list(ReadScope scope, MediaProductFilter filter, Page page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Parameters params = new Parameters();
        scope.restrictToUnit(where, params, "c.code", "p.code", "u.code");
        if (filter.year != null) {
            where.append(" and m.publishedOn between :yearStart and :yearEnd");
            params.and("yearStart", LocalDate.of(filter.year, 1, 1)).and("yearEnd", LocalDate.of(filter.year, 12, 31));
        }
        filter.restrictUnit(where, params, "u");
        if (filter.kind != null) {
            where.append(" and m.kind = :kind");
            params.and("kind", filter.kind);
        }
        if (filter.assessed != null) {
            where.append(filter.assessed ? " and m.passed is not null" : " and m.passed is null");
        }
        if (filter.passed != null) {
            where.append(" and m.passed = :passed");
            params.and("passed", filter.passed);
        }
        return Listing.of(this, FROM, where.toString(),
                Sort.descending("m.publishedOn").and("m.id", Sort.Direction.Descending), params, page);
    }
}
