package vn.dangvu.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dangvu.shared.MenuGroup;
import vn.dangvu.shared.MenuItem;

/**
 * The main menu as the layout shows it: Home, then the non-empty groups in {@link MenuGroup} order, each
 * with its entries most used first. The entry of the page being shown, and its group, are marked current.
 */
public record Menu(Entry home, List<Group> groups) {

    public record Group(String labelKey, boolean current, List<Entry> entries) {

        /** A group of one entry is shown as that entry's link rather than as a list to open. */
        public boolean single() {
            return entries.size() == 1;
        }
    }

    public record Entry(String labelKey, String path, boolean current) {}

    /** Groups the items, and marks current the entry whose path is the longest that the request path starts with. */
    static Menu of(List<MenuItem> items, String requestPath) {
        return of(items, requestPath, "/");
    }

    /** As {@link #of(List, String)}, with Home at {@code homePath} (a member's own account: {@code /me}). */
    static Menu of(List<MenuItem> items, String requestPath, String homePath) {
        String current = currentPath(items, requestPath);
        Map<MenuGroup, List<MenuItem>> byGroup = new EnumMap<>(MenuGroup.class);
        for (MenuItem item : items) {
            byGroup.computeIfAbsent(item.group(), g -> new ArrayList<>()).add(item);
        }
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((group, members) -> {
            List<Entry> entries = members.stream()
                    .sorted(Comparator.comparingInt(MenuItem::order).thenComparing(MenuItem::labelKey))
                    .map(i -> new Entry(i.labelKey(), i.path(), i.path().equals(current)))
                    .toList();
            groups.add(new Group(
                    "nav.group." + group.name().toLowerCase(Locale.ROOT),
                    entries.stream().anyMatch(Entry::current),
                    entries));
        });
        return new Menu(new Entry("nav.home", homePath, homePath.equals(requestPath)), List.copyOf(groups));
    }

    private static String currentPath(List<MenuItem> items, String requestPath) {
        String best = null;
        for (MenuItem item : items) {
            String path = item.path();
            boolean matches = requestPath.equals(path) || requestPath.startsWith(path + "/");
            if (matches && (best == null || path.length() > best.length())) {
                best = path;
            }
        }
        return best;
    }
}
