package vn.dangvu.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangvu.account.AccountService;
import vn.dangvu.audit.AuditService;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.Role;
import vn.dangvu.transfer.CampaignService;
import vn.dangvu.transfer.DirectiveService;
import vn.dangvu.transfer.TransferService;

/** The audit trail of one record, for district staff who may read that record. */
@Controller
class AuditController {

    private final AuditService audit;
    private final MemberService members;
    private final OrganisationService organisation;
    private final TransferService transfers;
    private final CampaignService campaigns;
    private final DirectiveService directives;
    private final AccountService accounts;
    private final CurrentActor currentActor;

    AuditController(
            AuditService audit,
            MemberService members,
            OrganisationService organisation,
            TransferService transfers,
            CampaignService campaigns,
            DirectiveService directives,
            AccountService accounts,
            CurrentActor currentActor) {
        this.audit = audit;
        this.members = members;
        this.organisation = organisation;
        this.transfers = transfers;
        this.campaigns = campaigns;
        this.directives = directives;
        this.accounts = accounts;
        this.currentActor = currentActor;
    }

    @GetMapping("/audit/{type}/{id}")
    String trail(
            @PathVariable String type,
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            Model model) {
        Actor actor = currentActor.get();
        if (!actor.is(Role.DISTRICT_STAFF)) {
            throw new ForbiddenException();
        }
        String title = switch (type) {
            case "MEMBER" -> members.get(actor, id).fullName();
            case "UNIT" -> organisation.get(actor, id).name();
            case "TRANSFER" -> "#" + transfers.get(actor, id).id();
            case "CAMPAIGN" -> campaigns.get(actor, id).name();
            case "DIRECTIVE" -> directives.get(id).number();
            case "ACCOUNT" -> accounts.get(actor, id).username();
            default -> throw new NotFoundException();
        };
        model.addAttribute("type", type);
        model.addAttribute("title", title);
        model.addAttribute("page", audit.trail(type, id, PageView.safePage(page)));
        return "audit/trail";
    }
}
