package vn.dangvu.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.MenuContributor;
import vn.dangvu.shared.MenuItem;

/**
 * Puts the signed-in actor's main menu into every page's model as {@code menu} (null when nobody is signed
 * in): the union of what every module's policy offers them, grouped. The layout only renders it.
 */
@ControllerAdvice
class MenuAdvice {

    private final List<MenuContributor> contributors;
    private final CurrentActorAdvice actors;

    MenuAdvice(List<MenuContributor> contributors, CurrentActorAdvice actors) {
        this.contributors = List.copyOf(contributors);
        this.actors = actors;
    }

    @ModelAttribute("menu")
    Menu menu(HttpServletRequest request) {
        Actor actor = actors.actor();
        if (actor == null) {
            return null;
        }
        // a member's own account sees only its own pages, whatever another module offers its scope
        boolean member = actor.ownPagesOnly();
        List<MenuItem> items = contributors.stream()
                .flatMap(c -> c.menuItems(actor).stream())
                .filter(item -> !member || item.path().startsWith("/me/"))
                .toList();
        return Menu.of(
                items,
                request.getRequestURI().substring(request.getContextPath().length()),
                member ? "/me" : "/");
    }
}
