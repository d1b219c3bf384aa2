package vn.dangvu.importing;

import java.util.Arrays;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.dangvu.dues.DuesPolicy;
import vn.dangvu.member.MemberPolicy;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.MenuContributor;
import vn.dangvu.shared.MenuGroup;
import vn.dangvu.shared.MenuItem;

/**
 * Who may import: a register writes members and branches, so it is the member register's rule for who
 * writes members, not a second copy of it; a dues sheet writes the ledger, so it is the dues rule. An upload belongs to whoever uploaded it. Exports follow the
 * lists they come from: whoever reads a list may download it.
 */
@Component
@RequiredArgsConstructor
public class ImportPolicy implements MenuContributor {

    private final MemberPolicy members;
    private final DuesPolicy dues;

    public boolean mayImport(Actor actor) {
        return !kinds(actor).isEmpty();
    }

    public boolean mayImport(Actor actor, ImportKind kind) {
        return kind == ImportKind.DUES ? dues.mayRecord(actor) : members.mayWrite(actor);
    }

    /** The kinds of file the actor may import. */
    public List<ImportKind> kinds(Actor actor) {
        return Arrays.stream(ImportKind.values())
                .filter(kind -> mayImport(actor, kind))
                .toList();
    }

    public void requireImport(Actor actor) {
        require(mayImport(actor));
    }

    public void requireImport(Actor actor, ImportKind kind) {
        require(mayImport(actor, kind));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException();
        }
    }

    @Override
    public List<MenuItem> menuItems(Actor actor) {
        return mayImport(actor)
                ? List.of(new MenuItem(MenuGroup.ADMINISTRATION, 10, "nav.import", "/import"))
                : List.of();
    }
}
