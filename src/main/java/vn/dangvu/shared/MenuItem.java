package vn.dangvu.shared;

/**
 * One entry of the main menu that a module offers to an actor: its group, its place in the group (lower
 * first, the most used first), the message key of its label and the path it opens.
 */
public record MenuItem(MenuGroup group, int order, String labelKey, String path) {}
