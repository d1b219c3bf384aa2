package vn.dangvu.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an audited change holds, as codes with their kind (a unit id, an enum constant, a date) rather
 * than words, so that the trail can show them in the reader's language: the unit's name, the enum's
 * label, the date as dd/MM/yyyy. Stored as JSON in the audit entry's details; entries written before
 * this existed hold free text, which the trail reads as best it can.
 */
public record AuditDetails(int v, List<Item> items) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How a value is shown. */
    public enum Kind {
        /** Words as typed, shown as they are. */
        TEXT,
        NUMBER,
        /** An ISO date, shown dd/MM/yyyy. */
        DATE,
        /** An enum constant: {@code codeType} is the enum's simple name, shown with its {@code enum.*} label. */
        CODE,
        /** A unit id, shown with the unit's name. */
        UNIT,
        /** A member id, shown with the member's name. */
        MEMBER,
        /** A user account id, shown with its user name. */
        ACCOUNT,
        /** true or false, shown yes or no. */
        YES_NO
    }

    /** One named value, or a change of one ({@code before} → {@code value}) when {@code change}. */
    public record Item(String name, Kind kind, String codeType, boolean change, String before, String value) {}

    public AuditDetails {
        items = List.copyOf(items);
    }

    public static AuditDetails of() {
        return new AuditDetails(1, List.of());
    }

    public AuditDetails text(String name, String value) {
        return with(name, Kind.TEXT, null, value);
    }

    public AuditDetails number(String name, long value) {
        return with(name, Kind.NUMBER, null, String.valueOf(value));
    }

    public AuditDetails date(String name, LocalDate value) {
        return with(name, Kind.DATE, null, value == null ? null : value.toString());
    }

    public AuditDetails code(String name, Enum<?> value) {
        return with(
                name,
                Kind.CODE,
                value == null ? null : value.getDeclaringClass().getSimpleName(),
                name(value));
    }

    /** An enum constant named by its enum's simple name, for values read back from text. */
    public AuditDetails code(String name, String codeType, String value) {
        return with(name, Kind.CODE, codeType, value);
    }

    public AuditDetails unit(String name, Long id) {
        return with(name, Kind.UNIT, null, id == null ? null : id.toString());
    }

    public AuditDetails member(String name, long id) {
        return with(name, Kind.MEMBER, null, String.valueOf(id));
    }

    public AuditDetails account(String name, long id) {
        return with(name, Kind.ACCOUNT, null, String.valueOf(id));
    }

    /** A value that changed from {@code before} to {@code after}, of the kind the values are. */
    public AuditDetails changed(String name, Kind kind, String codeType, String before, String after) {
        List<Item> more = new ArrayList<>(items);
        more.add(new Item(name, kind, codeType, true, before, after));
        return new AuditDetails(v, more);
    }

    private AuditDetails with(String name, Kind kind, String codeType, String value) {
        List<Item> more = new ArrayList<>(items);
        more.add(new Item(name, kind, codeType, false, null, value));
        return new AuditDetails(v, more);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * The changed components of two records of the same type, each with the kind its values have: dates,
     * enum constants, yes/no, and unit ids for components named {@code branchId} or ending in
     * {@code BranchId} or {@code UnitId}. The {@code version} component is left out.
     */
    public static AuditDetails changes(Record before, Record after) {
        AuditDetails details = of();
        for (var component : before.getClass().getRecordComponents()) {
            if (component.getName().equals("version")) {
                continue;
            }
            try {
                Object old = normalise(component.getAccessor().invoke(before));
                Object now = normalise(component.getAccessor().invoke(after));
                if (!Objects.equals(old, now)) {
                    Object sample = old != null ? old : now;
                    details = details.changed(
                            component.getName(),
                            kindOf(component.getName(), sample),
                            codeType(sample),
                            code(old),
                            code(now));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return details;
    }

    private static Kind kindOf(String name, Object sample) {
        if (sample instanceof LocalDate) {
            return Kind.DATE;
        }
        if (sample instanceof Enum<?>) {
            return Kind.CODE;
        }
        if (sample instanceof Boolean) {
            return Kind.YES_NO;
        }
        if (sample instanceof Number) {
            return name.equals("branchId") || name.endsWith("BranchId") || name.endsWith("UnitId")
                    ? Kind.UNIT
                    : Kind.NUMBER;
        }
        return Kind.TEXT;
    }

    private static String codeType(Object sample) {
        return sample instanceof Enum<?> e ? e.getDeclaringClass().getSimpleName() : null;
    }

    private static String code(Object value) {
        return value instanceof Enum<?> e ? e.name() : value == null ? null : value.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Object normalise(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }

    /** The form stored in the audit entry. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** The details stored by {@link #toJson()}, or empty for free text (entries written before, or by hand). */
    public static Optional<AuditDetails> parse(String stored) {
        if (stored == null || !stored.startsWith("{\"v\":")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(stored, AuditDetails.class));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
