package vn.dangvu.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.engagement.domain.EngagementQueries;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Scope;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

@IntegrationTest
class EngagementServiceTests extends DemoDistrictTest {

    @Autowired
    EngagementService engagement;

    @Test
    void shouldTakeAConcernFromTheHamletToTheCommuneAndBack() {
        var secretary = users.actor("bithu");
        long id = engagement.raise(
                secretary,
                new EngagementForms.ConcernForm(
                        demo.unit("TH-TB-A1"),
                        demo.memberOf("TH-TB-A1"),
                        "Ông Sáu",
                        "Nước sạch",
                        "Thiếu nước sinh hoạt",
                        LocalDate.now().minusDays(40)));
        assertThat(row(users.actor("xa.thongbinh"), id).overdue()).isTrue();

        engagement.forward(secretary, id, 0);
        assertThatThrownBy(() -> engagement.resolve(secretary, id, 1, "x")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> engagement.resolve(users.actor("xa.thongbinh"), id, 0, "x"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> engagement.resolve(users.actor("xa.thongbinh"), id, 1, " "))
                .hasMessage("concern.responseRequired");
        engagement.resolve(users.actor("xa.thongbinh"), id, 1, "Đã lắp đường ống");

        var resolved = row(users.actor("xa.thongbinh"), id);
        assertThat(resolved.status()).isEqualTo(ConcernStatus.RESOLVED);
        assertThat(resolved.overdue()).isFalse();
        assertThat(engagement
                        .concerns(users.actor("xa.tanhoco"), EngagementFilters.ConcernFilter.none(), 0)
                        .page()
                        .items())
                .noneMatch(c -> c.id() == id);
    }

    @Test
    void shouldKeepRecordsInsideTheScope() {
        assertThatThrownBy(() -> engagement.raise(
                        users.actor("xa.tanhoco"),
                        new EngagementForms.ConcernForm(
                                demo.unit("TH-TB-A1"), null, "Bà Bảy", "Đường", null, LocalDate.now())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> engagement.recognise(
                        users.actor("bithu"),
                        new EngagementForms.RecognitionForm(
                                RecognitionKind.COMMENDATION,
                                null,
                                demo.unit("TH-TB-A1"),
                                LocalDate.now(),
                                "Chi bộ",
                                null,
                                "Tốt")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> engagement.hold(
                        users.actor("xa.tanhoco"),
                        new EngagementForms.SessionForm(
                                SessionKind.RECEPTION, demo.unit("TH-TB"), LocalDate.now(), "Tiếp dân", null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldTrackFollowUpsOfADialogue() {
        var staff = users.actor("tochuc");
        long session = engagement.hold(
                staff,
                new EngagementForms.SessionForm(
                        SessionKind.DIALOGUE,
                        demo.unit("TH"),
                        LocalDate.now().minusDays(60),
                        "Đối thoại",
                        "Bí thư",
                        "Nhiệm vụ"));
        engagement.addFollowUp(
                staff,
                session,
                new EngagementForms.FollowUpForm(
                        "Hướng dẫn phân công", "Ban Tổ chức", LocalDate.now().minusDays(1)));
        var view = engagement.session(staff, session);
        assertThat(view.followUps())
                .singleElement()
                .satisfies(f -> assertThat(f.overdue()).isTrue());

        long followUp = view.followUps().get(0).id();
        engagement.followUpDone(staff, followUp, 0);
        assertThat(engagement.session(staff, session).followUps())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.doneOn()).isEqualTo(LocalDate.now());
                    assertThat(f.overdue()).isFalse();
                });
        assertThatThrownBy(() -> engagement.followUpDone(staff, followUp, 1)).hasMessage("followUp.alreadyDone");
    }

    @Test
    void shouldReadEveryColumnOfTheListsAndMissingMembersAsNull(
            @Autowired Fixtures fixtures, @Autowired EngagementQueries queries) {
        var staff = users.actor("tochuc");
        Fixtures.Commune commune = fixtures.commune(1);
        String communeName = commune.commune().name();
        Scope path = Scope.of(commune.commune().path());
        long hamlet = commune.hamlet(0).id();
        LocalDate today = LocalDate.now();
        long recognition = engagement.recognise(
                staff,
                new EngagementForms.RecognitionForm(
                        RecognitionKind.COMMENDATION,
                        null,
                        hamlet,
                        LocalDate.of(2024, 5, 10),
                        "Đảng ủy xã",
                        null,
                        "Tốt"));
        long concern = engagement.raise(
                staff,
                new EngagementForms.ConcernForm(hamlet, null, "Bà Tám", "Đèn đường", null, LocalDate.of(2024, 3, 1)));
        long session = engagement.hold(
                staff,
                new EngagementForms.SessionForm(
                        SessionKind.DIALOGUE, hamlet, LocalDate.of(2024, 6, 1), "Đối thoại ấp", null, "Đèn"));
        engagement.addFollowUp(
                staff, session, new EngagementForms.FollowUpForm("Sửa đèn", "Ấp", LocalDate.of(2024, 6, 20)));

        assertThat(queries.recognitions(path, null, null, null, null, 0, 20).items())
                .containsExactly(new EngagementViews.RecognitionRow(
                        recognition,
                        RecognitionKind.COMMENDATION,
                        null,
                        null,
                        "Chi bộ Ấp 1",
                        communeName,
                        LocalDate.of(2024, 5, 10),
                        "Đảng ủy xã",
                        null,
                        "Tốt"));
        assertThat(queries.concerns(
                                path,
                                new EngagementQueries.ConcernCriteria(
                                        null,
                                        false,
                                        today,
                                        today.minusDays(30),
                                        today.minusDays(30),
                                        null,
                                        null,
                                        null,
                                        null),
                                0,
                                20)
                        .items())
                .containsExactly(new EngagementViews.ConcernRow(
                        concern,
                        "Chi bộ Ấp 1",
                        communeName,
                        null,
                        "Bà Tám",
                        "Đèn đường",
                        null,
                        LocalDate.of(2024, 3, 1),
                        ConcernStatus.OPEN,
                        null,
                        null,
                        null,
                        true,
                        0));
        assertThat(queries.sessions(path, null, null, null, 0, 20).items())
                .containsExactly(new EngagementViews.SessionRow(
                        session, SessionKind.DIALOGUE, "Chi bộ Ấp 1", LocalDate.of(2024, 6, 1), "Đối thoại ấp", 1, 1));
        EngagementViews.SessionView view = queries.session(session, today);
        assertThat(view)
                .extracting(
                        EngagementViews.SessionView::id,
                        EngagementViews.SessionView::kind,
                        EngagementViews.SessionView::unitName,
                        EngagementViews.SessionView::heldOn,
                        EngagementViews.SessionView::title,
                        EngagementViews.SessionView::attendees,
                        EngagementViews.SessionView::issues)
                .containsExactly(
                        session,
                        SessionKind.DIALOGUE,
                        "Chi bộ Ấp 1",
                        LocalDate.of(2024, 6, 1),
                        "Đối thoại ấp",
                        null,
                        "Đèn");
        assertThat(view.followUps())
                .singleElement()
                .usingRecursiveComparison()
                .ignoringFields("id")
                .isEqualTo(
                        new EngagementViews.FollowUpView(0, "Sửa đèn", "Ấp", LocalDate.of(2024, 6, 20), null, true, 0));
        LocalDate endOf2024 = LocalDate.of(2024, 12, 31);
        assertThat(queries.summary(path, endOf2024, endOf2024.minusDays(30), endOf2024.minusDays(30)))
                .containsExactly(
                        Map.entry("commendations", 1L),
                        Map.entry("reminders", 0L),
                        Map.entry("concerns_raised", 1L),
                        Map.entry("concerns_resolved", 0L),
                        Map.entry("concerns_overdue", 1L),
                        Map.entry("follow_ups_open", 1L),
                        Map.entry("follow_ups_done", 0L),
                        Map.entry("follow_ups_overdue", 1L),
                        Map.entry("dialogues", 1L),
                        Map.entry("receptions", 0L));
    }

    private EngagementViews.ConcernRow row(vn.dangvu.shared.Actor actor, long id) {
        for (int page = 0; ; page++) {
            var found = engagement
                    .concerns(actor, EngagementFilters.ConcernFilter.none(), page)
                    .page();
            var match = found.items().stream().filter(c -> c.id() == id).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            if (!found.hasNext()) {
                throw new AssertionError("concern " + id + " not listed");
            }
        }
    }
}
