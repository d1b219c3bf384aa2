package vn.dangvu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scope of several prefixes (an ended unit's former subtree) and the SQL it renders. */
class ScopeTests {

    @Test
    void shouldKeepOnlyThePrefixesNoOtherCovers() {
        // the ended district /1/9/, its old commune kept under the new one /1/5/7/, a hamlet of it moved
        // under the new commune /1/5/8/, the old commune's dissolved agency branch still under it /1/5/7/12/
        Scope scope = new Scope(List.of("/1/5/7/12/", "/1/9/", "/1/5/8/", "/1/5/7/", "/1/9/", "/1/5/8/"));
        assertThat(scope.paths()).containsExactly("/1/9/", "/1/5/7/", "/1/5/8/");
        // a prefix is a whole path: /1/5/7/ does not cover /1/5/77/
        assertThat(new Scope(List.of("/1/5/77/", "/1/5/7/")).paths()).containsExactly("/1/5/7/", "/1/5/77/");
        assertThat(new Scope(List.of("/1/5/", "/1/", "/1/5/8/")).paths()).containsExactly("/1/");
        assertThatThrownBy(() -> new Scope(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCoverWhatLiesUnderAnyPrefixAndNothingElse() {
        Scope scope = new Scope(List.of("/1/9/", "/1/5/7/", "/1/5/8/"));
        assertThat(scope.covers("/1/9/")).isTrue();
        assertThat(scope.covers("/1/5/7/12/")).isTrue();
        assertThat(scope.covers("/1/5/8/")).isTrue();
        assertThat(scope.covers("/1/5/")).as("the new commune itself").isFalse();
        assertThat(scope.covers("/1/5/13/"))
                .as("a branch the new commune made later")
                .isFalse();
        assertThat(scope.covers("/1/5/77/")).isFalse();
        assertThat(scope.covers("/1/")).isFalse();
        assertThat(scope.covers(null)).isFalse();
    }

    @Test
    void shouldRenderOnePrefixExactlyAsBeforeAndSeveralAsAnOr() {
        Scope one = Scope.of("/1/2/");
        assertThat(one.where("b.path", "path")).isEqualTo("b.path like :path");
        assertThat(one.params("path")).isEqualTo(Map.of("path", "/1/2/%"));

        Scope several = new Scope(List.of("/1/9/", "/1/5/7/"));
        assertThat(several.where("b.path", "path")).isEqualTo("(b.path like :path0 or b.path like :path1)");
        assertThat(several.params("path")).isEqualTo(Map.of("path0", "/1/9/%", "path1", "/1/5/7/%"));

        String sql = "select 1 from org_unit b join org_unit c on c.id = b.parent_id"
                + " where {b.path in scope} and {c.path in scope}";
        assertThat(one.render(sql, "p"))
                .isEqualTo("select 1 from org_unit b join org_unit c on c.id = b.parent_id"
                        + " where b.path like :p and c.path like :p");
        assertThat(several.render(sql, "p"))
                .isEqualTo("select 1 from org_unit b join org_unit c on c.id = b.parent_id"
                        + " where (b.path like :p0 or b.path like :p1) and (c.path like :p0 or c.path like :p1)");
    }

    @Test
    void shouldGiveAnActorItsOwnSubtreeUnlessItReadsAFormerOne() {
        Actor active = new Actor(1, "xa", "Xã", Role.COMMUNE_OFFICIAL, 2, "/1/2/");
        assertThat(active.scope()).isEqualTo(Scope.of("/1/2/"));
        assertThat(active.covers("/1/2/3/")).isTrue();
        assertThat(active.covers("/1/4/")).isFalse();

        Actor ended = new Actor(
                1,
                "huyen",
                "Huyện",
                Role.DISTRICT_LEADER,
                9,
                "/1/9/",
                LocalDate.of(2025, 7, 1),
                new Scope(List.of("/1/9/", "/1/5/7/", "/1/5/8/")));
        assertThat(ended.writes()).isFalse();
        assertThat(ended.covers("/1/9/")).isTrue();
        assertThat(ended.covers("/1/5/7/12/")).isTrue();
        assertThat(ended.covers("/1/5/")).isFalse();
        // built without one, an ended account reads its own subtree (a session stored before scopes)
        assertThat(new Actor(1, "huyen", "Huyện", Role.DISTRICT_LEADER, 9, "/1/9/", LocalDate.of(2025, 7, 1)).scope())
                .isEqualTo(Scope.of("/1/9/"));
    }
}
