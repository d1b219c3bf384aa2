package vn.dangvu.evaluation;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's own self-assessment for a period: under a year scored by group the points per criteria group of
 * their sheet (in its order) and the excellent grade's extra conditions, otherwise the grade they choose; the
 * reason a Không hoàn thành nhiệm vụ needs. A JavaBean, so that {@code points[1]} binds by setters.
 */
public class SelfAssessmentForm {

    private Rating self;
    private List<BigDecimal> points = new ArrayList<>();
    private boolean aboveRequirement;

    @Size(max = 500)
    private String reason;

    public SelfAssessmentForm() {}

    public SelfAssessmentForm(Rating self, List<BigDecimal> points, boolean aboveRequirement, String reason) {
        this.self = self;
        setPoints(points);
        this.aboveRequirement = aboveRequirement;
        this.reason = reason;
    }

    public Rating getSelf() {
        return self;
    }

    public void setSelf(Rating self) {
        this.self = self;
    }

    public List<BigDecimal> getPoints() {
        return points;
    }

    public void setPoints(List<BigDecimal> points) {
        this.points = points == null ? new ArrayList<>() : new ArrayList<>(points);
    }

    public boolean isAboveRequirement() {
        return aboveRequirement;
    }

    public void setAboveRequirement(boolean aboveRequirement) {
        this.aboveRequirement = aboveRequirement;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
