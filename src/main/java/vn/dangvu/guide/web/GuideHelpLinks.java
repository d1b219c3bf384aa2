package vn.dangvu.guide.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.web.IWebRequest;
import vn.dangvu.guide.GuideSections;
import vn.dangvu.shared.web.PagePostProcessor;

/**
 * Puts a "?" beside each page's heading, linking to the guide's section about that page ({@link
 * GuideSections}). It works on the rendered page — after the first heading inside {@code <main>} — so that the
 * pages that lay out their own heading get it too, and no template names its own help.
 */
@Component
class GuideHelpLinks extends PagePostProcessor {

    GuideHelpLinks() {
        super("guideHelpLinks", 1100, Handler.class);
    }

    /** One page's output: waits for {@code <main>}, then for the end of its first {@code <h1>}. */
    public static final class Handler extends AbstractTemplateHandler {

        /** The stylesheet's class for the link, which sets it beside the heading. */
        private static final String CSS_CLASS = "guide-help";

        private boolean inMain;
        private boolean placed;

        @Override
        public void handleOpenElement(IOpenElementTag tag) {
            if (!inMain && tag.getElementCompleteName().equalsIgnoreCase("main")) {
                inMain = true;
            }
            super.handleOpenElement(tag);
        }

        @Override
        public void handleCloseElement(ICloseElementTag tag) {
            super.handleCloseElement(tag);
            if (inMain && !placed && tag.getElementCompleteName().equalsIgnoreCase("h1")) {
                placed = true;
                help().ifPresent(this::link);
            }
        }

        private Optional<String> help() {
            if (!(getContext() instanceof IWebContext web)) {
                return Optional.empty();
            }
            IWebRequest request = web.getExchange().getRequest();
            String path = request.getPathWithinApplication();
            if (path.equals("/guide") || path.startsWith("/guide/")) {
                return Optional.empty();
            }
            return GuideSections.helpFor(path).map(address -> request.getApplicationPath() + address);
        }

        private void link(String href) {
            IModelFactory factory = getContext().getModelFactory();
            String label = getContext().getMessage(GuideHelpLinks.class, "guide.help", new Object[0], true);
            super.handleText(factory.createText(" "));
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", CSS_CLASS);
            attributes.put("href", href);
            attributes.put("title", label);
            attributes.put("aria-label", label);
            super.handleOpenElement(factory.createOpenElementTag("a", attributes, AttributeValueQuotes.DOUBLE, false));
            super.handleText(factory.createText("?"));
            super.handleCloseElement(factory.createCloseElementTag("a"));
        }
    }
}
