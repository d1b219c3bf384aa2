package vn.dangvu.support;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.Actor;
import vn.dangvu.transfer.CampaignForm;
import vn.dangvu.transfer.CampaignService;
import vn.dangvu.transfer.CohortKind;
import vn.dangvu.transfer.DirectiveForm;
import vn.dangvu.transfer.DirectiveService;

/**
 * A campaign moving the members of some communes' agency branches to the hamlets they live in, under a
 * directive of its own that the organisation board issued ({@code TD-n-HD/BTCTU}, "Chuyển về ấp").
 */
@Component
public class AgencyCampaigns {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final DirectiveService directives;
    private final CampaignService campaigns;

    AgencyCampaigns(DirectiveService directives, CampaignService campaigns) {
        this.directives = directives;
        this.campaigns = campaigns;
    }

    /** The campaign's id and the number of its directive. */
    public record Campaign(long id, String directive) {}

    /** {@code name}, due on {@code deadline}, under a directive issued on {@code issuedOn}. */
    public Campaign create(Actor staff, LocalDate issuedOn, String name, LocalDate deadline, long... communes) {
        String number = "TD-" + SERIAL.incrementAndGet() + "-HD/BTCTU";
        long directive =
                directives.register(staff, new DirectiveForm(number, issuedOn, "Ban Tổ chức", "Chuyển về ấp", null));
        long id = campaigns.create(
                staff,
                new CampaignForm(
                        directive,
                        name,
                        deadline,
                        CohortKind.AGENCY_BRANCHES,
                        null,
                        Arrays.stream(communes).boxed().toList()));
        return new Campaign(id, number);
    }
}
