package vn.binhdang.sessions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sums over every session matching a filter (not just one page). */
@Schema(description = "Tổng của các buổi khớp bộ lọc / totals of the filtered sessions")
public record SessionTotals(
        @Schema(examples = "126") long sessions,
        @Schema(examples = "1830") long participantsMale,
        @Schema(examples = "2214") long participantsFemale,
        @Schema(examples = "4044") long participantsTotal,
        @Schema(examples = "3120") long ethnicMinorityParticipants,
        @Schema(description = "Số đơn vị có buổi", examples = "14") long units) {
}
