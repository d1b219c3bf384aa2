package vn.dangvu.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.member.LeftReason;
import vn.dangvu.member.MemberDetails;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.organisation.DissolveForm;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Scope;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;
import vn.dangvu.transfer.domain.TransferQueries;

@IntegrationTest
class TransferServiceTests extends DemoDistrictTest {

    @Autowired
    TransferService transfers;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationService organisation;

    @Autowired
    DataSource dataSource;

    Fixtures.Commune commune;

    /** The official of the grassroots commune, who alone takes the steps of its internal transfers. */
    Actor official;

    @BeforeEach
    void setUp() {
        commune = fixtures.commune(3);
        official = officialOf(commune.commune());
    }

    @Test
    void shouldMoveTheMembershipWhenATransferCompletes() {
        long member = fixtures.member("Võ Văn Chuyển", commune.hamlet(0), commune.hamlet(1), 2025);
        long id = transfers.create(official, form(member, commune.hamlet(1).id()));

        step(id, "propose");
        step(id, "approve");
        step(id, "complete");

        MemberDetails details = members.get(staff, member);
        assertThat(details.branch().id()).isEqualTo(commune.hamlet(1).id());
        assertThat(details.periods()).hasSize(2);
        assertThat(details.periods())
                .filteredOn(MemberDetails.Period::open)
                .hasSize(1)
                .first()
                .satisfies(p -> assertThat(p.transferId()).isEqualTo(id));
        assertThat(transfers.get(staff, id).state()).isEqualTo(TransferState.COMPLETED);
        assertThat(demo.count("select count(*) from audit_event where entity_type = 'TRANSFER' and entity_id = ?", id))
                .isEqualTo(4);
    }

    @Test
    void shouldListATransferWithEveryColumn(@Autowired TransferQueries queries) {
        long member = fixtures.member("Chuyển Văn Dòng", commune.hamlet(0), null, null);
        long id = transfers.create(
                official,
                new TransferForm(
                        member,
                        TransferKind.INTERNAL,
                        commune.hamlet(1).id(),
                        null,
                        "Đổi nơi ở",
                        "12-CV/ĐU",
                        LocalDate.of(2025, 1, 2)));

        assertThat(queries.list(Scope.of(commune.commune().path()), new TransferFilter(null, null, null), 0, 20)
                        .items())
                .containsExactly(new TransferRow(
                        id,
                        "Chuyển Văn Dòng",
                        TransferKind.INTERNAL,
                        TransferDirection.WITHIN,
                        TransferState.DRAFT,
                        "Chi bộ Ấp 1",
                        "Chi bộ Ấp 2",
                        LocalDate.of(2025, 1, 2),
                        null));
    }

    @Test
    void shouldRefuseASecondOpenTransferAndTransfersToNowhereUseful() {
        long member = fixtures.member("Đinh Văn Hai Phiếu", commune.hamlet(0), null, null);
        transfers.create(official, form(member, commune.hamlet(1).id()));

        assertThatThrownBy(() -> transfers.create(
                        official, form(member, commune.hamlet(2).id())))
                .hasMessage("transfer.alreadyOpen");
        long other = fixtures.member("Đinh Văn Ở Lại", commune.hamlet(0), null, null);
        assertThatThrownBy(() ->
                        transfers.create(official, form(other, commune.hamlet(0).id())))
                .hasMessage("member.alreadyInBranch");
        organisation.dissolve(staff, commune.hamlet(2).id(), new DissolveForm("9-QĐ", LocalDate.now()));
        assertThatThrownBy(() ->
                        transfers.create(official, form(other, commune.hamlet(2).id())))
                .hasMessage("member.branchNotActive");
    }

