package vn.dangvu.shared.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IText;

/**
 * A list's table stacks its rows into cards on a phone (class {@code table-responsive-stack}, which every list
 * fragment gives its table) and hides its header row there; each cell then carries its column's header as
 * {@code data-label}, which the stylesheet shows before the cell. The label is read from the rendered header
 * (the same message as the column's title), so no page writes it twice. The table's roles are spelled out,
 * because some browsers stop announcing a table as one once CSS lays its rows out as blocks.
 */
@Component
class StackedTableLabels extends PagePostProcessor {

    static final String STACKED = "table-responsive-stack";

    StackedTableLabels() {
        super("stackedTableLabels", 1000, Handler.class);
    }

    /** One page's output, seen element by element after every other processor has run. */
    public static final class Handler extends AbstractTemplateHandler {

        /** The tables open around the current element, innermost first. */
        private final Deque<Table> tables = new ArrayDeque<>();

        private static final class Table {
            final boolean stacked;
            String section = "";
            List<String> labels = List.of();
            List<String> headerRow = new ArrayList<>();
            int column;
            StringBuilder header;
            int headerSpan;

            Table(boolean stacked) {
                this.stacked = stacked;
            }
        }

        @Override
        public void handleOpenElement(IOpenElementTag tag) {
            String name = tag.getElementCompleteName().toLowerCase(Locale.ROOT);
            if (name.equals("table")) {
                String classes = tag.getAttributeValue("class");
                boolean stacked =
                        classes != null && List.of(classes.split("\\s+")).contains(STACKED);
                tables.push(new Table(stacked));
                super.handleOpenElement(stacked ? withRole(tag, "table") : tag);
                return;
            }
            Table table = tables.peek();
            if (table == null || !table.stacked || table.header != null) {
                super.handleOpenElement(tag);
                return;
            }
            super.handleOpenElement(
                    switch (name) {
                        case "thead", "tbody", "tfoot" -> {
                            table.section = name;
                            yield withRole(tag, "rowgroup");
                        }
                        case "tr" -> {
                            table.column = 0;
                            if (table.section.equals("thead")) {
                                table.headerRow = new ArrayList<>();
                            }
                            yield withRole(tag, "row");
                        }
                        case "th", "td" -> cell(table, name, tag);
                        default -> tag;
                    });
        }

        private IOpenElementTag cell(Table table, String name, IOpenElementTag tag) {
            int span = span(tag);
            if (table.section.equals("thead")) {
                table.header = new StringBuilder();
                table.headerSpan = span;
                return withRole(tag, "columnheader");
            }
            String label = table.column < table.labels.size() ? table.labels.get(table.column) : "";
            table.column += span;
            IOpenElementTag labelled = label.isEmpty() || tag.hasAttribute("data-label")
                    ? tag
                    : factory().setAttribute(tag, "data-label", label);
            return withRole(labelled, name.equals("th") ? "rowheader" : "cell");
        }

        @Override
        public void handleText(IText text) {
            Table table = tables.peek();
            if (table != null && table.header != null) {
                table.header.append(text.getText());
            }
            super.handleText(text);
        }

        @Override
        public void handleCloseElement(ICloseElementTag tag) {
            String name = tag.getElementCompleteName().toLowerCase(Locale.ROOT);
            Table table = tables.peek();
            if (table != null && table.stacked) {
                if (name.equals("th") && table.header != null) {
                    // the header as rendered, already escaped for HTML text; a quote would end the attribute
                    String label = table.header
                            .toString()
                            .replaceAll("\\s+", " ")
                            .trim()
                            .replace("\"", "&quot;");
                    for (int i = 0; i < table.headerSpan; i++) {
                        table.headerRow.add(label);
                    }
                    table.header = null;
                } else if (name.equals("tr") && table.section.equals("thead")) {
                    table.labels = List.copyOf(table.headerRow);
                } else if (name.equals("thead") || name.equals("tbody") || name.equals("tfoot")) {
                    table.section = "";
                }
            }
            if (name.equals("table") && table != null) {
                tables.pop();
            }
            super.handleCloseElement(tag);
        }

        private IOpenElementTag withRole(IOpenElementTag tag, String role) {
            return tag.hasAttribute("role") ? tag : factory().setAttribute(tag, "role", role);
        }

        private IModelFactory factory() {
            return getContext().getModelFactory();
        }

        private static int span(IOpenElementTag tag) {
            String colspan = tag.getAttributeValue("colspan");
            try {
                return colspan == null ? 1 : Math.max(1, Integer.parseInt(colspan.trim()));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
