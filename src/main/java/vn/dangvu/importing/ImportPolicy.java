package vn.dangvu.importing;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.dangvu.member.MemberPolicy;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.MenuContributor;
import vn.dangvu.shared.MenuGroup;
import vn.dangvu.shared.MenuItem;

/**
 * Who may import: an import writes members and branches, so it is the member register's rule for who
 * writes members, not a second copy of it. An upload belongs to whoever uploaded it. Exports follow the
 * lists they come from: whoever reads a list may download it.
 */
@Component
@RequiredArgsConstructor
public class ImportPolicy implements MenuContributor {

    private final MemberPolicy members;

    public boolean mayImport(Actor actor) {
        return members.mayWrite(actor);
    }

    public void requireImport(Actor actor) {
        members.requireWrite(actor);
    }

    @Override
    public List<MenuItem> menuItems(Actor actor) {
        return mayImport(actor)
                ? List.of(new MenuItem(MenuGroup.ADMINISTRATION, 10, "nav.import", "/import"))
                : List.of();
    }
}
