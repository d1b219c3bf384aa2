package vn.dangvu.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangvu.shared.AuditDetails;
import vn.dangvu.shared.AuditDetails.Kind;

/**
 * Reads the free-text details that entries held before they were stored as {@link AuditDetails} (and
 * that some writers still store), in the formats those writers used: "INTERNAL WITHIN", "2019-01-07",
 * "field: old → new; …", a bare unit or member id. Text in no known format is left as it is.
 */
final class LegacyDetails {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ID = Pattern.compile("\\d+");
    private static final Pattern KIND_DIRECTION = Pattern.compile("([A-Z]+) (WITHIN|IN|OUT)");
    private static final Pattern TEXT_THEN_DATE = Pattern.compile("(.*), (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern DATE_THEN_TEXT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}): (.*)", Pattern.DOTALL);
    private static final Pattern YEAR_THEN_TEXT = Pattern.compile("(\\d{4}): (.*)", Pattern.DOTALL);
    private static final Pattern YEAR_THEN_CODE = Pattern.compile("(\\d{4}): ([A-Z_]+)");
    private static final Pattern ID_ARROW_ID = Pattern.compile("(\\d+) → (\\d+)");
    private static final Pattern ID_THEN_TEXT = Pattern.compile("(\\d+): (.*)", Pattern.DOTALL);
    private static final Pattern NAME_AND_COUNT = Pattern.compile("(.*) \\((\\d+)\\)", Pattern.DOTALL);
    private static final Pattern COUNT_AND_DATE = Pattern.compile("(\\d+), (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern NAME_ROLE_SCOPE = Pattern.compile("(.*), ([A-Z_]+), (\\d+)", Pattern.DOTALL);
    private static final Pattern ARROW = Pattern.compile("(.*) → (.*)", Pattern.DOTALL);
    /** Where one "field: old → new" of a member's changes ends and the next begins. */
    private static final Pattern NEXT_CHANGE = Pattern.compile("; (?=[a-zA-Z]+: )");

    /** The member form's components that hold codes, with the kind (and enum) of their values. */
    private static final Map<String, String[]> MEMBER_FIELDS = Map.ofEntries(
            Map.entry("gender", new String[] {"CODE", "Gender"}),
            Map.entry("group", new String[] {"CODE", "MemberGroup"}),
            Map.entry("status", new String[] {"CODE", "MemberStatus"}),
            Map.entry("birthDate", new String[] {"DATE", null}),
            Map.entry("admittedOn", new String[] {"DATE", null}),
            Map.entry("fullMemberOn", new String[] {"DATE", null}),
            Map.entry("joinedBranchOn", new String[] {"DATE", null}),
            Map.entry("communeCommittee", new String[] {"YES_NO", null}),
            Map.entry("keyLeader", new String[] {"YES_NO", null}),
            Map.entry("districtCommittee", new String[] {"YES_NO", null}),
            Map.entry("branchId", new String[] {"UNIT", null}),
            Map.entry("residenceBranchId", new String[] {"UNIT", null}));

    private LegacyDetails() {}

    /** The details in one of the known formats of {@code type}/{@code action}, or null to show the text as is. */
    static AuditDetails read(String type, String action, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return switch (type + "/" + action) {
                case "TRANSFER/CREATED" ->
                    matching(
                            KIND_DIRECTION,
                            text,
                            m -> AuditDetails.of()
                                    .code("kind", "TransferKind", m.group(1))
                                    .code("direction", "TransferDirection", m.group(2)));
                case "TRANSFER/COMPLETED" ->
                    date(text) ? AuditDetails.of().date("effectiveOn", LocalDate.parse(text)) : null;
                case "TRANSFER/REJECTED", "TRANSFER/CANCELLED" ->
                    AuditDetails.of().text("reason", text);
                case "MEMBER/RESIDENCE" ->
                    id(text) ? AuditDetails.of().unit("residenceBranchId", Long.valueOf(text)) : null;
                case "MEMBER/UPDATED" -> memberChanges(text);
                case "MEMBER/DUTY_ASSIGNED" ->
                    matching(
                            YEAR_THEN_TEXT,
                            text,
                            m -> AuditDetails.of()
                                    .number("year", Long.parseLong(m.group(1)))
                                    .text("duty", m.group(2)));
                case "MEMBER/RATED" ->
                    matching(
                            YEAR_THEN_CODE,
                            text,
                            m -> AuditDetails.of()
                                    .number("year", Long.parseLong(m.group(1)))
                                    .code("rating", "Rating", m.group(2)));
                case "UNIT/DISSOLVED" ->
                    matching(
                            TEXT_THEN_DATE,
                            text,
                            m -> AuditDetails.of()
                                    .text("decision", m.group(1))
                                    .date("dissolvedOn", LocalDate.parse(m.group(2))));
                case "UNIT/RENAMED" ->
                    matching(
                            ARROW,
                            text,
                            m -> AuditDetails.of().changed("name", Kind.TEXT, null, m.group(1), m.group(2)));
                case "UNIT/MEETING" ->
                    matching(
                            DATE_THEN_TEXT,
                            text,
                            m -> AuditDetails.of()
                                    .date("heldOn", LocalDate.parse(m.group(1)))
                                    .text("topic", m.group(2)));
                case "UNIT/ATTENDANCE" -> date(text) ? AuditDetails.of().date("heldOn", LocalDate.parse(text)) : null;
                case "UNIT/EVALUATED" -> id(text) ? AuditDetails.of().number("year", Long.parseLong(text)) : null;
                case "UNIT/LIAISON_ASSIGNED", "UNIT/LIAISON_REMOVED" ->
                    id(text) ? AuditDetails.of().account("liaison", Long.parseLong(text)) : null;
                case "CAMPAIGN/CREATED" ->
                    matching(
                            NAME_AND_COUNT,
                            text,
                            m -> AuditDetails.of()
                                    .text("name", m.group(1))
                                    .number("cohort", Long.parseLong(m.group(2))));
                case "CAMPAIGN/TARGET_CHOSEN" ->
                    matching(
                            ID_ARROW_ID,
                            text,
                            m -> AuditDetails.of()
                                    .member("member", Long.parseLong(m.group(1)))
                                    .unit("target", Long.valueOf(m.group(2))));
                case "CAMPAIGN/EXCLUDED" ->
                    matching(
                            ID_THEN_TEXT,
                            text,
                            m -> AuditDetails.of()
                                    .member("member", Long.parseLong(m.group(1)))
                                    .text("reason", m.group(2)));
                case "CAMPAIGN/INCLUDED" -> id(text) ? AuditDetails.of().member("member", Long.parseLong(text)) : null;
                case "CAMPAIGN/PROPOSED_ALL", "CAMPAIGN/APPROVED_ALL" ->
                    id(text) ? AuditDetails.of().number("count", Long.parseLong(text)) : null;
                case "CAMPAIGN/COMPLETED_ALL" ->
                    matching(
                            COUNT_AND_DATE,
                            text,
                            m -> AuditDetails.of()
                                    .number("count", Long.parseLong(m.group(1)))
                                    .date("effectiveOn", LocalDate.parse(m.group(2))));
                case "DIRECTIVE/CREATED" -> AuditDetails.of().text("number", text);
                case "ACCOUNT/UPDATED", "ACCOUNT/CREATED" ->
                    matching(
                            NAME_ROLE_SCOPE,
                            text,
                            m -> AuditDetails.of()
                                    .text(action.equals("CREATED") ? "username" : "fullName", m.group(1))
                                    .code("role", "Role", m.group(2))
                                    .unit("scopeUnitId", Long.valueOf(m.group(3))));
                default -> null;
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    /** Free text with its ISO dates written dd/MM/yyyy. */
    static String plain(String text) {
        if (text == null) {
            return null;
        }
        return ISO_DATE.matcher(text).replaceAll(m -> {
            try {
                LocalDate date = LocalDate.parse(m.group());
                return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
            } catch (DateTimeParseException e) {
                return m.group();
            }
        });
    }

    /** "field: old → new; …" as the member service wrote it with {@code AuditLog.changes}. */
    private static AuditDetails memberChanges(String text) {
        AuditDetails details = AuditDetails.of();
        for (String change : NEXT_CHANGE.split(text)) {
            int colon = change.indexOf(": ");
            int arrow = change.indexOf(" → ", colon + 1);
            if (colon < 0 || arrow < 0) {
                return null;
            }
            String name = change.substring(0, colon);
            String[] kind = MEMBER_FIELDS.getOrDefault(name, new String[] {"TEXT", null});
            details = details.changed(
                    name,
                    Kind.valueOf(kind[0]),
                    kind[1],
                    nullable(change.substring(colon + 2, arrow)),
                    nullable(change.substring(arrow + 3)));
        }
        return details;
    }

    private static String nullable(String value) {
        return value.equals("null") ? null : value;
    }

    private static boolean date(String text) {
        return ISO_DATE.matcher(text).matches();
    }

    private static boolean id(String text) {
        return ID.matcher(text).matches() && text.length() < 19;
    }

    private static AuditDetails matching(
            Pattern pattern, String text, java.util.function.Function<Matcher, AuditDetails> read) {
        Matcher m = pattern.matcher(text);
        return m.matches() ? read.apply(m) : null;
    }
}
