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

    /**
     * The fields of the branch work's corrections and removals ({@code AuditLog.changes} and
     * {@code AuditLog.values} of the meeting, guest and duty forms, with the removal's reason and counts).
     */
    private static final Map<String, String[]> MEETING_FIELDS = Map.of(
            "reason", new String[] {"TEXT", null},
            "heldOn", new String[] {"DATE", null},
            "kind", new String[] {"CODE", "MeetingKind"},
            "topic", new String[] {"TEXT", null},
            "resolution", new String[] {"TEXT", null},
            "attendance", new String[] {"TEXT", null},
            "guests", new String[] {"NUMBER", null});

    private static final Map<String, String[]> GUEST_FIELDS = Map.of(
            "reason", new String[] {"TEXT", null},
            "heldOn", new String[] {"DATE", null},
            "kind", new String[] {"CODE", "GuestKind"},
            "name", new String[] {"TEXT", null},
            "comment", new String[] {"TEXT", null});

    private static final Map<String, String[]> DUTY_FIELDS = Map.of(
            "reason", new String[] {"TEXT", null},
            "year", new String[] {"NUMBER", null},
            "field", new String[] {"TEXT", null},
            "title", new String[] {"TEXT", null},
            "description", new String[] {"TEXT", null},
            "status", new String[] {"CODE", "DutyStatus"},
            "resultNote", new String[] {"TEXT", null},
            "assessment", new String[] {"TEXT", null});

    /** Between what a correction's entry names (the record as it was) and what it changed. */
    private static final String HEAD_AND_CHANGES = " — ";

    private LegacyDetails() {}

    /** The details in one of the known formats of {@code type}/{@code action}, or null to show the text as is. */
    static AuditDetails read(String type, String action, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return switch (type + "/" + action) {
                case "TRANSFER/CREATED" ->
                    groups(KIND_DIRECTION, text, code("kind", "TransferKind"), code("direction", "TransferDirection"));
                case "TRANSFER/COMPLETED" ->
                    isDate(text) ? AuditDetails.of().date("effectiveOn", LocalDate.parse(text)) : null;
                case "TRANSFER/REJECTED", "TRANSFER/CANCELLED" ->
                    AuditDetails.of().text("reason", text);
                case "MEMBER/RESIDENCE" ->
                    isId(text) ? AuditDetails.of().unit("residenceBranchId", Long.valueOf(text)) : null;
                case "MEMBER/UPDATED" -> memberChanges(text);
                case "MEMBER/DUTY_ASSIGNED" -> groups(YEAR_THEN_TEXT, text, number("year"), text("duty"));
                case "MEMBER/RATED" -> groups(YEAR_THEN_CODE, text, number("year"), code("rating", "Rating"));
                case "UNIT/DISSOLVED" -> groups(TEXT_THEN_DATE, text, text("decision"), date("dissolvedOn"));
                case "UNIT/RENAMED" ->
                    matching(
                            ARROW,
                            text,
                            m -> AuditDetails.of().changed("name", Kind.TEXT, null, m.group(1), m.group(2)));
                case "UNIT/MEETING" -> groups(DATE_THEN_TEXT, text, date("heldOn"), text("topic"));
                case "UNIT/MEETING_UPDATED" ->
                    headedChanges(text, DATE_THEN_TEXT, date("heldOn"), text("topic"), MEETING_FIELDS);
                case "UNIT/MEETING_REMOVED" -> values(text, MEETING_FIELDS);
                case "UNIT/GUEST_ADDED" -> groups(DATE_THEN_TEXT, text, date("heldOn"), text("guest"));
                case "UNIT/GUEST_UPDATED" ->
                    headedChanges(text, DATE_THEN_TEXT, date("heldOn"), text("guest"), GUEST_FIELDS);
                case "UNIT/GUEST_REMOVED" -> values(text, GUEST_FIELDS);
                case "MEMBER/DUTY_UPDATED" ->
                    headedChanges(text, YEAR_THEN_TEXT, number("year"), text("duty"), DUTY_FIELDS);
                case "MEMBER/DUTY_REMOVED" -> values(text, DUTY_FIELDS);
                case "UNIT/ATTENDANCE" -> isDate(text) ? AuditDetails.of().date("heldOn", LocalDate.parse(text)) : null;
                case "UNIT/EVALUATED" -> isId(text) ? AuditDetails.of().number("year", Long.parseLong(text)) : null;
                case "UNIT/LIAISON_ASSIGNED", "UNIT/LIAISON_REMOVED" ->
                    isId(text) ? AuditDetails.of().account("liaison", Long.parseLong(text)) : null;
                case "CAMPAIGN/CREATED" -> groups(NAME_AND_COUNT, text, text("name"), number("cohort"));
                case "CAMPAIGN/TARGET_CHOSEN" -> groups(ID_ARROW_ID, text, member("member"), unit("target"));
                case "CAMPAIGN/EXCLUDED" -> groups(ID_THEN_TEXT, text, member("member"), text("reason"));
                case "CAMPAIGN/INCLUDED" ->
                    isId(text) ? AuditDetails.of().member("member", Long.parseLong(text)) : null;
                case "CAMPAIGN/PROPOSED_ALL", "CAMPAIGN/APPROVED_ALL" ->
                    isId(text) ? AuditDetails.of().number("count", Long.parseLong(text)) : null;
                case "CAMPAIGN/COMPLETED_ALL" -> groups(COUNT_AND_DATE, text, number("count"), date("effectiveOn"));
                case "DIRECTIVE/CREATED" -> AuditDetails.of().text("number", text);
                case "ACCOUNT/UPDATED", "ACCOUNT/CREATED" ->
                    groups(
                            NAME_ROLE_SCOPE,
                            text,
                            text(action.equals("CREATED") ? "username" : "fullName"),
                            code("role", "Role"),
                            unit("scopeUnitId"));
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

    /**
     * "head — field: old → new; …": the record as it was (read by {@code format} into {@code first} and
     * {@code second}), then its changes; null when a part is in no known form or names a field not in
     * {@code fields}.
     */
    private static AuditDetails headedChanges(
            String text, Pattern format, Group first, Group second, Map<String, String[]> fields) {
        int split = text.indexOf(HEAD_AND_CHANGES);
        if (split < 0) {
            return null;
        }
        AuditDetails details = groups(format, text.substring(0, split), first, second);
        if (details == null) {
            return null;
        }
        for (String change : NEXT_CHANGE.split(text.substring(split + HEAD_AND_CHANGES.length()))) {
            int colon = change.indexOf(": ");
            int arrow = change.indexOf(" → ", colon + 1);
            String[] kind = colon < 0 ? null : fields.get(change.substring(0, colon));
            if (kind == null || arrow < 0) {
                return null;
            }
            details = details.changed(
                    change.substring(0, colon),
                    Kind.valueOf(kind[0]),
                    kind[1],
                    nullable(change.substring(colon + 2, arrow)),
                    nullable(change.substring(arrow + 3)));
        }
        return details;
    }

    /** "field: value; …" as a removal wrote what it took away; null when it names a field not in {@code fields}. */
    private static AuditDetails values(String text, Map<String, String[]> fields) {
        AuditDetails details = AuditDetails.of();
        for (String part : NEXT_CHANGE.split(text)) {
            int colon = part.indexOf(": ");
            String[] kind = colon < 0 ? null : fields.get(part.substring(0, colon));
            if (kind == null) {
                return null;
            }
            String name = part.substring(0, colon);
            String value = part.substring(colon + 2);
            details = switch (Kind.valueOf(kind[0])) {
                case DATE -> details.date(name, LocalDate.parse(value));
                case NUMBER -> details.number(name, Long.parseLong(value));
                case CODE -> details.code(name, kind[1], value);
                default -> details.text(name, value);
            };
        }
        return details;
    }

    private static String nullable(String value) {
        return value.equals("null") ? null : value;
    }

    private static boolean isDate(String text) {
        return ISO_DATE.matcher(text).matches();
    }

    private static boolean isId(String text) {
        return ID.matcher(text).matches() && text.length() < 19;
    }

    /** One way a group of a format is kept in the details: under its name, read as its kind of value. */
    private interface Group {
        AuditDetails add(AuditDetails details, String value);
    }

    /** The groups of a text in {@code format}, each kept as {@code groups} says in turn; null when it is not. */
    private static AuditDetails groups(Pattern format, String text, Group... groups) {
        Matcher m = format.matcher(text);
        if (!m.matches()) {
            return null;
        }
        AuditDetails details = AuditDetails.of();
        for (int i = 0; i < groups.length; i++) {
            details = groups[i].add(details, m.group(i + 1));
        }
        return details;
    }

    private static Group text(String name) {
        return (details, value) -> details.text(name, value);
    }

    private static Group number(String name) {
        return (details, value) -> details.number(name, Long.parseLong(value));
    }

    private static Group date(String name) {
        return (details, value) -> details.date(name, LocalDate.parse(value));
    }

    private static Group code(String name, String codeType) {
        return (details, value) -> details.code(name, codeType, value);
    }

    private static Group unit(String name) {
        return (details, value) -> details.unit(name, Long.valueOf(value));
    }

    private static Group member(String name) {
        return (details, value) -> details.member(name, Long.parseLong(value));
    }

    private static AuditDetails matching(
            Pattern pattern, String text, java.util.function.Function<Matcher, AuditDetails> read) {
        Matcher m = pattern.matcher(text);
        return m.matches() ? read.apply(m) : null;
    }
}
