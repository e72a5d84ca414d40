package vn.binhdang.indicators;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an early warning is about. */
@Schema(description = "Loại cảnh báo / kind of warning: LAW_SESSIONS (đơn vị chưa đủ buổi pháp luật), "
        + "ACTION_PLAN_MISSING (chưa nộp kế hoạch Tháng hành động), CONVENTION_NOT_REVIEWED (hương ước chưa rà soát), "
        + "TARGET_AT_RISK (mục tiêu có nguy cơ không đạt)")
public enum WarningKind {
    LAW_SESSIONS,
    ACTION_PLAN_MISSING,
    CONVENTION_NOT_REVIEWED,
    TARGET_AT_RISK
}
