package vn.binhdang.actionplans;

import vn.binhdang.common.UnitRecordFilter;

/** Filters of the Action-Month plan list: commune, year and unit (by id or code). */
public class ActionMonthPlanFilter extends UnitRecordFilter {
}
