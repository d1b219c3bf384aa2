package vn.dangvu.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dangvu.branchwork.BranchWorkViews;
import vn.dangvu.member.MembershipChanges;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.transfer.CampaignService;

/**
 * The leaders' summary of a scope as of a date: what the district report asks, in figures. {@code updating}:
 * some figures were computed before the latest writes, which another request is adding in.
 */
public record Summary(
        UnitView scope,
        LocalDate asOf,
        List<CampaignService.CampaignFigures> campaigns,
        long totalMoved,
        BranchWorkViews.DutyCoverage duties,
        BranchWorkViews.MeetingFigures meetings,
        List<CommuneRow> communes,
        List<BranchWorkViews.YearFigures> trend,
        Map<String, Long> engagement,
        MemberChanges memberChanges,
        BranchWorkViews.Compliance compliance,
        boolean updating) {

    /**
     * Tăng, giảm đảng viên from {@code from} to the day read, for the scope (first row) and each of its
     * communes of that day.
     */
    public record MemberChanges(LocalDate from, LocalDate to, List<MembershipChanges.Row> rows) {

        /** The communes' rows, without the scope's. */
        public List<MembershipChanges.Row> communes() {
            return rows.stream().filter(r -> !r.whole()).toList();
        }

        /** The scope's row, then these of its communes' rows (a page of them). */
        public List<MembershipChanges.Row> wholeAnd(List<MembershipChanges.Row> communes) {
            return java.util.stream.Stream.concat(rows.stream().filter(MembershipChanges.Row::whole), communes.stream())
                    .toList();
        }
    }

    /**
     * One commune in the comparison: rates in whole percent for the page, the moved members' bar length in
     * percent of the chart's width, and the rates as exact fractions for the workbook.
     */
    public record CommuneRow(
            long communeId,
            String name,
            long moved,
            long dutyCoverage,
            long attendanceRate,
            long directingTone,
            int movedBar,
            double dutyShare,
            double attendanceShare,
            LocalDate since) {}

    /**
     * The communes established within the year read (since 1/7/2025, say): their rows count the whole year
     * of the branches they hold, the days under their predecessors included, and the page says so.
     */
    public List<CommuneRow> communesSinceInYear() {
        return communes.stream().filter(c -> c.since() != null).toList();
    }

    private long maxTrendMeetings() {
        return trend.stream()
                .mapToLong(BranchWorkViews.YearFigures::meetings)
                .max()
                .orElse(0);
    }

    /** One bar of a chart: its label, its length in percent of the longest, and the figure written after it. */
    public record ChartBar(String label, int percent, String figure) {}

    /** The members moved, one bar per commune. */
    public List<ChartBar> movedChart() {
        return movedChart(communes);
    }

    /** The members moved, one bar per commune of these (a page of them), on the scale of all communes. */
    public List<ChartBar> movedChart(List<CommuneRow> communes) {
        return communes.stream()
                .map(c -> new ChartBar(c.name(), c.movedBar(), String.valueOf(c.moved())))
                .toList();
    }

    /** The meetings held per year, with the year's attendance rate after each bar. */
    public List<ChartBar> trendChart() {
        long max = maxTrendMeetings();
        return trend.stream()
                .map(y -> new ChartBar(
                        String.valueOf(y.year()),
                        max == 0 ? 0 : (int) (y.meetings() * 100 / max),
                        y.meetings() + " · " + y.attendanceRate() + "%"))
                .toList();
    }
}
