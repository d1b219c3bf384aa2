package vn.dangvu.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the register's columns in a file's header row, in any order and spelling of case and accents. */
final class Headers {

    private Headers() {}

    static Map<String, Integer> locate(List<Object> header, List<String> known, List<String> required) {
        Map<String, String> byKey = new HashMap<>();
        known.forEach(name -> byKey.put(RegisterColumns.key(name), name));
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = byKey.get(RegisterColumns.key(CellValues.text(header.get(i))));
            if (name != null) {
                columns.putIfAbsent(name, i);
            }
        }
        List<String> missing =
                required.stream().filter(r -> !columns.containsKey(r)).toList();
        if (!missing.isEmpty()) {
            throw new ImportFailedException("import.missingColumns", String.join(", ", missing));
        }
        return columns;
    }

    static boolean blank(List<Object> cells) {
        return cells.stream().allMatch(c -> CellValues.text(c).isEmpty());
    }
}
