package vn.dangvu.me;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.branchwork.BranchWorkViews;
import vn.dangvu.branchwork.MeetingService;
import vn.dangvu.branchwork.NoticeService;
import vn.dangvu.branchwork.NoticeViews;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.engagement.EngagementViews;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.PageView;

/**
 * What a member reads of their branch's meetings and of their own part in them (the coming meetings as
 * announced, with their documents; their attendance) and the residents' concerns they raised: each read
 * through the module that keeps it, which checks on its own that the account is the member's (their branch
 * today for the notices; another branch's notice does not exist for them).
 */
@Service
@Transactional(readOnly = true)
public class MeRecordsService {

    private final MePolicy policy;
    private final NoticeService notices;
    private final MeetingService meetings;
    private final EngagementService engagement;

    MeRecordsService(MePolicy policy, NoticeService notices, MeetingService meetings, EngagementService engagement) {
        this.policy = policy;
        this.notices = notices;
        this.meetings = meetings;
        this.engagement = engagement;
    }

    /** The coming meetings of the member's branch, the nearest first. */
    public PageView<NoticeViews.NoticeRow> meetings(Actor actor, int page) {
        policy.requireOwnMember(actor);
        return notices.ownUpcoming(actor, page);
    }

    public NoticeViews.OwnNotice notice(Actor actor, long id) {
        policy.requireOwnMember(actor);
        return notices.ownNotice(actor, id);
    }

    public NoticeViews.DocumentFile document(Actor actor, long id, long documentId) {
        policy.requireOwnMember(actor);
        return notices.ownDocument(actor, id, documentId);
    }

    /** The member's attendance at the meetings of a year, the newest first, with the year's totals. */
    public BranchWorkViews.OwnAttendance attendance(Actor actor, int year, int page) {
        policy.requireOwnMember(actor);
        return meetings.ownAttendance(actor, year, page);
    }

    /** The concerns the member raised on behalf of residents, the latest first, with how far each has gone. */
    public PageView<EngagementViews.OwnConcernRow> concerns(Actor actor, int page) {
        policy.requireOwnMember(actor);
        return engagement.ownConcerns(actor, page);
    }
}
