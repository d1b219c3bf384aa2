package vn.dangvu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dangvu.branchwork.DocumentUpload;
import vn.dangvu.branchwork.GuestKind;
import vn.dangvu.branchwork.LiaisonService;
import vn.dangvu.branchwork.MeetingKind;
import vn.dangvu.branchwork.NoticeForm;
import vn.dangvu.branchwork.NoticeService;
import vn.dangvu.branchwork.loading.BranchWorkLoader;
import vn.dangvu.engagement.EngagementForms;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.engagement.RecognitionKind;
import vn.dangvu.engagement.SessionKind;
import vn.dangvu.importing.ImportKind;
import vn.dangvu.importing.ImportService;
import vn.dangvu.member.CommitteeMemberships;
import vn.dangvu.member.CommitteeRemovalForm;
import vn.dangvu.member.CommitteeRole;
import vn.dangvu.member.ExemptionForm;
import vn.dangvu.member.ExemptionKind;
import vn.dangvu.member.ExemptionReturnForm;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberLifeService;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.organisation.ReorganisationForm;
import vn.dangvu.organisation.ReorganisationService;
import vn.dangvu.organisation.ReorganisationStepForm;
import vn.dangvu.organisation.ReorganisationStepKind;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.web.LocalDateFormatter;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;
import vn.dangvu.transfer.StepForm;
import vn.dangvu.transfer.TransferForm;
import vn.dangvu.transfer.TransferKind;
import vn.dangvu.transfer.TransferService;

