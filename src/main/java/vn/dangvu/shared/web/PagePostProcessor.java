package vn.dangvu.shared.web;

import java.util.Set;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.ITemplateHandler;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * A change made to every rendered HTML page after all other processing, by a handler that sees the page element
 * by element (Thymeleaf makes one handler per page); registered as a Spring bean, the app's template engine picks
 * it up.
 */
public abstract class PagePostProcessor extends AbstractDialect implements IPostProcessorDialect {

    private final int precedence;
    private final Class<? extends ITemplateHandler> handler;

    protected PagePostProcessor(String name, int precedence, Class<? extends ITemplateHandler> handler) {
        super(name);
        this.precedence = precedence;
        this.handler = handler;
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return precedence;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, handler, precedence));
    }
}
