package vn.binhdang.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One community group and sex of a round: how many answered, how many were aware or their mean score. */
@Embeddable
public class SurveyResult {
    /** A reference entry of kind AUDIENCE_GROUP available to the round's commune. */
    @Column(name = "group_id", nullable = false)
    public long groupId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 1)
    public Sex sex;

    @Column(nullable = false)
    public int respondents;

    public Integer aware;

    @Column(name = "mean_score", precision = 8, scale = 2)
    public BigDecimal meanScore;

    public SurveyResult() {
    }

    SurveyResult(long groupId, Sex sex, int respondents, Integer aware, BigDecimal meanScore) {
        this.groupId = groupId;
        this.sex = sex;
        this.respondents = respondents;
        this.aware = aware;
        this.meanScore = meanScore;
    }
}
