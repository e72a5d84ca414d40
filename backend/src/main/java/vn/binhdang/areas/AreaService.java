package vn.binhdang.areas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.security.CurrentUser;

/** Reads of provinces and communes, limited to the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AreaService {
    @Inject
    AreaRepository areas;

    @Inject
    CurrentUser user;

    /**
     * Communes of the caller's scope; the national administrator, who keeps the country's list, reads every
     * commune of the country (the list only, never a commune's records).
     */
    public PageView<AreaView> communes(String provinceCode, PageParams paging) {
        if (user.isNationalAdmin() && user.provinceCode() == null && user.communeCode() == null) {
            return areas.countryCommunes(provinceCode, paging.toPage()).toPage(AreaView::of, paging);
        }
        return areas.communes(user.readScope(), provinceCode, paging.toPage()).toPage(AreaView::of, paging);
    }
}
