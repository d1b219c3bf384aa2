package vn.dangvu.shared;

import java.util.List;

/**
 * Implemented by a module's policy: the menu entries of that module the actor may open. The layout
 * shows the union of every module's entries, grouped; templates never decide from role names.
 */
public interface MenuContributor {
    List<MenuItem> menuItems(Actor actor);
}
