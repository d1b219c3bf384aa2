package vn.dangvu.shared.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.util.FieldUtils;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Every form field bound with {@code th:field} whose value was refused is marked {@code aria-invalid="true"},
 * so that a screen reader says so on the field itself, whether the field comes from {@code fragments/forms}
 * or is written out in a page. One place instead of an attribute on each field: a field added later cannot
 * forget it.
 */
@Component
class InvalidFieldsDialect extends AbstractProcessorDialect {

    /** Just before {@code th:field} (1700) writes the element, and after {@code th:each} and {@code th:with}. */
    private static final int PRECEDENCE = 1690;

    InvalidFieldsDialect() {
        super("Invalid fields", StandardDialect.PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new MarkInvalid(dialectPrefix));
    }

    private static final class MarkInvalid extends AbstractAttributeTagProcessor {

        MarkInvalid(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "field", true, PRECEDENCE, false);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String field,
                IElementTagStructureHandler structureHandler) {
            if (FieldUtils.getBindStatus(context, field).isError()) {
                structureHandler.setAttribute("aria-invalid", "true");
            }
        }
    }
}
