package vn.dangvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangvu.shared.MenuGroup;
import vn.dangvu.shared.MenuItem;

class MenuTests {

    private static final List<MenuItem> ITEMS = List.of(
            new MenuItem(MenuGroup.ADMINISTRATION, 40, "nav.liaisons", "/liaisons"),
            new MenuItem(MenuGroup.MEMBERS, 20, "nav.transfers", "/transfers"),
            new MenuItem(MenuGroup.BRANCH_WORK, 15, "nav.liaison", "/liaison"),
            new MenuItem(MenuGroup.MEMBERS, 10, "nav.members", "/members"),
            new MenuItem(MenuGroup.REPORTS, 10, "nav.summary", "/reports/summary"));

    @Test
    void shouldGroupInTheGroupsOrderAndListTheMostUsedFirst() {
        Menu menu = Menu.of(ITEMS, "/");
        assertThat(menu.home()).isEqualTo(new Menu.Entry("nav.home", "/", true));
        assertThat(menu.groups())
                .containsExactly(
                        new Menu.Group(
                                "nav.group.members",
                                false,
                                List.of(
                                        new Menu.Entry("nav.members", "/members", false),
                                        new Menu.Entry("nav.transfers", "/transfers", false))),
                        new Menu.Group(
                                "nav.group.branch_work",
                                false,
                                List.of(new Menu.Entry("nav.liaison", "/liaison", false))),
                        new Menu.Group(
                                "nav.group.reports",
                                false,
                                List.of(new Menu.Entry("nav.summary", "/reports/summary", false))),
                        new Menu.Group(
                                "nav.group.administration",
                                false,
                                List.of(new Menu.Entry("nav.liaisons", "/liaisons", false))));
    }

    @Test
    void shouldMarkTheEntryWhosePathThePageIsUnder() {
        Menu menu = Menu.of(ITEMS, "/transfers/12");
        assertThat(menu.home().current()).isFalse();
        assertThat(menu.groups().get(0))
                .isEqualTo(new Menu.Group(
                        "nav.group.members",
                        true,
                        List.of(
                                new Menu.Entry("nav.members", "/members", false),
                                new Menu.Entry("nav.transfers", "/transfers", true))));
    }

    @Test
    void shouldNotTakeOnePathForAnotherThatStartsWithIt() {
        Menu menu = Menu.of(ITEMS, "/liaisons");
        assertThat(menu.groups().get(1).current()).isFalse();
        assertThat(menu.groups().get(3).current()).isTrue();
    }
}
