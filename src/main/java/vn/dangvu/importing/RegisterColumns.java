package vn.dangvu.importing;

import java.util.List;
import vn.dangvu.shared.Texts;

/**
 * The headers of the registers, as districts write them in Excel. An export uses them, an import finds
 * them in any order, ignoring case, diacritics, spacing and slashes. Any other column is ignored: so are
 * the yes/no columns "Ủy viên BCH Đảng bộ xã" and "Lãnh đạo chủ chốt" of older registers, because a
 * committee seat is a dated period (role, unit, term, from, to) that a yes in a cell cannot give; it is
 * entered on the member's page. The export's last column, "Cấp ủy", names the seats held on the day of the
 * export; it is derived from those periods, so the import ignores it too.
 */
public final class RegisterColumns {

    public static final String FULL_NAME = "Họ và tên";
    public static final String BIRTH_DATE = "Ngày sinh";
    public static final String GENDER = "Giới tính";
    public static final String ID_NUMBER = "Số định danh cá nhân";
    public static final String PARTY_CARD = "Số thẻ đảng viên";
    public static final String ADMITTED = "Ngày vào Đảng";
    public static final String FULL_MEMBER = "Ngày chính thức";
    public static final String COMMUNE = "Xã/Thị trấn";
    public static final String BRANCH = "Chi bộ đang sinh hoạt";
    public static final String RESIDENCE = "Ấp/Khóm nơi cư trú";
    public static final String POSITION = "Chức vụ";
    public static final String WORKPLACE = "Nơi công tác";
    public static final String GROUP = "Nhóm đảng viên";
    public static final String COMMITTEES = "Cấp ủy";
    /** "Dự bị" or "Chính thức": must agree with the full-membership date. */
    public static final String MEMBERSHIP = "Dự bị/Chính thức";

    public static final String EXEMPTION_KIND = "Miễn sinh hoạt: loại";
    public static final String EXEMPTION_FROM = "Miễn sinh hoạt từ ngày";
    public static final String EXEMPTION_TO = "Miễn sinh hoạt đến ngày";
    public static final String EXEMPTION_RESOLUTION = "Số nghị quyết miễn sinh hoạt";
    public static final String EXEMPTION_RESOLUTION_ON = "Ngày nghị quyết miễn sinh hoạt";
    public static final String EXEMPTION_DECIDED_BY = "Cơ quan quyết định miễn sinh hoạt";

    public static final String LEFT_REASON = "Hình thức giảm đảng viên";
    public static final String LEFT_ON = "Ngày ra khỏi Đảng";
    public static final String LEFT_GROUND = "Căn cứ xóa tên";
    public static final String LEFT_DECISION = "Số quyết định giảm";
    public static final String LEFT_DECISION_ON = "Ngày quyết định giảm";
    public static final String LEFT_DECIDED_BY = "Cơ quan quyết định giảm";

    /** The exemption's columns: all empty, or one exemption (the one that lasts today, in an export). */
    public static final List<String> EXEMPTION = List.of(
            EXEMPTION_KIND,
            EXEMPTION_FROM,
            EXEMPTION_TO,
            EXEMPTION_RESOLUTION,
            EXEMPTION_RESOLUTION_ON,
            EXEMPTION_DECIDED_BY);

    /** The leaving's columns: all empty, or how the member left the Party. */
    public static final List<String> LEAVING =
            List.of(LEFT_REASON, LEFT_ON, LEFT_GROUND, LEFT_DECISION, LEFT_DECISION_ON, LEFT_DECIDED_BY);

    /** The member columns an import reads, and its template offers. */
    public static final List<String> MEMBERS_IMPORTED = List.of(
            FULL_NAME,
            BIRTH_DATE,
            GENDER,
            ID_NUMBER,
            PARTY_CARD,
            ADMITTED,
            FULL_MEMBER,
            COMMUNE,
            BRANCH,
            RESIDENCE,
            POSITION,
            WORKPLACE,
            GROUP,
            MEMBERSHIP,
            EXEMPTION_KIND,
            EXEMPTION_FROM,
            EXEMPTION_TO,
            EXEMPTION_RESOLUTION,
            EXEMPTION_RESOLUTION_ON,
            EXEMPTION_DECIDED_BY,
            LEFT_REASON,
            LEFT_ON,
            LEFT_GROUND,
            LEFT_DECISION,
            LEFT_DECISION_ON,
            LEFT_DECIDED_BY);

    /** The member columns of an export: those an import reads, then the derived seats. */
    public static final List<String> MEMBERS = java.util.stream.Stream.concat(
                    MEMBERS_IMPORTED.stream(), java.util.stream.Stream.of(COMMITTEES))
            .toList();

    /** The columns a member row cannot do without. */
    public static final List<String> MEMBERS_REQUIRED =
            List.of(FULL_NAME, BIRTH_DATE, GENDER, ID_NUMBER, ADMITTED, COMMUNE, BRANCH, GROUP);

    public static final String BRANCH_NAME = "Tên chi bộ";
    public static final String BRANCH_KIND = "Loại chi bộ";

    public static final List<String> BRANCHES = List.of(COMMUNE, BRANCH_NAME, BRANCH_KIND);

    public static final String DUES_MEMBER = "Số định danh cá nhân hoặc số thẻ đảng viên";
    public static final String DUES_MONTH = "Tháng";
    public static final String DUES_AMOUNT = "Số tiền đã nộp";
    public static final String DUES_PAID_ON = "Ngày nộp";
    public static final String DUES_CHANNEL = "Hình thức nộp";
    public static final String DUES_REFERENCE = "Mã giao dịch";

    /** The columns of a dues sheet: the reference is the portal's, for online payments only. */
    public static final List<String> DUES =
            List.of(DUES_MEMBER, DUES_MONTH, DUES_AMOUNT, DUES_PAID_ON, DUES_CHANNEL, DUES_REFERENCE);

    public static final List<String> DUES_REQUIRED =
            List.of(DUES_MEMBER, DUES_MONTH, DUES_AMOUNT, DUES_PAID_ON, DUES_CHANNEL);

    private RegisterColumns() {}

    /** How a header or a name compares: folded, without spaces and slashes. */
    public static String key(String header) {
        return Texts.fold(header).replaceAll("[\\s/_.,;:()-]+", "");
    }
}
