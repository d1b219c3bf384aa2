package vn.dangvu.audit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.account.AccountService;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.PageView;
import vn.dangvu.transfer.CampaignService;
import vn.dangvu.transfer.DirectiveService;
import vn.dangvu.transfer.TransferService;

/** The trail page of one record: the record's own module names it and checks that the actor may read it. */
@Service
@Transactional(readOnly = true)
public class AuditTrails {

    private final AuditService audit;
    private final AuditPolicy policy;
    private final MemberService members;
    private final OrganisationService organisation;
    private final TransferService transfers;
    private final CampaignService campaigns;
    private final DirectiveService directives;
    private final AccountService accounts;

    AuditTrails(
            AuditService audit,
            AuditPolicy policy,
            MemberService members,
            OrganisationService organisation,
            TransferService transfers,
            CampaignService campaigns,
            DirectiveService directives,
            AccountService accounts) {
        this.audit = audit;
        this.policy = policy;
        this.members = members;
        this.organisation = organisation;
        this.transfers = transfers;
        this.campaigns = campaigns;
        this.directives = directives;
        this.accounts = accounts;
    }

    public Trail trail(Actor actor, String type, long id, int page) {
        policy.requireReadTrails(actor);
        String title = switch (type) {
            case "MEMBER" -> members.get(actor, id).fullName();
            case "UNIT" -> organisation.get(actor, id).name();
            case "TRANSFER" -> "#" + transfers.get(actor, id).id();
            case "CAMPAIGN" -> campaigns.get(actor, id).name();
            case "DIRECTIVE" -> directives.get(id).number();
            case "ACCOUNT" -> accounts.get(actor, id).username();
            default -> throw new NotFoundException();
        };
        return new Trail(type, title, audit.trail(type, id, page));
    }

    public record Trail(String type, String title, PageView<AuditService.Entry> entries) {}
}
