package vn.dangvu.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The units a user reads, as prefixes of today's materialised paths: one subtree for an account of an
 * active unit, the former subtree of an ended unit (the units under it the day before it ended, wherever
 * they stand today) for an account of an ended one. The prefixes are minimal: none lies under another.
 * Every list that filters by scope renders its condition here, so that one prefix gives exactly the
 * statement (and plan) it always had.
 */
public record Scope(List<String> paths) implements java.io.Serializable {

    public Scope {
        paths = minimal(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("a scope has at least one path");
        }
    }

    /** One subtree. */
    public static Scope of(String path) {
        return new Scope(List.of(path));
    }

    /** Whether a unit with this materialised path lies under one of the prefixes. */
    public boolean covers(String unitPath) {
        return unitPath != null && paths.stream().anyMatch(unitPath::startsWith);
    }

    /**
     * The condition that {@code column} lies in scope, with named parameters {@code param} (one prefix) or
     * {@code param0}, {@code param1}… (several): bind them with {@link #params}.
     */
    public String where(String column, String param) {
        if (paths.size() == 1) {
            return column + " like :" + param;
        }
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < paths.size(); i++) {
            sql.append(i == 0 ? "" : " or ")
                    .append(column)
                    .append(" like :")
                    .append(param)
                    .append(i);
        }
        return sql.append(')').toString();
    }

    private static final java.util.regex.Pattern IN_SCOPE =
            java.util.regex.Pattern.compile("\\{([A-Za-z0-9_.]+) in scope}");

    /**
     * {@code sql} with every {@code {column in scope}} replaced by {@link #where}{@code (column, param)}: a
     * statement written as a text block names its scope condition where it stands.
     */
    public String render(String sql, String param) {
        return IN_SCOPE.matcher(sql)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(where(m.group(1), param)));
    }

    /**
     * The top units the prefixes lie under (the first unit of each path), or none when a prefix lies under
     * no unit: a member search names them so that its index, which starts with a member's top unit (V53),
     * reads only their members' matches.
     */
    public List<Long> topUnitIds() {
        List<Long> tops = new ArrayList<>();
        for (String path : paths) {
            String[] units = path.split("/");
            if (units.length < 2 || units[1].isEmpty()) {
                return List.of();
            }
            Long top = Long.valueOf(units[1]);
            if (!tops.contains(top)) {
                tops.add(top);
            }
        }
        return tops;
    }

    /** The values of the parameters {@link #where} names. */
    public Map<String, Object> params(String param) {
        if (paths.size() == 1) {
            return Map.of(param, paths.get(0) + "%");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            values.put(param + i, paths.get(i) + "%");
        }
        return values;
    }

    /** The paths without those that lie under another one (or repeat it), shortest first. */
    static List<String> minimal(Collection<String> paths) {
        List<String> sorted = paths.stream()
                .filter(p -> p != null && !p.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .toList();
        List<String> kept = new ArrayList<>();
        for (String path : sorted) {
            if (kept.stream().noneMatch(path::startsWith)) {
                kept.add(path);
            }
        }
        return List.copyOf(kept);
    }
}
