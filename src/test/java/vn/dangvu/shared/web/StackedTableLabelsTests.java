package vn.dangvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Each cell of a stacked table takes its column's rendered header; other tables are left as they are. */
class StackedTableLabelsTests {

    private final SpringTemplateEngine engine = engine();

    @Test
    void shouldLabelEachCellWithItsColumnsHeaderAsRendered() {
        String html = render("""
                <table class="table table-responsive-stack"><thead><tr>
                <th th:text="'Nơi đi'">x</th><th colspan="2"><a href="/sort">Ngày <abbr title="tháng">th.</abbr></a></th><th>Ghi "chú"</th>
                </tr></thead><tbody><tr>
                <td>A</td><td>1</td><td data-label="Riêng">2</td><th scope="row">B</th>
                </tr></tbody></table>""");
        assertThat(html)
                .contains(
                        "<table class=\"table table-responsive-stack\" role=\"table\"><thead role=\"rowgroup\"><tr role=\"row\">")
                .contains("<th role=\"columnheader\">Nơi đi</th>")
                .contains("<td data-label=\"Nơi đi\" role=\"cell\">A</td>")
                .contains("<td data-label=\"Ngày th.\" role=\"cell\">1</td>")
                .as("a label the page gives itself is kept")
                .contains("<td data-label=\"Riêng\" role=\"cell\">2</td>")
                .contains("<th scope=\"row\" data-label=\"Ghi &quot;chú&quot;\" role=\"rowheader\">B</th>");
    }

    @Test
    void shouldLeaveOtherTablesAndTheirNestedTablesAlone() {
        String html = render("""
                <table class="table"><thead><tr><th>Xã</th></tr></thead><tbody><tr><td>A</td></tr></tbody></table>
                <table class="table-responsive-stack"><thead><tr><th>Xã</th></tr></thead><tbody><tr><td>
                <table><tr><td>trong</td></tr></table></td></tr></tbody></table>""");
        assertThat(html)
                .contains("<table class=\"table\"><thead><tr><th>Xã</th></tr></thead><tbody><tr><td>A</td>")
                .contains("<td data-label=\"Xã\" role=\"cell\">")
                .contains("<table><tr><td>trong</td></tr></table>");
    }

    private String render(String template) {
        return engine.process(template, new Context());
    }

    private static SpringTemplateEngine engine() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        engine.addDialect(new StackedTableLabels());
        return engine;
    }
}
