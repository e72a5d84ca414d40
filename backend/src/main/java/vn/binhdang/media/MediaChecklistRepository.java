package vn.binhdang.media;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.binhdang.common.Listing;

@ApplicationScoped
public class MediaChecklistRepository implements PanacheRepository<MediaChecklist> {

    public Optional<MediaChecklist> findByNumber(int number) {
        return find("number", number).firstResultOptional();
    }

    public int latestNumber() {
        Integer latest = getEntityManager().createQuery("select max(c.number) from MediaChecklist c", Integer.class)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    /** Every version, the newest first. */
    public Listing<MediaChecklist> all(Page page) {
        return Listing.of(this, "from MediaChecklist c", "", Sort.descending("c.number"), new Parameters(), page);
    }
}