/**
 * Every role against every page and command that names a record (by path or by a parameter), on a
 * record in its own scope and on one outside it: reads and writes of another scope answer 404, writes a
 * role may never do answer 403, whatever the scope. A write that is allowed answers 302 (or 200 when the
 * form comes back): the requests are built so that an allowed write mostly stops at a rule checked after
 * the role and the scope (a stale version, a taken code, a missing date), so that the rows do not depend
 * on each other and leave the demo district as it was.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeMatrixTests extends DemoDistrictTest {

    enum Page {
        MEMBER_VIEW,
        MEMBER_EDIT_FORM,
        MEMBER_UPDATE,
        MEMBER_CREATE,
        MEMBER_YEAR,
        COMMITTEE_NEW_FORM,
        COMMITTEE_ADD,
        COMMITTEE_EDIT_FORM,
        COMMITTEE_CORRECT,
        COMMITTEE_END_FORM,
        COMMITTEE_END,
        COMMITTEE_REMOVE_FORM,
        COMMITTEE_REMOVE,
        BADGES_DUE,
        BADGES_AWARDED,
        BADGE_NEW_FORM,
        BADGE_AWARD,
        LEAVING_FORM,
        LEAVING_RECORD,
        PROBATION_OUTCOME_FORM,
        PROBATION_OUTCOME,
        EXEMPTION_NEW_FORM,
        EXEMPTION_ADD,
        EXEMPTION_RETURN_FORM,
        EXEMPTION_RETURN,
        CARD_NEW_FORM,
        CARD_ISSUE,
        FILE_NUMBERS_FORM,
        FILE_NUMBERS_SAVE,
        UNIT_VIEW,
        UNIT_RENAME,
        UNIT_DISSOLVE_FORM,
        UNIT_DISSOLVE,
        BRANCH_NEW_FORM,
        BRANCH_CREATE,
        ACCOUNT_VIEW,
        ACCOUNT_NEW_FORM,
        ACCOUNT_UPDATE,
        ACCOUNT_PASSWORD,
        ACCOUNT_ENABLE,
        TRANSFER_VIEW,
        TRANSFER_LETTER,
        TRANSFER_REGISTER,
        TRANSFER_REGISTER_XLSX,
        TRANSFER_NEW_FORM,
        TRANSFER_CREATE,
        TRANSFER_PROPOSE,
        TRANSFER_APPROVE,
        TRANSFER_COMPLETE,
        TRANSFER_REJECT,
        TRANSFER_CANCEL,
        TRANSFER_EXTEND,
        TRANSFER_RETURN,
        TRANSFER_PRESENTED,
        INCOMING_NEW_FORM,
        INCOMING_CREATE,
        DIRECTIVE_VIEW,
        GUIDE,
        GUIDE_SECTION,
        CAMPAIGN_VIEW,
        CAMPAIGN_NEW_FORM,
        CAMPAIGN_CREATE,
        CAMPAIGN_LETTERS,
        CAMPAIGN_ENTRY_VIEW,
        CAMPAIGN_ENTRY_TARGET,
        CAMPAIGN_ENTRY_RESIDENCE,
        CAMPAIGN_ENTRY_EXCLUDE,
        CAMPAIGN_ENTRY_INCLUDE,
        CAMPAIGN_PROPOSE_ALL,
        CAMPAIGN_APPROVE_ALL,
        CAMPAIGN_COMPLETE_ALL,
        CAMPAIGN_AGENCY_DISSOLVE,
        DUTIES_VIEW,
        DUTY_ASSIGN,
        DUTY_PROGRESS,
        DUTY_EDIT_FORM,
        DUTY_UPDATE,
        DUTY_REMOVE_FORM,
        DUTY_REMOVE,
        DUTY_TEMPLATE_FORM,
        DUTY_TEMPLATE_SAVE,
        MEETINGS_VIEW,
        MEETING_CREATE,
        MEETING_VIEW,
        MEETING_MINUTES,
        MEETING_ATTENDANCE,
        MEETING_GUEST,
        MEETING_LIAISON_COMMENT,
        MEETING_EDIT_FORM,
        MEETING_UPDATE,
        MEETING_REMOVE_FORM,
        MEETING_REMOVE,
        GUEST_EDIT_FORM,
        GUEST_UPDATE,
        GUEST_REMOVE_FORM,
        GUEST_REMOVE,
        LIAISON_ASSIGN,
        LIAISON_REMOVE,
        EVALUATIONS_VIEW,
        EVALUATIONS_SAVE,
        EVALUATIONS_OVERRIDE,
        BRANCHWORK_OF_COMMUNE,
        NOTICES_VIEW,
        NOTICE_NEW_FORM,
        NOTICE_CREATE,
        NOTICE_VIEW,
        NOTICE_EDIT_FORM,
        NOTICE_UPDATE,
        NOTICE_CANCEL_FORM,
        NOTICE_CANCEL,
        NOTICE_DOCUMENT_ADD,
        NOTICE_DOCUMENT_DOWNLOAD,
        NOTICE_DOCUMENT_REMOVE,
        SUMMARY_VIEW,
        CONCERNS_VIEW,
        CONCERN_RAISE,
        CONCERN_FORWARD,
        CONCERN_RESOLVE,
        SESSION_HOLD,
        SESSION_VIEW,
        SESSION_FOLLOW_UP,
        FOLLOW_UP_DONE,
        RECOGNITION_CREATE,
        RECOGNITIONS_OF_MEMBER,
        RECOGNITION_EDIT_FORM,
        RECOGNITION_UPDATE,
        RECOGNITION_REMOVE_FORM,
        RECOGNITION_REMOVE,
        CONCERN_EDIT_FORM,
        CONCERN_UPDATE,
        CONCERN_REMOVE_FORM,
        CONCERN_REMOVE,
        SESSION_EDIT_FORM,
        SESSION_UPDATE,
        SESSION_REMOVE_FORM,
        SESSION_REMOVE,
        FOLLOW_UPS_VIEW,
        FOLLOW_UP_EDIT_FORM,
        FOLLOW_UP_UPDATE,
        FOLLOW_UP_REMOVE_FORM,
        FOLLOW_UP_REMOVE,
        IMPORT_PREVIEW,
        IMPORT_COMMIT,
        IMPORT_CANCEL,
        AUDIT_VIEW,
        JOB_VIEW,
        JOB_FILE,
        SUMMARY_EXPORT,
        BACKUPS_VIEW,
        BACKUP_START,
        REORGANISATION_VIEW,
        REORGANISATION_EDIT_FORM,
        REORGANISATION_UPDATE,
        REORGANISATION_STEP_ADD,
        REORGANISATION_STEP_REMOVE,
        REORGANISATION_COMMIT_FORM,
        REORGANISATION_COMMIT,
        REORGANISATION_CANCEL_FORM,
        REORGANISATION_CANCEL,
        DUES_MONTH_VIEW,
        DUES_MONTH_SAVE,
        DUES_LIST,
        DUES_LIST_XLSX,
        DUES_MEMBER_VIEW,
        DUES_CATEGORY_SET,
        DUES_ARREARS,
        DUES_COLLECTION,
        DUES_RATE_ADD,
        DUES_IMPORT,
        DUES_IMPORT_TEMPLATE,
        HOLIDAYS_VIEW,
        HOLIDAY_NEW_FORM,
        HOLIDAY_ADD,
        HOLIDAY_EDIT_FORM,
        HOLIDAY_CORRECT,
        HOLIDAY_REMOVE_FORM,
        HOLIDAY_REMOVE,
        MEMBER_ACCOUNTS_VIEW,
        MEMBER_ACCOUNT_REISSUE,
        ME_HOME,
        ME_DUTY_FORM,
        ME_DUTY_PROGRESS,
        ME_MEETINGS,
        ME_NOTICE,
        ME_NOTICE_DOCUMENT,
        ME_ATTENDANCE,
        ME_CONCERNS,
        ME_RATING,
        ME_RATING_SAVE,
        CORRECTIONS_VIEW,
        CORRECTION_ANSWER
    }

    /** A place in the demo district: a branch, its commune and the account scoped to it. */
    record Target(String branchCode, String communeCode, String account) {

        /** Another hamlet of the same commune that no demo account is scoped to, where test transfers go. */
        String neighbourCode() {
            return communeCode + "-A5";
        }

        String agencyCode() {
            return communeCode + "-CQ";
        }

        /** The commune official of the target's commune. */
        String communeOfficial() {
            return communeCode.equals("TH-TB") ? "xa.thongbinh" : "xa.tanhoco";
        }
    }

    static final Target TB_A1 = new Target("TH-TB-A1", "TH-TB", "bithu");
    static final Target TB_A2 = new Target("TH-TB-A2", "TH-TB", "xa.thongbinh");
    static final Target THC_A1 = new Target("TH-THC-A1", "TH-THC", "xa.tanhoco");

    @Autowired
    MemberService members;

    @Autowired
    AccountService accounts;

    @Autowired
    TransferService transfers;

    @Autowired
    EngagementService engagement;

    @Autowired
    LiaisonService liaisons;

    @Autowired
    NoticeService notices;

    @Autowired
    BranchWorkLoader branchWork;

    @Autowired
    ImportService imports;

    @Autowired
    vn.dangvu.support.JobWaits jobWaits;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    WebApplicationContext context;

    @Autowired
    vn.dangvu.transfer.CampaignService campaigns;

    @Autowired
    CommitteeMemberships committees;

    @Autowired
    ReorganisationService reorganisations;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    MemberLifeService life;

    @Autowired
    vn.dangvu.report.SummaryExports exports;

    /** What a row created only to be acted on (an open transfer, a liaison) needs undone afterwards. */
    private final List<Runnable> cleanups = new ArrayList<>();

    /**
     * The answer each kind of user gets, written out by hand. A column is a user on a target: district staff
     * on a branch of their district; the district leader on a branch of their district whose liaison they
     * are (the demo makes them liaison of both hamlets the rows use); a commune official on a branch of
     * their commune, and of another commune; a branch secretary on their own branch, and on another one; a
     * member's own account (dangvien, of the secretary's branch) on their own branch, and on another one:
     * every member's record but through their own pages answers 404, every other page 403.
     */
    static final String EXPECTED = """
            #                           staff   leader   commune  commune  secretary  secretary   member   member
            #                           own     own      own      other    own        other        own      other
            MEMBER_VIEW                 200     200      200      404      200        404        404      404
            MEMBER_EDIT_FORM            200     403      200      404      403        403        404      404
            MEMBER_UPDATE               302     403      302      404      403        403        404      404
            # the branch comes from a select list: one outside the scope is an error beside it on the form
            MEMBER_CREATE               302     403      302      200      403        403        403      403
            MEMBER_YEAR                 200     200      200      404      200        404        404      404
            # committee periods: written by those who write the member; a form with an error comes back
            COMMITTEE_NEW_FORM          200     403      200      404      403        403        404      404
            COMMITTEE_ADD               200     403      200      404      403        403        404      404
            COMMITTEE_EDIT_FORM         200     403      200      404      403        403        403      403
            COMMITTEE_CORRECT           200     403      200      404      403        403        403      403
            COMMITTEE_END_FORM          200     403      200      404      403        403        403      403
            COMMITTEE_END               200     403      200      404      403        403        403      403
            COMMITTEE_REMOVE_FORM       200     403      200      404      403        403        403      403
            COMMITTEE_REMOVE            200     403      200      404      403        403        403      403
            # Party badges: every role lists its own scope; those who write members record an award, whose
            # form comes back (no decision number)
            BADGES_DUE                  200     200      200      200      200        200        403      403
            BADGES_AWARDED              200     200      200      200      200        200        403      403
            BADGE_NEW_FORM              200     403      200      404      403        403        404      404
            BADGE_AWARD                 200     403      200      404      403        403        404      404
            # a member's Party life (issue 18): roles that never write members get 403 whatever the scope; a
            # commune official records only a death (the form comes back, every field missing) and may not
            # decide a probation's outcome, which the committee above the grassroots (the district) decides
            LEAVING_FORM                200     403      200      404      403        403        404      404
            LEAVING_RECORD              200     403      200      404      403        403        404      404
            PROBATION_OUTCOME_FORM      200     403      403      404      403        403        404      404
            PROBATION_OUTCOME           200     403      403      404      403        403        404      404
            EXEMPTION_NEW_FORM          200     403      200      404      403        403        404      404
            EXEMPTION_ADD               200     403      200      404      403        403        404      404
            # a past exemption of the member, already ended: the return comes back refused
            EXEMPTION_RETURN_FORM       200     403      200      404      403        403        403      403
            EXEMPTION_RETURN            200     403      200      404      403        403        403      403
            CARD_NEW_FORM               200     403      200      404      403        403        404      404
            CARD_ISSUE                  200     403      200      404      403        403        404      404
            FILE_NUMBERS_FORM           200     403      200      404      403        403        404      404
            FILE_NUMBERS_SAVE           302     403      302      404      403        403        404      404
            UNIT_VIEW                   200     200      200      404      200        404        403      403
            UNIT_RENAME                 302     403      403      403      403        403        403      403
            # the form comes back: the branch still has members, the code is taken
            UNIT_DISSOLVE_FORM          200     403      403      403      403        403        403      403
            UNIT_DISSOLVE               200     403      403      403      403        403        403      403
            BRANCH_NEW_FORM             200     403      403      403      403        403        403      403
            BRANCH_CREATE               200     403      403      403      403        403        403      403
            ACCOUNT_VIEW                200     403      403      403      403        403        403      403
            ACCOUNT_NEW_FORM            200     403      403      403      403        403        403      403
            ACCOUNT_UPDATE              302     403      403      403      403        403        403      403
            # a password too short: the form comes back
            ACCOUNT_PASSWORD            200     403      403      403      403        403        403      403
            ACCOUNT_ENABLE              302     403      403      403      403        403        403      403
            TRANSFER_VIEW               200     200      200      404      200        404        403      403
            TRANSFER_LETTER             200     200      200      404      200        404        403      403
            # the registers of the issuing committees in the reader's scope: every role reads its own (a
            # branch secretary's lists none), whatever the target
            TRANSFER_REGISTER           200     200      200      200      200        200        403      403
            TRANSFER_REGISTER_XLSX      200     200      200      200      200        200        403      403
            TRANSFER_NEW_FORM           200     403      200      404      403        403        403      403
            # an internal one to the member's own branch: the commune's form comes back with the error; the
            # district's staff above the grassroots commune do not start internal transfers
            TRANSFER_CREATE             403     403      200      404      403        404        403      403
            # an internal transfer is proposed, approved and received by the grassroots committee (the commune
            # here) alone; staff above it, the secretary and the leader only read it
            TRANSFER_PROPOSE            403     403      302      404      403        404        403      403
            TRANSFER_APPROVE            403     403      302      404      403        404        403      403
            TRANSFER_COMPLETE           403     403      302      404      403        404        403      403
            TRANSFER_REJECT             403     403      302      404      403        404        403      403
            TRANSFER_CANCEL             403     403      302      404      403        404        403      403
            # the host records a temporary stay's extension and return
            TRANSFER_EXTEND             302     403      302      404      403        404        403      403
            TRANSFER_RETURN             302     403      302      404      403        404        403      403
            # an internal transfer's letter is received by the grassroots committee
            TRANSFER_PRESENTED          403     403      302      404      403        404        403      403
            INCOMING_NEW_FORM           200     403      403      403      403        403        403      403
            # a commune is not a branch to receive into: the form comes back
            INCOMING_CREATE             200     403      403      403      403        403        403      403
            DIRECTIVE_VIEW              200     200      200      200      200        200        403      403
            # the guide is text and pictures of the demo: everyone reads it, signed in or not
            GUIDE                       200     200      200      200      200        200        200      200
            GUIDE_SECTION               200     200      200      200      200        200        200      200
            # campaigns span communes: only district roles read them, only district staff run them
            CAMPAIGN_VIEW               200     200      403      403      403        403        403      403
            CAMPAIGN_NEW_FORM           200     403      403      403      403        403        403      403
            CAMPAIGN_CREATE             200     403      403      403      403        403        403      403
            CAMPAIGN_LETTERS            200     200      403      403      403        403        403      403
            CAMPAIGN_ENTRY_VIEW         200     403      403      403      403        403        403      403
            CAMPAIGN_ENTRY_TARGET       302     403      403      403      403        403        403      403
            CAMPAIGN_ENTRY_RESIDENCE    302     403      403      403      403        403        403      403
            CAMPAIGN_ENTRY_EXCLUDE      302     403      403      403      403        403        403      403
            CAMPAIGN_ENTRY_INCLUDE      302     403      403      403      403        403        403      403
            CAMPAIGN_PROPOSE_ALL        302     403      403      403      403        403        403      403
            CAMPAIGN_APPROVE_ALL        302     403      403      403      403        403        403      403
            CAMPAIGN_COMPLETE_ALL       302     403      403      403      403        403        403      403
            CAMPAIGN_AGENCY_DISSOLVE    302     403      403      403      403        403        403      403
            # branch work is written by the branch, the commune and district staff; leaders only read
            DUTIES_VIEW                 200     200      200      404      200        404        403      403
            DUTY_ASSIGN                 302     403      302      404      302        404        403      403
            DUTY_PROGRESS               302     403      302      404      302        404        403      403
            # corrections and removals: a stale version or no reason, so the form comes back
            DUTY_EDIT_FORM              200     403      200      404      200        404        403      403
            DUTY_UPDATE                 200     403      200      404      200        404        403      403
            DUTY_REMOVE_FORM            200     403      200      404      200        404        403      403
            DUTY_REMOVE                 200     403      200      404      200        404        403      403
            DUTY_TEMPLATE_FORM          200     403      403      403      403        403        403      403
            DUTY_TEMPLATE_SAVE          200     403      403      403      403        403        403      403
            MEETINGS_VIEW               200     200      200      404      200        404        403      403
            MEETING_CREATE              302     403      302      404      302        404        403      403
            MEETING_VIEW                200     200      200      404      200        404        403      403
            MEETING_MINUTES             200     200      200      404      200        404        403      403
            MEETING_ATTENDANCE          302     403      302      404      302        404        403      403
            MEETING_GUEST               302     403      302      404      302        404        403      403
            # only the liaison assigned to the branch comments on its meetings
            MEETING_LIAISON_COMMENT     403     302      403      404      403        404        403      403
            MEETING_EDIT_FORM           200     403      200      404      200        404        403      403
            MEETING_UPDATE              200     403      200      404      200        404        403      403
            MEETING_REMOVE_FORM         200     403      200      404      200        404        403      403
            MEETING_REMOVE              200     403      200      404      200        404        403      403
            # a guest who is not a liaison is kept by those who write the branch's work
            GUEST_EDIT_FORM             200     403      200      404      200        404        403      403
            GUEST_UPDATE                200     403      200      404      200        404        403      403
            GUEST_REMOVE_FORM           200     403      200      404      200        404        403      403
            GUEST_REMOVE                200     403      200      404      200        404        403      403
            LIAISON_ASSIGN              302     403      403      403      403        403        403      403
            LIAISON_REMOVE              302     403      403      403      403        403        403      403
            EVALUATIONS_VIEW            200     200      200      404      200        404        403      403
            EVALUATIONS_SAVE            302     403      302      404      302        404        403      403
            # an exception to the rating rules belongs to the commune's stage: a secretary may not record one
            EVALUATIONS_OVERRIDE        200     403      200      404      403        404        403      403
            # a commune's view: a branch secretary's scope holds no commune
            BRANCHWORK_OF_COMMUNE       200     200      200      404      404        404        403      403
            # meeting notices are the branch's work: everyone in scope reads them and downloads their documents,
            # those who write the branch's work announce them; a day passed, a stale version, no reason or no
            # file chosen brings the form (or the notice's page) back, and nothing changes
            NOTICES_VIEW                200     200      200      404      200        404        403      403
            NOTICE_NEW_FORM             200     403      200      404      200        404        403      403
            NOTICE_CREATE               200     403      200      404      200        404        403      403
            NOTICE_VIEW                 200     200      200      404      200        404        403      403
            NOTICE_EDIT_FORM            200     403      200      404      200        404        403      403
            NOTICE_UPDATE               200     403      200      404      200        404        403      403
            NOTICE_CANCEL_FORM          200     403      200      404      200        404        403      403
            NOTICE_CANCEL               200     403      200      404      200        404        403      403
            NOTICE_DOCUMENT_ADD         302     403      302      404      302        404        403      403
            NOTICE_DOCUMENT_DOWNLOAD    200     200      200      404      200        404        403      403
            NOTICE_DOCUMENT_REMOVE      302     403      302      404      302        404        403      403
            # the summary covers the user's own scope; branch secretaries have none
            SUMMARY_VIEW                200     200      200      200      403        403        403      403
            CONCERNS_VIEW               200     200      200      200      200        200        403      403
            # branch secretaries record and forward their hamlet's concerns; leaders only read them
            CONCERN_RAISE               302     403      302      404      302        404        403      403
            CONCERN_FORWARD             302     403      302      404      302        404        403      403
            CONCERN_RESOLVE             302     403      302      404      403        404        403      403
            # receptions and dialogues are held by communes and the district, not by branches
            SESSION_HOLD                302     302      302      404      403        403        403      403
            SESSION_VIEW                200     200      200      404      404        404        403      403
            SESSION_FOLLOW_UP           302     302      302      404      403        403        403      403
            FOLLOW_UP_DONE              302     302      302      404      403        403        403      403
            RECOGNITION_CREATE          302     302      302      404      403        403        403      403
            RECOGNITIONS_OF_MEMBER      200     200      200      404      200        404        403      403
            # whoever may write a record corrects and removes it (a secretary: an open concern of their hamlet);
            # a correction on a stale version and a removal without a reason bring the form back
            RECOGNITION_EDIT_FORM       200     200      200      404      403        403        403      403
            RECOGNITION_UPDATE          200     200      200      404      403        403        403      403
            RECOGNITION_REMOVE_FORM     200     200      200      404      403        403        403      403
            RECOGNITION_REMOVE          200     200      200      404      403        403        403      403
            CONCERN_EDIT_FORM           200     403      200      404      200        404        403      403
            CONCERN_UPDATE              200     403      200      404      200        404        403      403
            CONCERN_REMOVE_FORM         200     403      200      404      200        404        403      403
            CONCERN_REMOVE              200     403      200      404      200        404        403      403
            SESSION_EDIT_FORM           200     200      200      404      403        403        403      403
            SESSION_UPDATE              200     200      200      404      403        403        403      403
            SESSION_REMOVE_FORM         200     200      200      404      403        403        403      403
            SESSION_REMOVE              200     200      200      404      403        403        403      403
            FOLLOW_UPS_VIEW             200     200      200      200      200        200        403      403
            FOLLOW_UP_EDIT_FORM         200     200      200      404      403        403        403      403
            FOLLOW_UP_UPDATE            200     200      200      404      403        403        403      403
            FOLLOW_UP_REMOVE_FORM       200     200      200      404      403        403        403      403
            FOLLOW_UP_REMOVE            200     200      200      404      403        403        403      403
            # an upload belongs to whoever uploaded it (a secretary imports dues sheets: another's upload is 404)
            IMPORT_PREVIEW              200     403      200      404      404        404        403      403
            IMPORT_COMMIT               302     403      302      404      404        404        403      403
            IMPORT_CANCEL               302     403      302      404      404        404        403      403
            # the audit trail is district staff's, who cover the whole district
            AUDIT_VIEW                  200     403      403      403      403        403        403      403
            # a background job is its starter's (district staff's batch step): nobody else's to see
            JOB_VIEW                    200     404      404      404      404        404        403      403
            # so is the file it wrote (the summary's .xlsx written by district staff)
            JOB_FILE                    200     404      404      404      404        404        403      403
            # whoever reads the summary writes its files as jobs (a second of a kind at once is refused: 302 too)
            SUMMARY_EXPORT              302     302      302      302      403        403        403      403
            # a backup holds every unit: the top unit's staff back up from the page (no folder set: a message)
            BACKUPS_VIEW                200     403      403      403      403        403        403      403
            BACKUP_START                302     403      403      403      403        403        403      403
            # reorganisations are prepared and committed by those who manage units: a plan dated ahead, so a
            # commit stops at its date; a stale version, a step without its unit, a removal of a step another
            # uses, a cancellation without a reason: nothing changes
            REORGANISATION_VIEW         200     403      403      403      403        403        403      403
            REORGANISATION_EDIT_FORM    200     403      403      403      403        403        403      403
            REORGANISATION_UPDATE       200     403      403      403      403        403        403      403
            REORGANISATION_STEP_ADD     200     403      403      403      403        403        403      403
            REORGANISATION_STEP_REMOVE  302     403      403      403      403        403        403      403
            REORGANISATION_COMMIT_FORM  200     403      403      403      403        403        403      403
            REORGANISATION_COMMIT       200     403      403      403      403        403        403      403
            REORGANISATION_CANCEL_FORM  200     403      403      403      403        403        403      403
            REORGANISATION_CANCEL       200     403      403      403      403        403        403      403
            # dues: a branch's ledger is kept by those who keep its records; leaders read; a day received that
            # is no date (or a month that is none) brings the form back, so nothing is written
            DUES_MONTH_VIEW             200     200      200      404      200        404        403      403
            DUES_MONTH_SAVE             200     403      200      404      200        404        403      403
            DUES_LIST                   200     200      200      404      200        404        403      403
            DUES_LIST_XLSX              200     200      200      404      200        404        403      403
            DUES_MEMBER_VIEW            200     200      200      404      200        404        403      403
            DUES_CATEGORY_SET           200     403      200      404      200        404        403      403
            DUES_ARREARS                200     200      200      404      200        404        403      403
            # a commune's collections: a branch secretary's scope holds no commune
            DUES_COLLECTION             200     200      200      404      404        404        403      403
            # rates are district (province) staff's: a value that is no amount brings the form back
            DUES_RATE_ADD               200     403      403      403      403        403        403      403
            # a dues sheet is imported by whoever keeps ledgers; a row of another scope's member is refused in
            # the preview (DuesImportTests), so every upload shows its preview
            DUES_IMPORT                 302     403      302      302      302        302        403      403
            DUES_IMPORT_TEMPLATE        200     200      200      200      200        200        403      403
            # the holiday calendar is one for the country: everyone reads it, the province's or district's
            # organisation board keeps it; a day already there brings the form back, and the removal names a
            # day that is not in the calendar (404 to staff, after the role check), so nothing changes
            HOLIDAYS_VIEW               200     200      200      200      200        200        403      403
            HOLIDAY_NEW_FORM            200     403      403      403      403        403        403      403
            HOLIDAY_ADD                 200     403      403      403      403        403        403      403
            HOLIDAY_EDIT_FORM           200     403      403      403      403        403        403      403
            HOLIDAY_CORRECT             200     403      403      403      403        403        403      403
            HOLIDAY_REMOVE_FORM         200     403      403      403      403        403        403      403
            HOLIDAY_REMOVE              404     403      403      403      403        403        403      403
            # members' own accounts (issue 21): the branch secretary issues and reissues the codes of their own
            # branch's members (another branch's account does not exist for them); the member's own pages are
            # a member's alone, and another member's duty does not exist for them; the secretary answers the
            # correction requests of their own branch's members (an empty answer comes back with an error)
            MEMBER_ACCOUNTS_VIEW        403     403      403      403      200        200        403      403
            MEMBER_ACCOUNT_REISSUE      403     403      403      403      302        404        403      403
            ME_HOME                     403     403      403      403      403        403        200      200
            ME_DUTY_FORM                403     403      403      403      403        403        404      404
            ME_DUTY_PROGRESS            403     403      403      403      403        403        404      404
            # the member's branch's coming meetings (a notice of the branch they attend today; another
            # branch's notice and its documents do not exist for them), their attendance, their concerns
            ME_MEETINGS                 403     403      403      403      403        403        200      200
            ME_NOTICE                   403     403      403      403      403        403        200      404
            ME_NOTICE_DOCUMENT          403     403      403      403      403        403        200      404
            ME_ATTENDANCE               403     403      403      403      403        403        200      200
            ME_CONCERNS                 403     403      403      403      403        403        200      200
            # the member's own rating sheet has no id: always their own; a period not under review does not exist
            ME_RATING                   403     403      403      403      403        403        200      200
            ME_RATING_SAVE              403     403      403      403      403        403        404      404
            CORRECTIONS_VIEW            403     403      403      403      200        200        403      403
            CORRECTION_ANSWER           403     403      403      403      302        404        403      403
            """;

    /** The columns of {@link #EXPECTED}, in order. */
    enum Column {
        STAFF,
        LEADER,
        COMMUNE_OWN,
        COMMUNE_OTHER,
        SECRETARY_OWN,
        SECRETARY_OTHER,
        MEMBER_OWN,
        MEMBER_OTHER
    }

    Stream<Arguments> matrix() {
        Map<Page, int[]> expected = expectedTable();
        List<Arguments> rows = new ArrayList<>();
        addRows(rows, expected, "tochuc", TB_A1, true, Column.STAFF);
        addRows(rows, expected, "tochuc", THC_A1, true, Column.STAFF);
        addRows(rows, expected, "lanhdao", TB_A2, true, Column.LEADER);
        addRows(rows, expected, "lanhdao", THC_A1, true, Column.LEADER);
        addRows(rows, expected, "xa.thongbinh", TB_A2, true, Column.COMMUNE_OWN);
        addRows(rows, expected, "xa.thongbinh", THC_A1, false, Column.COMMUNE_OTHER);
        addRows(rows, expected, "xa.tanhoco", THC_A1, true, Column.COMMUNE_OWN);
        addRows(rows, expected, "xa.tanhoco", TB_A2, false, Column.COMMUNE_OTHER);
        addRows(rows, expected, "bithu", TB_A1, true, Column.SECRETARY_OWN);
        addRows(rows, expected, "bithu", TB_A2, false, Column.SECRETARY_OTHER);
        addRows(rows, expected, "dangvien", TB_A1, true, Column.MEMBER_OWN);
        addRows(rows, expected, "dangvien", TB_A2, false, Column.MEMBER_OTHER);
        return rows.stream();
    }

    private static void addRows(
            List<Arguments> rows, Map<Page, int[]> expected, String user, Target target, boolean own, Column column) {
        for (Page page : Page.values()) {
            rows.add(Arguments.of(user, page, target, own, expected.get(page)[column.ordinal()]));
        }
    }

    /** {@link #EXPECTED} read into one row of statuses per page; a page missing or listed twice is an error. */
    private static Map<Page, int[]> expectedTable() {
        Map<Page, int[]> table = new EnumMap<>(Page.class);
        EXPECTED.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .forEach(line -> {
                    String[] cells = line.split("\\s+");
                    if (cells.length != Column.values().length + 1) {
                        throw new IllegalStateException("not one status per column: " + line);
                    }
                    int[] statuses = new int[Column.values().length];
                    for (int i = 0; i < statuses.length; i++) {
                        statuses[i] = Integer.parseInt(cells[i + 1]);
                    }
                    if (table.put(Page.valueOf(cells[0]), statuses) != null) {
                        throw new IllegalStateException("listed twice: " + cells[0]);
                    }
                });
        EnumSet<Page> missing = EnumSet.allOf(Page.class);
        missing.removeAll(table.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no expected statuses for " + missing);
        }
        return table;
    }

    @ParameterizedTest(name = "{0} {1} on {2} (own scope: {3}) answers {4}")
    @MethodSource("matrix")
    void shouldAnswerByRoleAndScope(String user, Page page, Target target, boolean own, int expectedStatus)
            throws Exception {
        mvc.perform(request(page, target, user, own).with(users.as(user)).with(csrf()))
                .andExpect(status().is(expectedStatus));
    }

    /**
     * The matrix follows the controllers: every handler that names a record by a number in its path is
     * tried by some row of the matrix, so a new page cannot be added without its expected answers.
     */
    @Test
    void shouldTryEveryHandlerThatNamesARecordInItsPath() throws Exception {
        Set<String> tried = new TreeSet<>();
        for (Page page : Page.values()) {
            MockHttpServletRequest request =
                    request(page, TB_A1, TB_A1.account(), true).buildRequest(context.getServletContext());
            HandlerExecutionChain chain = mappings.getHandler(request);
            if (chain != null && chain.getHandler() instanceof HandlerMethod handler) {
                tried.add(handler.getBeanType().getSimpleName() + "."
                        + handler.getMethod().getName());
            }
        }
        Set<String> naming = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean numberInPath = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class)
                            && (p.getParameterType() == long.class || p.getParameterType() == Long.class));
            if (handler.getBeanType().getPackageName().startsWith("vn.dangvu") && numberInPath) {
                naming.add(handler.getBeanType().getSimpleName() + "."
                        + handler.getMethod().getName());
            }
        });
        assertThat(naming).as("handlers found that name a record in their path").hasSizeGreaterThan(40);
        naming.removeAll(tried);
        naming.removeAll(NOT_IN_THE_MATRIX);
        assertThat(naming)
                .as("handlers naming a record that no row of the matrix tries")
                .isEmpty();
    }

    /**
     * Handlers naming a record that the matrix leaves out, each with its reason: the same use case as a
     * row of the matrix under another address, or no scope to cross.
     */
    private static final Set<String> NOT_IN_THE_MATRIX = Set.of();

    /** The guide holds no data: it answers whoever has not signed in, and only its own sections exist. */
    @Test
    void shouldLetAnyoneReadTheGuide() throws Exception {
        mvc.perform(get("/guide")).andExpect(status().isOk());
        mvc.perform(get("/guide/{section}", "branch-secretaries")).andExpect(status().isOk());
        mvc.perform(get("/guide/{section}", "secrets")).andExpect(status().isNotFound());
        mvc.perform(get("/guide/{section}/{more}", "members", "1")).andExpect(status().is3xxRedirection());
    }

    /** A concern names the member who picked it up, and the concern list shows their name. */
    @Test
    void shouldNotLetAConcernNameAMemberOfAnotherScope() throws Exception {
        long stranger = demo.memberOf(THC_A1.branchCode());
        long before = demo.count("select count(*) from concern where member_id = ?", stranger);
        mvc.perform(post("/concerns")
                        .param("branchId", String.valueOf(demo.unit(TB_A1.branchCode())))
                        .param("memberId", String.valueOf(stranger))
                        .param("residentName", "Hộ ông Năm")
                        .param("topic", "Đèn đường hỏng")
                        .param("raisedOn", LocalDateFormatter.DISPLAY.format(LocalDate.now()))
                        .with(users.as("bithu"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(demo.count("select count(*) from concern where member_id = ?", stranger))
                .isEqualTo(before);
    }

    /** A liaison reads and comments on a branch's meetings: only a district leader's account may be one. */
    @Test
    void shouldAssignOnlyDistrictLeadersAsLiaisons() throws Exception {
        long branch = demo.unit(THC_A1.branchCode());
        mvc.perform(post("/liaisons")
                        .param("userId", String.valueOf(demo.account("bithu")))
                        .param("branchId", String.valueOf(branch))
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashError"));
        assertThat(demo.count(
                        "select count(*) from liaison where user_id = ? and branch_id = ?",
                        demo.account("bithu"),
                        branch))
                .isZero();
    }

    @AfterEach
    void undoWhatTheRowPrepared() {
        cleanups.forEach(Runnable::run);
        cleanups.clear();
    }

    private AbstractMockHttpServletRequestBuilder<?> request(Page page, Target target, String user, boolean own)
            throws Exception {
        long member = demo.memberOf(target.branchCode());
        long branch = demo.unit(target.branchCode());
        long commune = demo.unit(target.communeCode());
        long campaign = demo.count("select min(id) from campaign");
        String today = LocalDateFormatter.DISPLAY.format(LocalDate.now());
        return switch (page) {
            case MEMBER_VIEW -> get("/members/{id}", member);
            case MEMBER_EDIT_FORM -> get("/members/{id}/edit", member);
            case MEMBER_UPDATE -> memberParams(post("/members/{id}", member), "", members.editForm(staff(), member));
            case MEMBER_CREATE ->
                memberParams(post("/members"), "", MemberForms.form("Người Thử Phạm Vi", branch))
                        .param("branchId", String.valueOf(branch))
                        .param("joinedBranchOn", today);
            case MEMBER_YEAR ->
                get("/members/{id}/years/{year}", member, LocalDate.now().getYear() - 1);
            // no role: the form comes back
            case COMMITTEE_NEW_FORM -> get("/members/{id}/committees/new", member);
            case COMMITTEE_ADD ->
                post("/members/{id}/committees", member)
                        .param("unitId", String.valueOf(commune))
                        .param("validFrom", today);
            case COMMITTEE_EDIT_FORM -> get("/committee-periods/{id}/edit", committeePeriodOf(member, branch));
            // a stale version: the form comes back
            case COMMITTEE_CORRECT ->
                post("/committee-periods/{id}", committeePeriodOf(member, branch))
                        .param("unitId", String.valueOf(branch))
                        .param("role", "STANDING_MEMBER")
                        .param("validFrom", today)
                        .param("version", "-1");
            case COMMITTEE_END_FORM -> get("/committee-periods/{id}/end", committeePeriodOf(member, branch));
            case COMMITTEE_END ->
                post("/committee-periods/{id}/end", committeePeriodOf(member, branch))
                        .param("validTo", today)
                        .param("version", "-1");
            case COMMITTEE_REMOVE_FORM -> get("/committee-periods/{id}/delete", committeePeriodOf(member, branch));
            // no reason: the confirmation comes back and nothing is removed
            case COMMITTEE_REMOVE ->
                post("/committee-periods/{id}/delete", committeePeriodOf(member, branch))
                        .param("reason", " ")
                        .param("version", "0");
            case BADGES_DUE -> get("/badges");
            case BADGES_AWARDED -> get("/badges/awarded");
            case BADGE_NEW_FORM -> get("/members/{id}/badges/new", member);
            case BADGE_AWARD ->
                post("/members/{id}/badges", member)
                        .param("years", "30")
                        .param("awardedOn", today)
                        .param("decisionDate", today)
                        .param("decisionBody", "Đảng ủy xã");
            case LEAVING_FORM -> get("/members/{id}/leave", member);
            // nothing chosen or typed: the form comes back and nothing is recorded
            case LEAVING_RECORD -> post("/members/{id}/leave", member).param("version", "0");
            case PROBATION_OUTCOME_FORM -> get("/members/{id}/probation", member);
            case PROBATION_OUTCOME -> post("/members/{id}/probation", member).param("version", "0");
            case EXEMPTION_NEW_FORM -> get("/members/{id}/exemptions/new", member);
            case EXEMPTION_ADD -> post("/members/{id}/exemptions", member);
            case EXEMPTION_RETURN_FORM -> get("/exemptions/{id}/return", pastExemptionOf(member));
            case EXEMPTION_RETURN ->
                post("/exemptions/{id}/return", pastExemptionOf(member))
                        .param("returnedOn", "01/03/2006")
                        .param(
                                "version",
                                String.valueOf(demo.count(
                                        "select version from member_exemption where id = ?", pastExemptionOf(member))));
            case CARD_NEW_FORM -> get("/members/{id}/cards/new", member);
            case CARD_ISSUE -> post("/members/{id}/cards", member).param("version", "0");
            case FILE_NUMBERS_FORM -> get("/members/{id}/file-numbers", member);
            case FILE_NUMBERS_SAVE ->
                post("/members/{id}/file-numbers", member)
                        .param("fileNumber", "LL-17")
                        .param("registerNumber", "")
                        .param("version", version("member", member));
            case UNIT_VIEW -> get("/units/{id}", branch);
            case UNIT_RENAME ->
                post("/units/{id}/rename", branch)
                        .param("name", demo.text("select name from org_unit where id = ?", branch))
                        .param("version", version("org_unit", branch));
            case UNIT_DISSOLVE_FORM -> get("/units/{id}/dissolve", branch);
            case UNIT_DISSOLVE ->
                post("/units/{id}/dissolve", branch)
                        .param("decision", "01-QĐ/HU")
                        .param("dissolvedOn", today);
            case BRANCH_NEW_FORM -> get("/units/new").param("parent", String.valueOf(commune));
            case BRANCH_CREATE ->
                post("/units")
                        .param("parentId", String.valueOf(commune))
                        .param("code", target.branchCode())
                        .param("name", "Chi bộ Ấp Thử")
                        .param("kind", "HAMLET");
            case ACCOUNT_VIEW -> get("/accounts/{id}", demo.account(target.account()));
            case ACCOUNT_NEW_FORM -> get("/accounts/new");
            case ACCOUNT_UPDATE -> accountUpdate(demo.account(target.account()));
            case ACCOUNT_PASSWORD ->
                post("/accounts/{id}/password", demo.account(target.account()))
                        .param("password", "ngan")
                        .param("confirmation", "ngan");
            case ACCOUNT_ENABLE ->
                post("/accounts/{id}/enabled", demo.account(target.account())).param("enabled", "true");
            case TRANSFER_VIEW -> get("/transfers/{id}", demo.transferInto(target.branchCode()));
            case TRANSFER_LETTER -> get("/transfers/{id}/letter", demo.transferInto(target.branchCode()));
            case TRANSFER_REGISTER -> get("/transfers/register").param("year", "2024");
            case TRANSFER_REGISTER_XLSX -> get("/transfers/register.xlsx").param("year", "2024");
            case TRANSFER_NEW_FORM -> get("/transfers/new").param("member", String.valueOf(member));
            case TRANSFER_CREATE ->
                post("/transfers")
                        .param("memberId", String.valueOf(member))
                        .param("kind", "INTERNAL")
                        .param("toBranchId", String.valueOf(branch))
                        .param("reason", "Chuyển về nơi cư trú");
            case TRANSFER_PROPOSE -> step(openTransfer(target, 0), "propose");
            case TRANSFER_APPROVE -> step(openTransfer(target, 1), "approve");
            // no effective date: a completion that would pass the role and the scope stops there
            case TRANSFER_COMPLETE -> step(openTransfer(target, 2), "complete");
            // no reason: likewise
            case TRANSFER_REJECT -> step(openTransfer(target, 1), "reject");
            case TRANSFER_CANCEL -> step(openTransfer(target, 0), "cancel");
            case TRANSFER_EXTEND ->
                step(awayOnTemporaryTransfer(target), "extend")
                        .param("plannedEnd", LocalDate.now().plusMonths(8).format(DMY))
                        .param("reason", "Gia hạn học tập");
            case TRANSFER_RETURN ->
                step(awayOnTemporaryTransfer(target), "return")
                        .param("returnedOn", LocalDate.now().format(DMY))
                        .param("comments", "Hoàn thành tốt nhiệm vụ");
            case TRANSFER_PRESENTED ->
                step(approvedWithLetter(target), "presented")
                        .param("presentedOn", LocalDate.now().format(DMY));
            case INCOMING_NEW_FORM -> get("/transfers/incoming/new");
            case INCOMING_CREATE ->
                memberParams(post("/transfers/incoming"), "member.", MemberForms.form("Người Chuyển Đến", branch))
                        .param("toBranchId", String.valueOf(commune))
                        .param("otherOrganisation", "Đảng bộ huyện Hồng Ngự")
                        .param("reason", "Chuyển sinh hoạt chính thức");
            case GUIDE -> get("/guide");
            case GUIDE_SECTION -> get("/guide/{section}", "meetings");
            case DIRECTIVE_VIEW -> get("/directives/{id}", demo.count("select min(id) from directive"));
            case HOLIDAYS_VIEW -> get("/holidays").param("year", "2025");
            case HOLIDAY_NEW_FORM -> get("/holidays/new");
            case HOLIDAY_ADD -> post("/holidays").param("day", "01/01/2025").param("name", "Tết Dương lịch");
            case HOLIDAY_EDIT_FORM -> get("/holidays/2025-04-07/edit");
            case HOLIDAY_CORRECT ->
                post("/holidays/2025-04-07/edit").param("day", "01/01/2025").param("name", "Giỗ Tổ Hùng Vương");
            case HOLIDAY_REMOVE_FORM -> get("/holidays/2025-04-07/delete");
            case HOLIDAY_REMOVE -> post("/holidays/2025-04-08/delete");
            case MEMBER_ACCOUNTS_VIEW -> get("/member-accounts");
            // the demo's member account waiting for its code, in the secretary's branch; elsewhere an account
            // that is no member's
            case MEMBER_ACCOUNT_REISSUE ->
                post(
                        "/member-accounts/{id}/reissue",
                        target == TB_A1 ? demo.account("kichhoat") : demo.account(target.account()));
            case ME_HOME -> get("/me");
            case ME_DUTY_FORM -> get("/me/duties/{id}", dutyOf(target));
            case ME_DUTY_PROGRESS ->
                post("/me/duties/{id}", dutyOf(target)).param("status", "DONE").param("version", "-1");
            case ME_MEETINGS -> get("/me/meetings");
            case ME_NOTICE -> get("/me/notices/{id}", noticeOf(target));
            case ME_NOTICE_DOCUMENT -> {
                long notice = noticeOf(target);
                yield get("/me/notices/{id}/documents/{d}", notice, documentOf(notice));
            }
            case ME_ATTENDANCE -> get("/me/attendance");
            case ME_CONCERNS -> get("/me/concerns");
            case ME_RATING -> get("/me/rating");
            case ME_RATING_SAVE ->
                post("/me/rating").param("year", "2000").param("period", "Y").param("self", "GOOD");
            case CORRECTIONS_VIEW -> get("/corrections");
            case CORRECTION_ANSWER ->
                post("/corrections/{id}/answer", correctionOf(member)).param("answer", " ");
            case CAMPAIGN_VIEW -> get("/campaigns/{id}", campaign);
            case CAMPAIGN_NEW_FORM ->
                get("/campaigns/new").param("directive", String.valueOf(demo.count("select min(id) from directive")));
            // a member-group campaign without its group: the form comes back
            case CAMPAIGN_CREATE ->
                post("/campaigns")
                        .param("directiveId", String.valueOf(demo.count("select min(id) from directive")))
                        .param("name", "Đợt thử")
                        .param("deadline", today)
                        .param("cohortKind", "MEMBER_GROUP")
                        .param("communeIds", String.valueOf(commune));
            // the smaller demo campaign: a letter per transfer
            case CAMPAIGN_LETTERS -> get("/campaigns/{id}/letters", demo.count("select max(id) from campaign"));
            case CAMPAIGN_ENTRY_VIEW -> get("/campaigns/{id}/cohort/{entry}", campaign, entry(campaign, target));
            // the demo entries are all proposed: choosing a target or excluding stops at that rule
            case CAMPAIGN_ENTRY_TARGET ->
                post("/campaigns/{id}/cohort/{entry}/target", campaign, entry(campaign, target))
                        .param("branchId", entryBranch("cm.target_branch_id", entry(campaign, target)));
            case CAMPAIGN_ENTRY_RESIDENCE ->
                post("/campaigns/{id}/cohort/{entry}/residence", campaign, entry(campaign, target))
                        .param(
                                "branchId",
                                entryBranch(
                                        "coalesce(m.residence_branch_id, cm.target_branch_id)",
                                        entry(campaign, target)));
            case CAMPAIGN_ENTRY_EXCLUDE ->
                post("/campaigns/{id}/cohort/{entry}/exclude", campaign, entry(campaign, target))
                        .param("reason", "Đi học dài hạn");
            case CAMPAIGN_ENTRY_INCLUDE ->
                post("/campaigns/{id}/cohort/{entry}/include", campaign, entry(campaign, target));
            // everyone was proposed, approved and moved: the batch steps find nothing left to do
            case CAMPAIGN_PROPOSE_ALL -> post("/campaigns/{id}/propose-all", campaign);
            case CAMPAIGN_APPROVE_ALL -> post("/campaigns/{id}/approve-all", campaign);
            case CAMPAIGN_COMPLETE_ALL -> post("/campaigns/{id}/complete-all", campaign);
            // the demo agency branches are dissolved already
            case CAMPAIGN_AGENCY_DISSOLVE ->
                post("/campaigns/{id}/agencies/{branch}/dissolve", campaign, demo.unit(target.agencyCode()))
                        .param("decision", "01-QĐ/HU")
                        .param("dissolvedOn", today);
            case DUTIES_VIEW -> get("/branches/{id}/duties", branch);
            case DUTY_ASSIGN ->
                post("/branches/{id}/duties", branch)
                        .param("year", String.valueOf(LocalDate.now().getYear()))
                        .param("memberId", String.valueOf(member))
                        .param("field", "Dân vận")
                        .param("title", "Phụ trách tổ nhân dân tự quản");
            // a stale version: an update that passed the role and the scope stops there
            case DUTY_PROGRESS -> {
                long duty = demo.count(
                        "select min(d.id) from duty d join org_unit b on b.id = d.branch_id where b.code = ?",
                        target.branchCode());
                yield post("/duties/{id}", duty)
                        .param("year", String.valueOf(demo.count("select year from duty where id = ?", duty)))
                        .param("status", "DONE")
                        .param("version", "-1");
            }
            // a stale version: the form comes back
            case DUTY_EDIT_FORM -> get("/duties/{id}/edit", dutyOf(target));
            case DUTY_UPDATE ->
                post("/duties/{id}/edit", dutyOf(target))
                        .param("field", "Dân vận")
                        .param("title", "Phụ trách tổ thử")
                        .param("version", "-1");
            case DUTY_REMOVE_FORM -> get("/duties/{id}/delete", dutyOf(target));
            // no reason: the confirmation comes back and nothing is removed
            case DUTY_REMOVE ->
                post("/duties/{id}/delete", dutyOf(target)).param("reason", " ").param("version", "0");
            case DUTY_TEMPLATE_FORM -> get("/duty-templates/{id}", demo.count("select min(id) from duty_template"));
            case DUTY_TEMPLATE_SAVE ->
                post("/duty-templates/{id}", demo.count("select min(id) from duty_template"))
                        .param("group", "FARMER_OTHER")
                        .param("field", "Kinh tế")
                        .param("title", "Vận động hộ nghèo")
                        .param("active", "true")
                        .param("version", "-1");
            case MEETINGS_VIEW -> get("/branches/{id}/meetings", branch);
            case MEETING_CREATE ->
                post("/branches/{id}/meetings", branch)
                        .param("heldOn", "05/01/2000")
                        .param("kind", "REGULAR")
                        .param("topic", "Sinh hoạt thử");
            case MEETING_VIEW -> get("/meetings/{id}", demo.meetingOf(target.branchCode()));
            case MEETING_MINUTES -> get("/meetings/{id}/minutes", demo.meetingOf(target.branchCode()));
            case MEETING_ATTENDANCE ->
                post("/meetings/{id}/attendance", demo.meetingOf(target.branchCode()))
                        .param("version", "-1");
            case MEETING_GUEST ->
                post("/meetings/{id}/guests", demo.meetingOf(target.branchCode()))
                        .param("kind", "OTHER")
                        .param("name", "Khách thử")
                        .param("comment", "");
            // a blank comment: a comment that passed the role and the scope stops there
            case MEETING_LIAISON_COMMENT ->
                post("/meetings/{id}/liaison-comment", demo.meetingOf(target.branchCode()))
                        .param("comment", " ");
            case MEETING_EDIT_FORM -> get("/meetings/{id}/edit", demo.meetingOf(target.branchCode()));
            // a stale version: the form comes back
            case MEETING_UPDATE ->
                post("/meetings/{id}", demo.meetingOf(target.branchCode()))
                        .param("heldOn", "05/01/2019")
                        .param("kind", "REGULAR")
                        .param("topic", "Sinh hoạt thử")
                        .param("version", "-1");
            case MEETING_REMOVE_FORM -> get("/meetings/{id}/delete", demo.meetingOf(target.branchCode()));
            // no reason: the confirmation comes back and nothing is removed
            case MEETING_REMOVE ->
                post("/meetings/{id}/delete", demo.meetingOf(target.branchCode()))
                        .param("reason", " ")
                        .param("version", "0");
            case GUEST_EDIT_FORM -> get("/guests/{id}/edit", guestOf(target));
            // a stale version: the form comes back
            case GUEST_UPDATE ->
                post("/guests/{id}", guestOf(target))
                        .param("kind", "OTHER")
                        .param("name", "Khách thử")
                        .param("version", "-1");
            case GUEST_REMOVE_FORM -> get("/guests/{id}/delete", guestOf(target));
            // no reason: the confirmation comes back and nothing is removed
            case GUEST_REMOVE ->
                post("/guests/{id}/delete", guestOf(target))
                        .param("reason", " ")
                        .param("version", "0");
            case LIAISON_ASSIGN -> liaisonAssign(branch);
            case LIAISON_REMOVE -> post("/liaisons/{id}/remove", freshLiaison(branch));
            case EVALUATIONS_VIEW -> get("/branches/{id}/evaluations", branch);
            // no rows, for a year nobody was rated: nothing but the role and the scope is checked
            case EVALUATIONS_SAVE -> post("/branches/{id}/evaluations", branch).param("year", "2000");
            // no reason: the form comes back, nothing is written
            case EVALUATIONS_OVERRIDE ->
                post("/branches/{id}/evaluations/overrides", branch)
                        .param("year", "2000")
                        .param("kind", "DISSOLUTION")
                        .param("reason", " ")
                        .param("decidingBody", "Đảng ủy xã");
            case BRANCHWORK_OF_COMMUNE -> get("/branchwork").param("commune", String.valueOf(commune));
            case NOTICES_VIEW -> get("/branches/{id}/notices", branch);
            case NOTICE_NEW_FORM -> get("/branches/{id}/notices/new", branch);
            // a day that has passed: the form comes back
            case NOTICE_CREATE ->
                multipart("/branches/{id}/notices", branch)
                        .file(new MockMultipartFile("files", "giay-moi.pdf", "application/pdf", NOTICE_PDF))
                        .param("meetsOn", "05/01/2000")
                        .param("kind", "REGULAR")
                        .param("topic", "Sinh hoạt thử");
            case NOTICE_VIEW -> get("/notices/{id}", noticeOf(target));
            case NOTICE_EDIT_FORM -> get("/notices/{id}/edit", noticeOf(target));
            case NOTICE_UPDATE ->
                post("/notices/{id}", noticeOf(target))
                        .param("meetsOn", "05/01/2099")
                        .param("kind", "REGULAR")
                        .param("topic", "Sinh hoạt thử")
                        .param("version", "-1");
            case NOTICE_CANCEL_FORM -> get("/notices/{id}/cancel", noticeOf(target));
            case NOTICE_CANCEL ->
                post("/notices/{id}/cancel", noticeOf(target))
                        .param("reason", " ")
                        .param("version", "0");
            // no file chosen: the notice's page says so
            case NOTICE_DOCUMENT_ADD ->
                multipart("/notices/{id}/documents", noticeOf(target))
                        .file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]));
            case NOTICE_DOCUMENT_DOWNLOAD -> {
                long notice = noticeOf(target);
                yield get("/notices/{id}/documents/{d}", notice, documentOf(notice));
            }
            case NOTICE_DOCUMENT_REMOVE -> {
                long notice = noticeOf(target);
                yield post("/notices/{id}/documents/{d}/delete", notice, documentOf(notice));
            }
            case SUMMARY_VIEW -> get("/reports/summary");
            case CONCERNS_VIEW -> get("/concerns");
            case CONCERN_RAISE ->
                post("/concerns")
                        .param("branchId", String.valueOf(branch))
                        .param("memberId", String.valueOf(member))
                        .param("residentName", "Hộ bà Tư")
                        .param("topic", "Đường ngập nước")
                        .param("raisedOn", today);
            case CONCERN_FORWARD ->
                post("/concerns/{id}/forward", concern(target)).param("version", "-1");
            case CONCERN_RESOLVE ->
                post("/concerns/{id}/resolve", concern(target))
                        .param("version", "-1")
                        .param("response", "Đã trả lời");
            case SESSION_HOLD ->
                post("/sessions")
                        .param("kind", "RECEPTION")
                        .param("unitId", String.valueOf(commune))
                        .param("heldOn", today)
                        .param("title", "Tiếp công dân định kỳ");
            case SESSION_VIEW -> get("/sessions/{id}", session(commune));
            case SESSION_FOLLOW_UP ->
                post("/sessions/{id}/follow-ups", session(commune))
                        .param("description", "Trả lời bà con")
                        .param("owner", "Văn phòng Đảng ủy")
                        .param("dueOn", today);
            case FOLLOW_UP_DONE -> {
                long session = session(commune);
                yield post("/follow-ups/{id}/done", followUp(session))
                        .param("version", "-1")
                        .param("session", String.valueOf(session));
            }
            case RECOGNITION_CREATE ->
                post("/recognitions")
                        .param("kind", "COMMENDATION")
                        .param("memberId", String.valueOf(member))
                        .param("decidedOn", today)
                        .param("decidedBy", "Đảng ủy xã")
                        .param("reason", "Vận động hiến đất làm đường");
            case RECOGNITIONS_OF_MEMBER -> get("/recognitions").param("member", String.valueOf(member));
            case RECOGNITION_EDIT_FORM -> get("/recognitions/{id}/edit", recognition(target));
            case RECOGNITION_UPDATE ->
                post("/recognitions/{id}", recognition(target))
                        .param("kind", "REMINDER")
                        .param("branchId", String.valueOf(branch))
                        .param("decidedOn", today)
                        .param("decidedBy", "Đảng ủy xã")
                        .param("reason", "Sửa thử phạm vi")
                        .param("version", "-1");
            case RECOGNITION_REMOVE_FORM -> get("/recognitions/{id}/delete", recognition(target));
            case RECOGNITION_REMOVE -> removal(post("/recognitions/{id}/delete", recognition(target)));
            case CONCERN_EDIT_FORM -> get("/concerns/{id}/edit", openConcern(target));
            case CONCERN_UPDATE ->
                post("/concerns/{id}", openConcern(target))
                        .param("branchId", String.valueOf(branch))
                        .param("residentName", "Hộ bà Tư")
                        .param("topic", "Sửa thử phạm vi")
                        .param("raisedOn", today)
                        .param("version", "-1");
            case CONCERN_REMOVE_FORM -> get("/concerns/{id}/delete", openConcern(target));
            case CONCERN_REMOVE -> removal(post("/concerns/{id}/delete", openConcern(target)));
            case SESSION_EDIT_FORM -> get("/sessions/{id}/edit", session(commune));
            case SESSION_UPDATE ->
                post("/sessions/{id}", session(commune))
                        .param("kind", "RECEPTION")
                        .param("unitId", String.valueOf(commune))
                        .param("heldOn", today)
                        .param("title", "Sửa thử phạm vi")
                        .param("version", "-1");
            case SESSION_REMOVE_FORM -> get("/sessions/{id}/delete", session(commune));
            case SESSION_REMOVE -> removal(post("/sessions/{id}/delete", session(commune)));
            case FOLLOW_UPS_VIEW -> get("/follow-ups");
            case FOLLOW_UP_EDIT_FORM -> get("/follow-ups/{id}/edit", followUp(session(commune)));
            case FOLLOW_UP_UPDATE ->
                post("/follow-ups/{id}", followUp(session(commune)))
                        .param("description", "Sửa thử phạm vi")
                        .param("owner", "Văn phòng Đảng ủy")
                        .param("dueOn", today)
                        .param("version", "-1");
            case FOLLOW_UP_REMOVE_FORM -> get("/follow-ups/{id}/delete", followUp(session(commune)));
            case FOLLOW_UP_REMOVE -> {
                long session = session(commune);
                yield removal(post("/follow-ups/{id}/delete", followUp(session)))
                        .param("session", String.valueOf(session));
            }
            case IMPORT_PREVIEW -> get("/import/{token}", upload(uploader(user, own, target)));
            case IMPORT_COMMIT -> post("/import/{token}/commit", upload(uploader(user, own, target)));
            case IMPORT_CANCEL -> post("/import/{token}/cancel", upload(uploader(user, own, target)));
            case AUDIT_VIEW -> get("/audit/MEMBER/{id}", member);
            case JOB_VIEW -> get("/jobs/{id}", staffJob(campaign));
            case JOB_FILE -> get("/jobs/{id}/file", staffExport());
            case SUMMARY_EXPORT ->
                post("/reports/summary/export").param("format", "XLSX").param("asOf", "31/12/2021");
            case BACKUPS_VIEW -> get("/backups");
            case BACKUP_START -> post("/backups");
            case REORGANISATION_VIEW -> get("/reorganisations/{id}", reorganisation(target));
            case REORGANISATION_EDIT_FORM -> get("/reorganisations/{id}/edit", reorganisation(target));
            case REORGANISATION_UPDATE ->
                post("/reorganisations/{id}", reorganisation(target))
                        .param("title", "Sắp xếp thử phạm vi")
                        .param("effectiveOn", "01/01/2099")
                        .param("version", "-1");
            case REORGANISATION_STEP_ADD ->
                post("/reorganisations/{id}/steps", reorganisation(target)).param("kind", "RENAME");
            case REORGANISATION_STEP_REMOVE -> {
                long plan = reorganisation(target);
                yield post(
                        "/reorganisations/{id}/steps/{step}/delete",
                        plan,
                        demo.count("select min(id) from reorganisation_step where reorganisation_id = ?", plan));
            }
            case REORGANISATION_COMMIT_FORM -> get("/reorganisations/{id}/commit", reorganisation(target));
            case REORGANISATION_COMMIT -> {
                long plan = reorganisation(target);
                yield post("/reorganisations/{id}/commit", plan)
                        .param(
                                "version",
                                String.valueOf(demo.count("select version from reorganisation where id = ?", plan)));
            }
            case REORGANISATION_CANCEL_FORM -> get("/reorganisations/{id}/cancel", reorganisation(target));
            case REORGANISATION_CANCEL ->
                post("/reorganisations/{id}/cancel", reorganisation(target)).param("reason", " ");
            case DUES_MONTH_VIEW -> get("/dues/branches/{id}", branch).param("month", "03/2026");
            case DUES_MONTH_SAVE ->
                post("/dues/branches/{id}", branch).param("month", "03/2026").param("paidOn", "không phải ngày");
            case DUES_LIST -> get("/dues/branches/{id}/list", branch).param("month", "03/2026");
            case DUES_LIST_XLSX -> get("/dues/branches/{id}/list.xlsx", branch).param("month", "03/2026");
            case DUES_MEMBER_VIEW -> get("/dues/members/{id}", member);
            case DUES_CATEGORY_SET ->
                post("/dues/members/{id}/category", member)
                        .param("category", "SALARY")
                        .param("base", "5.000.000")
                        .param("fromMonth", "tháng ba");
            case DUES_ARREARS -> get("/dues/arrears").param("unit", String.valueOf(branch));
            case DUES_COLLECTION -> get("/dues/collection").param("unit", String.valueOf(commune));
            case DUES_RATE_ADD ->
                post("/dues/rates")
                        .param("category", "STUDENT")
                        .param("rule", "Quy định thử")
                        .param("kind", "AMOUNT")
                        .param("value", "năm nghìn")
                        .param("validFrom", today);
            case DUES_IMPORT ->
                multipart("/import")
                        .file(new MockMultipartFile(
                                "file",
                                "so-thu.csv",
                                "text/csv",
                                ("Số định danh cá nhân hoặc số thẻ đảng viên,Tháng,Số tiền đã nộp,Ngày nộp,Hình thức nộp\n"
                                                + demo.text("select id_number from member where id = ?", member)
                                                + ",01/2026,0,05/01/2026,Tiền mặt\n")
                                        .getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "DUES");
            case DUES_IMPORT_TEMPLATE -> get("/import/template/dues.xlsx");
        };
    }

    private Actor staff() {
        return users.actor("tochuc");
    }

    /**
     * A reorganisation of the target's commune dated far ahead, made once: a branch established under the
     * commune, and the target branch moved under it (so the first step is in use and stays).
     */
    private long reorganisation(Target target) {
        String title = "Kiểm thử phạm vi " + target.communeCode();
        long found = demo.count("select coalesce(min(id), 0) from reorganisation where title = ?", title);
        if (found != 0) {
            return found;
        }
        long id = reorganisations.prepare(
                staff(), new ReorganisationForm(title, LocalDate.of(2099, 1, 1), null, null, null, null));
        reorganisations.addStep(
                staff(),
                id,
                new ReorganisationStepForm(
                        ReorganisationStepKind.ESTABLISH,
                        List.of(),
                        "u" + demo.unit(target.communeCode()),
                        "Chi bộ Ấp Thử Phạm Vi",
                        target.communeCode() + "-RX",
                        vn.dangvu.organisation.UnitKind.HAMLET,
                        LevelRole.BRANCH));
        long established = demo.count("select id from reorganisation_step where reorganisation_id = ?", id);
        reorganisations.addStep(
                staff(),
                id,
                new ReorganisationStepForm(
                        ReorganisationStepKind.MOVE,
                        List.of(demo.unit(target.branchCode())),
                        "s" + established,
                        null,
                        null,
                        null,
                        null));
        return id;
    }

    /** A job of district staff's: an approve-all of the demo campaign, which finds nothing left to approve. */
    private long staffJob(long campaign) {
        long found = demo.count(
                "select coalesce(min(id), 0) from background_job where owner_id = ?", demo.account("tochuc"));
        return found != 0 ? found : campaigns.startApproveAll(staff(), campaign);
    }

    /** A summary workbook written as a job by district staff, and kept for them. */
    private long staffExport() throws InterruptedException {
        long found = demo.count("""
                select coalesce(min(j.id), 0) from background_job j join background_job_file f on f.job_id = j.id
                where j.owner_id = ?""", demo.account("tochuc"));
        if (found != 0) {
            return found;
        }
        long job = exports.start(
                staff(),
                vn.dangvu.report.SummaryExports.Format.XLSX,
                java.time.LocalDate.of(2021, 1, 1),
                java.time.LocalDate.of(2021, 12, 31),
                java.util.Locale.forLanguageTag("vi"));
        jobWaits.awaitEnd("tochuc", job, new ArrayList<>());
        return job;
    }

    private String version(String table, long id) {
        return String.valueOf(demo.count("select version from " + table + " where id = ?", id));
    }

    private static MockHttpServletRequestBuilder memberParams(
            MockHttpServletRequestBuilder request, String prefix, MemberForm form) {
        request.param(prefix + "fullName", form.fullName())
                .param(prefix + "birthDate", LocalDateFormatter.DISPLAY.format(form.birthDate()))
                .param(prefix + "gender", form.gender().name())
                .param(prefix + "idNumber", form.idNumber())
                .param(prefix + "admittedOn", LocalDateFormatter.DISPLAY.format(form.admittedOn()))
                .param(prefix + "group", form.group().name())
                .param(prefix + "status", form.status().name());
        if (form.version() != null) {
            request.param(prefix + "version", String.valueOf(form.version()));
        }
        if (form.fullMemberOn() != null) {
            request.param(prefix + "fullMemberOn", LocalDateFormatter.DISPLAY.format(form.fullMemberOn()));
        }
        request.param(prefix + "partyCardNumber", form.partyCardNumber() == null ? "" : form.partyCardNumber())
                .param(prefix + "position", form.position() == null ? "" : form.position())
                .param(prefix + "workplace", form.workplace() == null ? "" : form.workplace());
        if (form.residenceBranchId() != null) {
            request.param(prefix + "residenceBranchId", String.valueOf(form.residenceBranchId()));
        }
        return request;
    }

    /** The account as it is: saving it changes nothing but its version. */
    private MockHttpServletRequestBuilder accountUpdate(long id) {
        AccountForm form = accounts.editForm(staff(), id);
        return post("/accounts/{id}", id)
                .param("username", form.username())
                .param("fullName", form.fullName())
                .param("role", form.role().name())
                .param("scopeUnitId", String.valueOf(form.scopeUnitId()))
                .param("version", String.valueOf(form.version()));
    }

    /**
     * A new internal transfer of a member of the target branch to a neighbouring hamlet, taken by the
     * commune's official (its grassroots committee) {@code steps} steps on (0 = draft, 1 = proposed, 2 =
     * approved); cancelled after the row if it is still open.
     */
    private long openTransfer(Target target, int steps) {
        Actor official = users.actor(target.communeOfficial());
        long member = demo.count("""
                select min(m.id) from member m join org_unit b on b.id = m.branch_id
                where b.code = ? and m.status = 'ACTIVE' and not exists (
                  select 1 from transfer t where t.member_id = m.id and (t.state in ('DRAFT', 'PROPOSED', 'APPROVED')
                    or (t.kind = 'TEMPORARY' and t.state = 'COMPLETED' and t.returned_on is null)))""", target.branchCode());
        long id = transfers.create(
                official,
                new TransferForm(
                        member,
                        TransferKind.INTERNAL,
                        demo.unit(target.neighbourCode()),
                        null,
                        "Chuyển về nơi cư trú",
                        null,
                        null));
        if (steps >= 1) {
            transfers.propose(
                    official,
                    id,
                    new StepForm(demo.count("select version from transfer where id = ?", id), null, null));
        }
        if (steps >= 2) {
            transfers.approve(
                    official,
                    id,
                    new StepForm(demo.count("select version from transfer where id = ?", id), null, null));
        }
        cleanups.add(() -> {
            if (demo.count(
                            "select count(*) from transfer where id = ? and state in ('DRAFT', 'PROPOSED', 'APPROVED')",
                            id)
                    > 0) {
                transfers.cancel(
                        official,
                        id,
                        new StepForm(
                                demo.count("select version from transfer where id = ?", id), "Kiểm thử phạm vi", null));
            }
        });
        return id;
    }

    private static final java.time.format.DateTimeFormatter DMY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * A member of the target's branch attending its neighbour temporarily (completed by staff): the host is
     * the neighbour, in the target's commune. Brought back afterwards.
     */
    private long awayOnTemporaryTransfer(Target target) {
        Actor staff = staff();
        long member = demo.count("""
                select min(m.id) from member m join org_unit b on b.id = m.branch_id
                where b.code = ? and m.status = 'ACTIVE' and not exists (
                  select 1 from transfer t where t.member_id = m.id and (t.state in ('DRAFT', 'PROPOSED', 'APPROVED')
                    or (t.kind = 'TEMPORARY' and t.state = 'COMPLETED' and t.returned_on is null)))""", target.branchCode());
        LocalDate letter = LocalDate.now().minusDays(10);
        long id = transfers.create(
                staff,
                new TransferForm(
                        member,
                        TransferKind.TEMPORARY,
                        demo.unit(target.neighbourCode()),
                        null,
                        "Đi học",
                        null,
                        letter,
                        null,
                        vn.dangvu.transfer.TemporaryPurpose.STUDY,
                        letter.plusMonths(6)));
        for (String step : List.of("propose", "approve", "complete")) {
            StepForm form = new StepForm(
                    demo.count("select version from transfer where id = ?", id),
                    null,
                    LocalDate.now().minusDays(5));
            switch (step) {
                case "propose" -> transfers.propose(staff, id, form);
                case "approve" -> transfers.approve(staff, id, form);
                default -> transfers.complete(staff, id, form);
            }
        }
        cleanups.add(() -> {
            if (demo.count("select count(*) from transfer where id = ? and returned_on is null", id) > 0) {
                transfers.returned(
                        staff,
                        id,
                        new StepForm(
                                demo.count("select version from transfer where id = ?", id),
                                null,
                                null,
                                null,
                                LocalDate.now(),
                                "Kiểm thử phạm vi",
                                null));
            }
        });
        return id;
    }

    /** An approved internal transfer from the target's branch whose letter is dated today, not yet presented. */
    private long approvedWithLetter(Target target) {
        long id = openTransfer(target, 2);
        jdbc.sql("update transfer set letter_date = current_date where id = ?")
                .param(id)
                .update();
        return id;
    }

    private MockHttpServletRequestBuilder step(long transfer, String step) {
        return post("/transfers/{id}/{step}", transfer, step)
                .param("version", String.valueOf(demo.count("select version from transfer where id = ?", transfer)));
    }

    /** An entry of the campaign's cohort that came from the target commune's agency branch. */
    private long entry(long campaign, Target target) {
        return demo.count("""
                select min(cm.id) from campaign_member cm join org_unit b on b.id = cm.from_branch_id
                where cm.campaign_id = ? and b.code = ?""", campaign, target.agencyCode());
    }

    private String entryBranch(String column, long entry) {
        return String.valueOf(demo.count(
                "select " + column + " from campaign_member cm join member m on m.id = cm.member_id where cm.id = ?",
                entry));
    }

    /** A district leader already assigned to the branch, or one who is assigned by the row and unassigned after. */
    private MockHttpServletRequestBuilder liaisonAssign(long branch) {
        long existing = demo.count("select coalesce(min(user_id), 0) from liaison where branch_id = ?", branch);
        long user = existing != 0 ? existing : demo.account("huyenuy.an");
        if (existing == 0) {
            cleanups.add(() -> removeLiaison(user, branch));
        }
        // a member of the branch's commune committee today: whom a liaison may stand for
        long member = demo.count("""
                select coalesce(min(c.member_id), 0) from committee_membership c join org_unit b on b.parent_id = c.unit_id
                where b.id = ? and c.role <> 'KEY_LEADER' and c.removed_at is null and c.valid_to is null""", branch);
        return post("/liaisons")
                .param("userId", String.valueOf(user))
                .param("branchId", String.valueOf(branch))
                .param("memberId", String.valueOf(member));
    }

    /** A liaison assignment made for the row, of a district leader not yet assigned to the branch. */
    private long freshLiaison(long branch) {
        long user = demo.count("""
                select min(u.id) from app_user u where u.username in ('huyenuy.an', 'huyenuy.binh')
                and not exists (select 1 from liaison l where l.user_id = u.id and l.branch_id = ?)""", branch);
        branchWork.assignLiaison(user, branch, LocalDate.now());
        cleanups.add(() -> removeLiaison(user, branch));
        return demo.count("select id from liaison where user_id = ? and branch_id = ?", user, branch);
    }

    /** The target branch's first duty. */
    /**
     * A committee period of the member: their first one, or one recorded for the row (a seat in their own
     * branch's committee from their admission, which counts in no figure) and removed after it.
     */
    private long committeePeriodOf(long member, long branch) {
        String sql = "select coalesce(min(id), 0) from committee_membership where member_id = ? and removed_at is null";
        if (demo.count(sql, member) == 0) {
            LocalDate admitted =
                    LocalDate.parse(demo.text("select admitted_on::text from member where id = ?", member));
            long id = committees.record(member, branch, CommitteeRole.STANDING_MEMBER, null, admitted, null);
            cleanups.add(() -> committees.remove(staff(), id, new CommitteeRemovalForm("Hàng thử phạm vi", 0L)));
        }
        return demo.count(sql, member);
    }

    /**
     * A past exemption of the member, a month long from 2006 (or from the day after their admission, if
     * later) and ended, recorded once for the rows that need one.
     */
    private long pastExemptionOf(long member) {
        String sql =
                "select coalesce(min(id), 0) from member_exemption where member_id = ? and reason = 'Hàng thử phạm vi'";
        if (demo.count(sql, member) == 0) {
            LocalDate admitted =
                    LocalDate.parse(demo.text("select admitted_on::text from member where id = ?", member));
            LocalDate start =
                    admitted.isBefore(LocalDate.of(2006, 1, 2)) ? LocalDate.of(2006, 1, 2) : admitted.plusDays(1);
            long id = life.exempt(
                    staff(),
                    member,
                    new ExemptionForm(
                            ExemptionKind.OTHER,
                            "Hàng thử phạm vi",
                            "1-NQ/CB",
                            start,
                            "Chi bộ",
                            start,
                            start.plusDays(30)));
            life.returnFrom(staff(), id, new ExemptionReturnForm(start.plusDays(30), 0L));
        }
        return demo.count(sql, member);
    }

    /** A guest (not a liaison) at a meeting of the target's branch, recorded for the row if it has none. */
    /** A tiny PDF, as a notice takes it. */
    private static final byte[] NOTICE_PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** A notice of the target's branch with one document, announced by district staff; removed after the row. */
    private long noticeOf(Target target) {
        long id = notices.create(
                staff(),
                demo.unit(target.branchCode()),
                new NoticeForm(LocalDate.now().plusMonths(2), null, null, MeetingKind.REGULAR, "Họp thử phạm vi", null),
                List.of(DocumentUpload.of("giay-moi.pdf", NOTICE_PDF)));
        cleanups.add(() -> {
            jdbc.sql("delete from meeting_notice_document where notice_id = ?")
                    .param(id)
                    .update();
            jdbc.sql("delete from meeting_notice where id = ?").param(id).update();
        });
        return id;
    }

    private long documentOf(long notice) {
        return demo.count("select min(id) from meeting_notice_document where notice_id = ?", notice);
    }

    private long guestOf(Target target) {
        long meeting = demo.meetingOf(target.branchCode());
        String sql = "select coalesce(min(id), 0) from meeting_guest where meeting_id = ? and kind = 'OTHER'"
                + " and removed_at is null";
        if (demo.count(sql, meeting) == 0) {
            branchWork.recordGuest(meeting, GuestKind.OTHER, "Khách mời thử", null, "");
        }
        return demo.count(sql, meeting);
    }

    /** An open correction request of the member, removed after the row. */
    private long correctionOf(long member) {
        long id = demo.count("select nextval('correction_request_seq')");
        jdbc.sql(
                        "insert into correction_request (id, member_id, body, requested_at) values (?, ?, 'Sai ngày sinh', now())")
                .params(id, member)
                .update();
        cleanups.add(() -> jdbc.sql("delete from correction_request where id = ?")
                .param(id)
                .update());
        return id;
    }

    private long dutyOf(Target target) {
        return demo.count(
                "select min(d.id) from duty d join org_unit b on b.id = d.branch_id where b.code = ? and d.removed_at is null",
                target.branchCode());
    }

    private void removeLiaison(long user, long branch) {
        long id = demo.count(
                "select coalesce(min(id), 0) from liaison where user_id = ? and branch_id = ?", user, branch);
        if (id != 0) {
            liaisons.remove(staff(), id);
        }
    }

    /** A removal without a reason: one that passed the role and the scope stops there and removes nothing. */
    private static MockHttpServletRequestBuilder removal(MockHttpServletRequestBuilder request) {
        return request.param("reason", " ").param("version", "0");
    }

    /** A recognition of the target branch, made once if the demo has none there. */
    private long recognition(Target target) {
        long branch = demo.unit(target.branchCode());
        long found = demo.count(
                "select coalesce(min(id), 0) from recognition where branch_id = ? and removed_at is null", branch);
        return found != 0
                ? found
                : engagement.recognise(
                        staff(),
                        new EngagementForms.RecognitionForm(
                                RecognitionKind.COMMENDATION,
                                null,
                                branch,
                                LocalDate.now(),
                                "Đảng ủy xã",
                                null,
                                "Chi bộ sinh hoạt đều"));
    }

    /** A concern of the target branch not yet forwarded (a secretary corrects only those), made once if none. */
    private long openConcern(Target target) {
        long branch = demo.unit(target.branchCode());
        long found = demo.count(
                "select coalesce(min(id), 0) from concern where branch_id = ? and status = 'OPEN' and removed_at is null",
                branch);
        return found != 0
                ? found
                : engagement.raise(
                        staff(),
                        new EngagementForms.ConcernForm(
                                branch, null, "Hộ ông Bảy", "Đường ngập nước", null, LocalDate.now()));
    }

    private long concern(Target target) {
        return demo.count(
                "select min(k.id) from concern k join org_unit b on b.id = k.branch_id"
                        + " where b.code = ? and k.removed_at is null",
                target.branchCode());
    }

    /** A reception held by the commune (the demo holds only the district's dialogues), made once. */
    private long session(long commune) {
        long found = demo.count(
                "select coalesce(min(id), 0) from engagement_session where unit_id = ? and removed_at is null",
                commune);
        return found != 0
                ? found
                : engagement.hold(
                        staff(),
                        new EngagementForms.SessionForm(
                                SessionKind.RECEPTION, commune, LocalDate.now(), "Tiếp công dân định kỳ", null, null));
    }

    private long followUp(long session) {
        long found = demo.count(
                "select coalesce(min(id), 0) from follow_up where session_id = ? and removed_at is null", session);
        if (found != 0) {
            return found;
        }
        engagement.addFollowUp(
                staff(),
                session,
                new EngagementForms.FollowUpForm(
                        "Trả lời bà con", "Văn phòng Đảng ủy", LocalDate.now().plusDays(10)));
        return demo.count("select min(id) from follow_up where session_id = ?", session);
    }

    /** Who uploads the file a row acts on: the user in their own scope, else the target commune's official. */
    private static String uploader(String user, boolean own, Target target) {
        boolean importer = user.equals("tochuc") || user.startsWith("xa.");
        return own && importer ? user : target.communeOfficial();
    }

    /**
     * An uploaded branch register with a header and no rows: committing it writes nothing. An import job
     * an earlier row started for the user (a confirmation, a dues sheet) ends first: one import at a time.
     */
    private String upload(String username) throws Exception {
        var running = imports.runningJob(users.actor(username));
        if (running.isPresent()) {
            jobWaits.awaitEnd(username, running.get().id(), new java.util.ArrayList<>());
        }
        return imports.upload(
                        users.actor(username),
                        ImportKind.BRANCHES,
                        "chi-bo.csv",
                        new ByteArrayInputStream(
                                "Xã/Thị trấn,Tên chi bộ,Loại chi bộ\n".getBytes(StandardCharsets.UTF_8)))
                .token();
    }
}
