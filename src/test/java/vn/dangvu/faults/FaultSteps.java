package vn.dangvu.faults;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.dangvu.DangVuApplication;
import vn.dangvu.evaluation.Rating;
import vn.dangvu.evaluation.loading.EvaluationLoader;
import vn.dangvu.importing.ImportKind;
import vn.dangvu.importing.ImportPreview;
import vn.dangvu.importing.ImportService;
import vn.dangvu.member.loading.MemberLoader;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.organisation.loading.OrganisationLoader;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ActorHolder;
import vn.dangvu.support.MemberForms;
import vn.dangvu.transfer.CampaignForm;
import vn.dangvu.transfer.CampaignService;
import vn.dangvu.transfer.CohortKind;
import vn.dangvu.transfer.DirectiveForm;
import vn.dangvu.transfer.DirectiveService;

/**
 * The app, plus one all-or-nothing step that a test kills the JVM in the middle of
 * ({@code --fault.step=complete-all} or {@code import}). Before the step it makes each row the step
 * writes slow (a trigger sleeping per row) and counts them in a sequence, which other connections see
 * at once, so that the test can kill the JVM half-way; it prints {@code FAULT-STEP-STARTED} first.
 */
public final class FaultSteps {

    static final String COMMUNE = "Xã Thử Lỗi";
    static final String AGENCY = "Chi bộ Cơ quan xã Thử Lỗi";
    static final String HAMLET = "Chi bộ Ấp Hòa Bình";
    static final String CAMPAIGN = "Đợt thử tắt máy";
    static final int COHORT = 120;
    static final int IMPORTED = 300;
    static final String IMPORTED_NAME = "Nhập Thử Lỗi";

    private FaultSteps() {}

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = SpringApplication.run(DangVuApplication.class, args);
        String step = context.getEnvironment().getProperty("fault.step", "");
        Actor admin =
                ((ActorHolder) context.getBean(UserDetailsService.class).loadUserByUsername(ChildApp.ADMIN)).actor();
        switch (step) {
            case "complete-all" -> completeAll(context, admin);
            case "import" -> importMembers(context, admin);
            default -> {}
        }
    }

    /** A commune whose agency branch has {@link #COHORT} members, all proposed and approved, then completed. */
    private static void completeAll(ConfigurableApplicationContext context, Actor admin) {
        OrganisationService organisation = context.getBean(OrganisationService.class);
        MemberLoader members = context.getBean(MemberLoader.class);
        OrganisationLoader loader = context.getBean(OrganisationLoader.class);
        EvaluationLoader evaluations = context.getBean(EvaluationLoader.class);
        CampaignService campaigns = context.getBean(CampaignService.class);
        UnitView root = organisation.roots().get(0);
        UnitView commune = loader.registerChild(root.id(), "FK", COMMUNE, UnitKind.COMMUNE);
        UnitView agency = loader.registerChild(commune.id(), "FK-CQ", AGENCY, UnitKind.AGENCY);
        List<UnitView> hamlets = List.of(
                loader.registerChild(commune.id(), "FK-A1", HAMLET, UnitKind.HAMLET),
                loader.registerChild(commune.id(), "FK-A2", "Chi bộ Ấp Hòa Lạc", UnitKind.HAMLET));
        for (int i = 0; i < COHORT; i++) {
            UnitView residence = hamlets.get(i % 2);
            String idNumber = String.format("0991%08d", i);
            var form = MemberForms.edit(MemberForms.form("Đảng Viên Thử " + i, agency.id()), d -> {
                d.idNumber = idNumber;
                d.residenceBranchId = residence.id();
            });
            long id = members.register(form, form.joinedBranchOn());
            evaluations.recordRating(id, LocalDate.now().getYear() - 1, Rating.GOOD);
        }
        long directive = context.getBean(DirectiveService.class)
                .register(
                        admin,
                        new DirectiveForm(
                                "99-HD/THU", LocalDate.now().minusDays(10), "Ban Tổ chức", "Thử tắt máy", null));
        long campaign = campaigns.create(
                admin,
                new CampaignForm(
                        directive,
                        CAMPAIGN,
                        LocalDate.now().plusDays(30),
                        CohortKind.AGENCY_BRANCHES,
                        null,
                        List.of(commune.id())));
        campaigns.proposeAll(admin, campaign);
        campaigns.approveAll(admin, campaign);
        slowDown(context, "membership_period");
        System.out.println("FAULT-STEP-STARTED campaign " + campaign);
        campaigns.completeAll(admin, campaign, LocalDate.now());
        System.out.println("FAULT-STEP-DONE");
    }

    /** {@link #IMPORTED} new members for the commune's first hamlet, from a CSV file. */
    private static void importMembers(ConfigurableApplicationContext context, Actor admin) throws Exception {
        StringBuilder csv =
                new StringBuilder("Họ và tên,Ngày sinh,Giới tính,Số định danh cá nhân,Số thẻ đảng viên,Ngày vào Đảng,"
                        + "Ngày chính thức,Xã/Thị trấn,Chi bộ đang sinh hoạt,Ấp/Khóm nơi cư trú,Chức vụ,Nơi công tác,"
                        + "Nhóm đảng viên,Ủy viên BCH Đảng bộ xã,Lãnh đạo chủ chốt\n");
        for (int i = 0; i < IMPORTED; i++) {
            csv.append(IMPORTED_NAME)
                    .append(' ')
                    .append(i)
                    .append(",01/01/1980,Nam,")
                    .append(String.format("0992%08d", i))
                    .append(",,01/01/2005,,")
                    .append(COMMUNE)
                    .append(',')
                    .append(HAMLET)
                    .append(",,,,Nông dân khác,,\n");
        }
        ImportService imports = context.getBean(ImportService.class);
        ImportPreview preview = imports.upload(
                admin,
                ImportKind.MEMBERS,
                "dang-vien.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        if (preview.newRows() != IMPORTED) {
            throw new IllegalStateException("The import preview has " + preview.counts());
        }
        slowDown(context, "member");
        System.out.println("FAULT-STEP-STARTED import");
        imports.commit(admin, preview.token());
        System.out.println("FAULT-STEP-DONE");
    }

    /** Each row written into {@code table} takes 40 ms more and moves the sequence {@code fault_progress}. */
    private static void slowDown(ConfigurableApplicationContext context, String table) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        jdbc.sql("create sequence if not exists fault_progress").update();
        jdbc.sql("""
                        create or replace function fault_slow_row() returns trigger language plpgsql as $$
                        begin
                            perform nextval('fault_progress');
                            perform pg_sleep(0.04);
                            return new;
                        end $$""").update();
        jdbc.sql("create trigger fault_slow before insert on " + table
                        + " for each row execute function fault_slow_row()")
                .update();
    }
}
