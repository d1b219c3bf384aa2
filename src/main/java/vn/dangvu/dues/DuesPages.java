package vn.dangvu.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.dangvu.dues.domain.Category;
import vn.dangvu.dues.domain.Rate;
import vn.dangvu.dues.domain.Share;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.UnitChoice;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.PageView;

/** The records the dues pages render. */
public final class DuesPages {

    private DuesPages() {}

    /** The dues start page: the branches of the scope, and where to go. */
    public record Start(List<UnitChoice> branches, YearMonth month, DuesPolicy.May may) {}

    /** Rates and shares through time; the forms to add one. */
    public record Rates(List<Category> categories, List<Rate> rates, List<Share> shares, DuesPolicy.May may) {

        public String categoryName(String code) {
            return categories.stream()
                    .filter(c -> c.code().equals(code))
                    .map(Category::name)
                    .findFirst()
                    .orElse(code);
        }
    }

    /** A member's category history and months of a year. */
    public record Member(
            MemberSummary member,
            UnitView branch,
            int year,
            List<AssignmentRow> assignments,
            List<MonthLine> months,
            YearMonth paidThrough,
            long unpaidMonths,
            long owed,
            List<Category> categories,
            DuesPolicy.May may) {}

    public record AssignmentRow(
            String category, String categoryName, Long base, int reductionPercent, YearMonth from, YearMonth to) {}

    /** A branch's month: one row per member, with what is due, paid and remains. */
    public record Month(
            UnitView branch,
            YearMonth month,
            List<MonthRow> rows,
            long totalDue,
            long totalPaid,
            long paidCount,
            DuesPolicy.May may) {

        public YearMonth previous() {
            return month.minusMonths(1);
        }

        public YearMonth next() {
            return month.plusMonths(1);
        }
    }

    public record MonthRow(MemberSummary member, String categoryName, MonthLine line) {

        /** Something is due that month (a member without a category, or exempt, has nothing to tick). */
        public boolean payable() {
            return line != null && line.dueKnown() && line.due() > 0;
        }
    }

    /** Members with unpaid months as of a day. */
    public record Arrears(
            UnitView unit,
            LocalDate asOf,
            boolean groundOnly,
            PageView<ArrearsRow> page,
            long members,
            long membersOnGround,
            long owed) {}

    /**
     * A member in arrears: months not paid in full up to the month before {@code asOf}'s, what they owe, and
     * those of the twelve months before that month ({@code inLastYear}: 3 or more is a ground for removal).
     */
    public record ArrearsRow(
            long memberId,
            String fullName,
            String branchName,
            List<YearMonth> unpaidMonths,
            long owed,
            long inLastYear,
            boolean memberLink) {

        public boolean ground() {
            return inLastYear >= 3;
        }
    }

    /** What was collected and where it went, per month of a year, and per branch for the year. */
    public record Collection(
            UnitView unit,
            int year,
            List<CollectionMonth> months,
            List<CollectionBranch> branches,
            CollectionMonth total,
            boolean sharesSet) {}

    /** A month's money: collected by the branches, kept by them, kept by the grassroots, sent upward. */
    public record CollectionMonth(YearMonth month, long collected, long branchKept, long grassrootsKept, long upward) {}

    public record CollectionBranch(long branchId, String name, long collected, long branchKept, long remitted) {}

    /**
     * The collection list of a branch's month (danh sách thu đảng phí): each member listed that month, the
     * due, and what the branch received from them in the month (for this month, earlier ones or ahead),
     * with the months it paid; the total is what the branch collected that month.
     */
    public record CollectionList(
            UnitView branch, String parentName, YearMonth month, List<ListRow> rows, long totalDue, long collected) {}

    public record ListRow(
            String fullName,
            Integer birthYear,
            String categoryName,
            Long due,
            long received,
            List<YearMonth> months,
            String channel) {}
}
