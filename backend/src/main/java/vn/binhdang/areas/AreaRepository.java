package vn.binhdang.areas;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.binhdang.common.Listing;
import vn.binhdang.common.Search;
import vn.binhdang.security.ReadScope;

@ApplicationScoped
public class AreaRepository implements PanacheRepository<Area> {

    public Optional<Area> findByCode(String code) {
        return find("from Area a left join fetch a.parent where a.code = ?1", code).firstResultOptional();
    }

    public Optional<Area> findCommune(String code) {
        return find("from Area a join fetch a.parent where a.code = ?1 and a.level = ?2", code, AreaLevel.COMMUNE)
                .firstResultOptional();
    }

    public Optional<Area> findVillage(long id) {
        return find("from Area v join fetch v.parent c join fetch c.parent where v.id = ?1 and v.level = ?2",
                id, AreaLevel.VILLAGE).firstResultOptional();
    }


    public boolean codeExists(String code) {
        return count("code", code) > 0;
    }

    /** Communes the caller may read, optionally of one province. */
    public Listing<Area> communes(ReadScope scope, String provinceCode, Page page) {
        StringBuilder where = new StringBuilder(" where a.level = :level");
        Parameters params = Parameters.with("level", AreaLevel.COMMUNE);
        scope.restrict(where, params, "a.code", "p.code");
        if (provinceCode != null) {
            where.append(" and p.code = :province");
            params.and("province", provinceCode);
        }
        return Listing.of(this, "from Area a join fetch a.parent p", where.toString(), Sort.by("a.name").and("a.id"),
                params, page);
    }

    /** Every commune of the country, optionally of one province (the national list; no records). */
    public Listing<Area> countryCommunes(String provinceCode, Page page) {
        StringBuilder where = new StringBuilder(" where a.level = :level");
        Parameters params = Parameters.with("level", AreaLevel.COMMUNE);
        if (provinceCode != null) {
            where.append(" and p.code = :province");
            params.and("province", provinceCode);
        }
        return Listing.of(this, "from Area a join fetch a.parent p", where.toString(), Sort.by("a.name").and("a.id"),
                params, page);
    }

    /** Villages the caller may read, with optional commune and diacritic-insensitive text filters. */
    public Listing<Area> villages(ReadScope scope, String text, Sort sort, Page page) {
        StringBuilder where = new StringBuilder(" where v.level = :level");
        Parameters params = Parameters.with("level", AreaLevel.VILLAGE);
        scope.restrict(where, params, "c.code", "p.code");
        Search.addWords(where, params, "v.searchText", text);
        return Listing.of(this, "from Area v join fetch v.parent c join fetch c.parent p", where.toString(), sort,
                params, page);
    }
}
