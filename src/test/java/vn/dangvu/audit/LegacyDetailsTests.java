package vn.dangvu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.shared.AuditDetails;

/** The free-text details of older entries, read into named values; each expected value is written out by hand. */
class LegacyDetailsTests {

    @ParameterizedTest(name = "{0}/{1} \"{2}\"")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            TRANSFER | CREATED           | INTERNAL WITHIN              | kind CODE TransferKind INTERNAL; direction CODE TransferDirection WITHIN
            TRANSFER | CREATED           | INTERNAL SIDEWAYS            | NONE
            TRANSFER | COMPLETED         | 2019-01-07                   | effectiveOn DATE 2019-01-07
            TRANSFER | COMPLETED         | 2019-02-30                   | NONE
            TRANSFER | REJECTED          | Sai hồ sơ                    | reason TEXT Sai hồ sơ
            MEMBER   | RESIDENCE         | 42                           | residenceBranchId UNIT 42
            MEMBER   | RESIDENCE         | 12345678901234567890         | NONE
            MEMBER   | DUTY_ASSIGNED     | 2024: Phụ trách tuyên giáo   | year NUMBER 2024; duty TEXT Phụ trách tuyên giáo
            MEMBER   | RATED             | 2023: EXCELLENT              | year NUMBER 2023; rating CODE Rating EXCELLENT
            MEMBER   | RATED             | 2023: xuất sắc               | NONE
            UNIT     | DISSOLVED         | 12-QĐ/HU, 2020-06-30         | decision TEXT 12-QĐ/HU; dissolvedOn DATE 2020-06-30
            UNIT     | DISSOLVED         | 12-QĐ/HU, 2020-13-01         | NONE
            UNIT     | MEETING           | 2024-03-15: Học nghị quyết   | heldOn DATE 2024-03-15; topic TEXT Học nghị quyết
            UNIT     | EVALUATED         | 2024                         | year NUMBER 2024
            UNIT     | LIAISON_ASSIGNED  | 7                            | liaison ACCOUNT 7
            CAMPAIGN | CREATED           | Đợt chuyển khối (120)        | name TEXT Đợt chuyển khối; cohort NUMBER 120
            CAMPAIGN | TARGET_CHOSEN     | 15 → 3                       | member MEMBER 15; target UNIT 3
            CAMPAIGN | EXCLUDED          | 15: Đang ốm                  | member MEMBER 15; reason TEXT Đang ốm
            CAMPAIGN | INCLUDED          | 15                           | member MEMBER 15
            CAMPAIGN | APPROVED_ALL      | 9                            | count NUMBER 9
            CAMPAIGN | COMPLETED_ALL     | 9, 2019-01-07                | count NUMBER 9; effectiveOn DATE 2019-01-07
            DIRECTIVE| CREATED           | 05-CV/HU                     | number TEXT 05-CV/HU
            ACCOUNT  | CREATED           | bithu.ap1, BRANCH_SECRETARY, 4 | username TEXT bithu.ap1; role CODE Role BRANCH_SECRETARY; scopeUnitId UNIT 4
            ACCOUNT  | UPDATED           | Nguyễn Văn A, DISTRICT_STAFF, 1 | fullName TEXT Nguyễn Văn A; role CODE Role DISTRICT_STAFF; scopeUnitId UNIT 1
            ACCOUNT  | UPDATED           | Nguyễn Văn A, DISTRICT_STAFF, x | NONE
            UNIT     | SOMETHING_ELSE    | 2024                         | NONE
            """)
    void shouldReadEachKnownFormatAndLeaveOtherTextAlone(String type, String action, String text, String expected) {
        assertThat(shown(LegacyDetails.read(type.strip(), action.strip(), text.strip())))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Thị trấn → Thị trấn Tân Hòa | name TEXT change Thị trấn → Thị trấn Tân Hòa
            """)
    void shouldReadARenamingAsAChange(String text, String expected) {
        assertThat(shown(LegacyDetails.read("UNIT", "RENAMED", text.strip()))).isEqualTo(expected);
    }

    private static String shown(AuditDetails details) {
        if (details == null) {
            return null;
        }
        return details.items().stream()
                .map(i -> i.name() + " " + i.kind() + (i.codeType() == null ? "" : " " + i.codeType())
                        + (i.change() ? " change " + i.before() + " →" : "") + " " + i.value())
                .collect(Collectors.joining("; "));
    }
}
