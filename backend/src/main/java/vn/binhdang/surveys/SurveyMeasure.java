package vn.binhdang.surveys;

/** How a survey round measures awareness. */
public enum SurveyMeasure {
    /** Each respondent's score is compared with the round's threshold; a result counts those aware. */
    THRESHOLD,
    /** A result is the mean score of its respondents on the round's scale. */
    MEAN_SCORE
}
