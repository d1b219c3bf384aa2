package vn.dangvu.backup;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.MenuContributor;
import vn.dangvu.shared.MenuGroup;
import vn.dangvu.shared.MenuItem;
import vn.dangvu.shared.Role;

/**
 * Who runs a backup from the app: staff of the unit at the top of the tree (the province's Ban Tổ chức, the
 * district's before the reform). A backup holds every unit's records, so staff of a unit below it (a commune's
 * Ban Xây dựng Đảng has the staff role too) do not run one, and nobody else does.
 */
@Component
public class BackupPolicy implements MenuContributor {

    public boolean mayRun(Actor actor) {
        return actor.writes() && actor.is(Role.DISTRICT_STAFF) && atTheTop(actor.scopePath());
    }

    public void requireRun(Actor actor) {
        if (!mayRun(actor)) {
            throw new ForbiddenException();
        }
    }

    /** A materialised path of one unit, "/1/": a unit with no parent. */
    private static boolean atTheTop(String path) {
        return path != null && path.chars().filter(c -> c == '/').count() == 2;
    }

    @Override
    public List<MenuItem> menuItems(Actor actor) {
        return mayRun(actor)
                ? List.of(new MenuItem(MenuGroup.ADMINISTRATION, 70, "nav.backups", "/backups"))
                : List.of();
    }
}