    @Test
    void shouldLetACommuneOfficialProposeOnlyWithinTheirCommune() {
        Actor thongBinh = users.actor("xa.thongbinh");
        long member = fixtures.member("Lý Thị Nội Bộ", unit("TH-TB-A3"), null, null);

        long id = transfers.create(thongBinh, form(member, demo.unit("TH-TB-A4")));
        transfers.propose(thongBinh, id, new StepForm(version(id), null, null));
        assertThat(transfers.get(thongBinh, id).state()).isEqualTo(TransferState.PROPOSED);

        transfers.approve(thongBinh, id, new StepForm(version(id), null, null));
        assertThat(transfers.get(thongBinh, id).state())
                .as("an internal transfer is approved by the grassroots committee that handles it")
                .isEqualTo(TransferState.APPROVED);
        long another = fixtures.member("Lý Văn Sang Xã Khác", unit("TH-TB-A3"), null, null);
        assertThatThrownBy(() -> transfers.create(thongBinh, form(another, demo.unit("TH-THC-A1"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> transfers.create(
                        thongBinh,
                        new TransferForm(
                                another, TransferKind.OFFICIAL, demo.unit("TH-TB-A4"), null, "Chính thức", null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> transfers.get(users.actor("xa.tanhoco"), id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldLeaveTheDistrictStaffOnlyReadingAnInternalTransfer() {
        long member = fixtures.member("Mai Văn Chỉ Xem", commune.hamlet(0), null, null);
        assertThatThrownBy(() ->
                        transfers.create(staff, form(member, commune.hamlet(1).id())))
                .as("the level above does not start an internal transfer")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> transfers.create(
                        staff,
                        new TransferForm(member, null, commune.hamlet(1).id(), null, "Kiểu để trống", null, null)))
                .as("nor one whose kind, left blank, is suggested internal: the form says whose it is")
                .isInstanceOfSatisfying(vn.dangvu.shared.BusinessRuleException.class, broken -> assertThat(
                                broken.field() + " " + broken.messageKey())
                        .isEqualTo("kind transfer.suggestedKindNotYours.INTERNAL"));
        long id = transfers.create(official, form(member, commune.hamlet(1).id()));

        assertThat(transfers.get(staff, id).steps())
                .isEqualTo(new TransferDetails.Steps(false, false, false, false, false));
        assertThatThrownBy(() -> transfers.propose(staff, id, new StepForm(version(id), null, null)))
                .isInstanceOf(ForbiddenException.class);
        step(id, "propose");
        assertThatThrownBy(() -> transfers.approve(staff, id, new StepForm(version(id), null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(transfers.get(official, id).steps())
                .isEqualTo(new TransferDetails.Steps(false, true, false, true, true));
        assertThat(transfers.get(staff, id).state()).isEqualTo(TransferState.PROPOSED);
    }

    @Test
    void shouldCloseTheMembershipOfAMemberWhoLeavesTheDistrict() {
        long member = fixtures.member("Phan Văn Đi Xa", commune.hamlet(0), null, 2025);
        long id = transfers.create(
                staff,
                new TransferForm(
                        member,
                        TransferKind.OFFICIAL,
                        null,
                        "Đảng bộ huyện Hồng Ngự",
                        "Chuyển công tác",
                        "12-GGT",
                        null));
        step(id, "propose");
        step(id, "approve");
        step(id, "complete");

        MemberDetails details = members.get(staff, member);
        assertThat(details.status()).isEqualTo(MemberStatus.LEFT);
        assertThat(details.leftReason()).isEqualTo(LeftReason.TRANSFERRED_OUT);
        assertThat(details.periods()).noneMatch(MemberDetails.Period::open);
    }

    @Test
    void shouldRegisterAMemberWhoComesInWhenTheTransferCompletes() {
        var incoming = MemberForms.form("Trương Thị Đến", commune.hamlet(0).id());
        long id = transfers.createIncoming(
                staff,
                new IncomingForm(
                        incoming, commune.hamlet(0).id(), "Đảng bộ huyện Tam Nông", "Chuyển về quê", "5-GGT", null));
        assertThat(demo.count("select count(*) from member where id_number = ?", incoming.idNumber()))
                .isZero();

        step(id, "propose");
        step(id, "approve");
        step(id, "complete");

        TransferDetails done = transfers.get(staff, id);
        assertThat(done.memberId()).isNotNull();
        MemberDetails member = members.get(staff, done.memberId());
        assertThat(member.fullName()).isEqualTo("Trương Thị Đến");
        assertThat(member.periods())
                .singleElement()
                .satisfies(p -> assertThat(p.transferId()).isEqualTo(id));
    }

    /**
     * Both users saw the approved transfer and press "complete" at once: one moves the member, the other
     * is told that someone changed the transfer meanwhile (not an error page, not a second move). The test
     * holds the transfer's row until both completions are waiting on the database, so that they really
     * overlap instead of one finishing before the other starts.
     */
    @Test
    void shouldLetOnlyOneOfTwoSimultaneousCompletionsWinAndTellTheOtherOfTheConflict() throws Exception {
        long member = fixtures.member("Hà Văn Tranh", commune.hamlet(0), null, 2025);
        long id = transfers.create(official, form(member, commune.hamlet(1).id()));
        step(id, "propose");
        step(id, "approve");
        StepForm seen = new StepForm(version(id), null, LocalDate.now());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Optional<RuntimeException>>> outcomes = new ArrayList<>();
        try {
            try (Connection holder = dataSource.getConnection()) {
                holder.setAutoCommit(false);
                try (PreparedStatement lock =
                        holder.prepareStatement("select id from transfer where id = ? for update")) {
                    lock.setLong(1, id);
                    lock.executeQuery().close();
                }
                for (int i = 0; i < 2; i++) {
                    Callable<Optional<RuntimeException>> attempt = () -> {
                        try {
                            transfers.complete(official, id, seen);
                            return Optional.empty();
                        } catch (RuntimeException e) {
                            return Optional.of(e);
                        }
                    };
                    outcomes.add(pool.submit(attempt));
                }
                await().atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> demo.count("""
                                        select count(*) from pg_stat_activity
                                        where datname = current_database() and wait_event_type = 'Lock'""") >= 2);
                holder.commit();
            }
            List<RuntimeException> failures = new ArrayList<>();
            for (Future<Optional<RuntimeException>> outcome : outcomes) {
                outcome.get(30, TimeUnit.SECONDS).ifPresent(failures::add);
            }

            assertThat(failures)
                    .as("the completion that lost")
                    .singleElement()
                    .isInstanceOfSatisfying(
                            ConflictException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.conflict"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(transfers.get(staff, id).state()).isEqualTo(TransferState.COMPLETED);
        assertThat(demo.count(
                        "select count(*) from membership_period where member_id = ? and ended_on is null", member))
                .isEqualTo(1);
        assertThat(demo.count("select count(*) from membership_period where member_id = ?", member))
                .isEqualTo(2);
        assertThat(demo.count(
                        "select count(*) from audit_event where entity_type = 'TRANSFER' and entity_id = ? and action = 'COMPLETED'",
                        id))
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseAStepOnAStaleVersion() {
        long member = fixtures.member("Kiều Văn Cũ", commune.hamlet(0), null, null);
        long id = transfers.create(official, form(member, commune.hamlet(1).id()));
        long seen = version(id);
        step(id, "propose");

        assertThatThrownBy(() -> transfers.cancel(official, id, new StepForm(seen, "nhầm", null)))
                .isInstanceOf(ConflictException.class);
        assertThat(transfers.get(staff, id).state()).isEqualTo(TransferState.PROPOSED);
    }

    private void step(long id, String step) {
        StepForm form = new StepForm(version(id), "lý do", LocalDate.of(2025, 6, 1));
        Actor actor = transfers.get(staff, id).kind() == TransferKind.INTERNAL ? official : staff;
        switch (step) {
            case "propose" -> transfers.propose(actor, id, form);
            case "approve" -> transfers.approve(actor, id, form);
            case "complete" -> transfers.complete(actor, id, form);
            default -> throw new IllegalArgumentException(step);
        }
    }

    private long version(long id) {
        return transfers.get(staff, id).version();
    }

    private vn.dangvu.organisation.UnitView unit(String code) {
        return organisation.find(demo.unit(code)).orElseThrow();
    }

    private static TransferForm form(long member, long toBranch) {
        return new TransferForm(member, TransferKind.INTERNAL, toBranch, null, "Về sinh hoạt nơi cư trú", null, null);
    }
}
