package vn.binhdang.surveys;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import vn.binhdang.areas.Area;
import vn.binhdang.common.AuditedEntity;

/**
 * A survey of community groups' awareness of gender equality (target 3): the 2025 baseline, then
 * later rounds compared with it. Only aggregates are kept — never a respondent's answers.
 */
@Entity
@Table(name = "survey_round")
public class SurveyRound extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id", nullable = false, updatable = false)
    public Area commune;

    @Column(nullable = false)
    public String name;

    @Column(name = "conducted_on", nullable = false)
    public LocalDate conductedOn;

    /** The year of {@link #conductedOn}, kept for the indicators' yearly queries. */
    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String method;

    @Column(nullable = false)
    public boolean baseline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SurveyMeasure measure;

    @Column(precision = 8, scale = 2)
    public BigDecimal threshold;

    @Column(name = "scale_max", precision = 8, scale = 2)
    public BigDecimal scaleMax;

    @ElementCollection
    @CollectionTable(name = "survey_result", joinColumns = @JoinColumn(name = "round_id"))
    @BatchSize(size = 50)
    public List<SurveyResult> results = new ArrayList<>();
}
