package vn.binhdang.campaigns;

import java.time.LocalDate;

/** Where a campaign stands today: computed from its dates, so it is never out of date. */
public enum CampaignStatus {
    PLANNED,
    RUNNING,
    FINISHED;

    static CampaignStatus on(LocalDate today, LocalDate start, LocalDate end) {
        if (today.isBefore(start)) {
            return PLANNED;
        }
        return today.isAfter(end) ? FINISHED : RUNNING;
    }
}
