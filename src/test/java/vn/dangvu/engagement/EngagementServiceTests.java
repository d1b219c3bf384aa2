package vn.dangvu.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.support.DemoData;
import vn.dangvu.support.DemoUsers;
import vn.dangvu.support.IntegrationTest;

@IntegrationTest
class EngagementServiceTests {

    @Autowired
    EngagementService engagement;

    @Autowired
    DemoUsers users;

    @Autowired
    DemoData demo;

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
                        .concerns(users.actor("xa.tanhoco"), null, false, 0)
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

    private EngagementViews.ConcernRow row(vn.dangvu.shared.Actor actor, long id) {
        for (int page = 0; ; page++) {
            var found = engagement.concerns(actor, null, false, page);
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
