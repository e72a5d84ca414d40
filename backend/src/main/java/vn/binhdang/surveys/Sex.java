package vn.binhdang.surveys;

/** Sex of the respondents a survey result counts. */
public enum Sex {
    M,
    F
}
