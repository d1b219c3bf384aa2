package vn.dangvu.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.dangvu.dues.loading.DuesLoader;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;

/**
 * Dues for the demo district since January 2024: every member has a category and base by their group
 * (pensioners 0.5% of a pension, those paid by the commune 1% of a salary, farmers and others a flat
 * amount), and pays month by month until last month, some pensioners a quarter ahead; about one member in
 * 37 stopped paying three to five months ago (the ground for removal from the list), one in 23 is a month
 * or two behind. Bases and the farmers' amount are made up: the amount is entered as an illustrative rate.
 */
@Component
@RequiredArgsConstructor
class DemoDues {

    static final YearMonth FIRST = YearMonth.of(2024, 1);

    private final DuesLoader dues;
    private final OrganisationService organisation;
    private final MemberService members;

    void load(UnitView district, LocalDate today) {
        dues.addRate(
                "FARMER",
                "Mức minh họa của dữ liệu mẫu",
                null,
                5_000L,
                LocalDate.of(2011, 1, 1),
                "Dữ liệu mẫu: mức của nông dân, lao động tự do chưa được đối chiếu với văn bản.");
        Random random = new Random(2024);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        List<DuesLoader.Assigned> assigned = new ArrayList<>();
        List<DuesLoader.Paid> paid = new ArrayList<>();
        int n = 0;
        for (UnitView branch : organisation.subtreeOfKinds(district.path(), UnitKind.BRANCH_KINDS, true)) {
            for (MemberSummary member : members.inBranchDuring(branch.id(), today, today)) {
                if (member.hasLeft()) {
                    continue;
                }
                n++;
                String category = category(member.group());
                Long base = switch (category) {
                    case "PENSION" -> 4_000_000L + 1_000L * random.nextInt(4_000);
                    case "SALARY" -> 5_000_000L + 1_000L * random.nextInt(4_000);
                    default -> null;
                };
                assigned.add(new DuesLoader.Assigned(member.id(), category, base, FIRST));
                YearMonth stop = last;
                if (n % 37 == 0) {
                    stop = last.minusMonths(3 + n % 3);
                } else if (n % 23 == 0) {
                    stop = last.minusMonths(1 + n % 2);
                }
                boolean quarterly = category.equals("PENSION") && n % 2 == 0;
                YearMonth month = FIRST;
                while (!month.isAfter(stop)) {
                    YearMonth to = quarterly ? month.plusMonths(2) : month;
                    if (to.isAfter(stop)) {
                        to = stop;
                    }
                    LocalDate paidOn = month.atDay(5 + random.nextInt(20));
                    if (paidOn.isAfter(today)) {
                        paidOn = today;
                    }
                    boolean online = !month.isBefore(YearMonth.of(2026, 2)) && random.nextInt(5) == 0;
                    paid.add(new DuesLoader.Paid(
                            member.id(),
                            month,
                            to,
                            paidOn,
                            online ? "ONLINE" : "CASH",
                            online ? String.format("DVC%010d", random.nextInt(1_000_000_000)) : null));
                    month = to.plusMonths(1);
                }
            }
        }
        dues.assignAll(assigned);
        dues.payAll(paid);
    }

    private static String category(MemberGroup group) {
        return switch (group) {
            case RETIRED -> "PENSION";
            case FARMER_OTHER -> "FARMER";
            default -> "SALARY";
        };
    }
}
