package vn.dangvu.shared.web;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ActorHolder;

/** Puts the signed-in actor (or null) into every page's model as {@code actor}, for the menu, and the pagers' links. */
@ControllerAdvice
@RequiredArgsConstructor
class CurrentActorAdvice {

    private final PageLinks pageLinks;
    private final RowPages rowPages;

    @ModelAttribute("pageLinks")
    PageLinks pageLinks() {
        return pageLinks;
    }

    @ModelAttribute("rowPages")
    RowPages rowPages() {
        return rowPages;
    }

    @ModelAttribute("actor")
    Actor actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ActorHolder holder
                ? holder.actor()
                : null;
    }
}
