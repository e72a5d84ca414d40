package vn.binhdang.campaigns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import vn.binhdang.areas.Area;
import vn.binhdang.common.AuditedEntity;
import vn.binhdang.units.Unit;

/** A themed communication campaign of a commune, usually at one of the plan's peaks. */
@Entity
@Table(name = "campaign")
public class Campaign extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id", nullable = false, updatable = false)
    public Area commune;

    @Column(nullable = false)
    public String name;

    public String theme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Occasion occasion;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(nullable = false)
    public int year;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_unit_id")
    public Unit leadUnit;

    @ManyToMany
    @JoinTable(name = "campaign_unit", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @BatchSize(size = 50)
    public Set<Unit> participatingUnits = new LinkedHashSet<>();

    @Column(name = "task_groups", nullable = false)
    public Integer[] taskGroups = new Integer[0];

    public String description;

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
