package vn.binhdang.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.BatchSize;

/** One of the plan's five targets (Mục tiêu), with its value to reach in each year. */
@Entity
@Table(name = "plan_target")
public class PlanTarget extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    public ProgrammePlan plan;

    @Column(nullable = false)
    public short number;

    /** The plan's own words. */
    @Column(nullable = false)
    public String wording;

    @Column(nullable = false)
    public String responsible;

    @Column(name = "unit_of_measure", nullable = false)
    public String unitOfMeasure;

    /** Target 3 only: whether change is counted in percentage points (POINTS) or relative % (RELATIVE). */
    @Column(name = "change_mode", nullable = false)
    public String changeMode = "POINTS";

    @ElementCollection
    @CollectionTable(name = "plan_target_value", joinColumns = @JoinColumn(name = "target_id"))
    @MapKeyColumn(name = "year")
    @Column(name = "value", nullable = false)
    @OrderBy("year")
    @BatchSize(size = 20)
    public Map<Integer, BigDecimal> yearlyTargets = new TreeMap<>();
}
