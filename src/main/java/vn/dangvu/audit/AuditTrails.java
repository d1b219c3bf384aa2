package vn.dangvu.audit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
    private final TrailEntries entries;

    AuditTrails(
            AuditService audit,
            AuditPolicy policy,
            MemberService members,
            OrganisationService organisation,
            TransferService transfers,
            CampaignService campaigns,
            DirectiveService directives,
            AccountService accounts,
            TrailEntries entries) {
        this.entries = entries;
        this.audit = audit;
        this.policy = policy;
        this.members = members;
        this.organisation = organisation;
        this.transfers = transfers;
        this.campaigns = campaigns;
        this.directives = directives;
        this.accounts = accounts;
    }

    /** The trail of one record in the reader's language (see {@link TrailEntries}). */
    public Trail trail(Actor actor, String type, long id, int page, Locale locale) {
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
        PageView<AuditService.Entry> found = audit.trail(type, id, page);
        return new Trail(
                type,
                title,
                new PageView<>(entries.write(type, found.items(), locale), found.page(), found.size(), found.total()));
    }

    /** {@code recordName}: the member's, unit's, campaign's or account's name, or the transfer's number. */
    public record Trail(String type, String recordName, PageView<Entry> entries) {}

    /** One entry as the trail shows it: when, who, the action and its details, all as words. */
    public record Entry(Instant occurredAt, String username, String action, List<String> details) {}
}
