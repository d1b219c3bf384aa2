package vn.dangvu.shared;

import java.util.List;
import org.springframework.stereotype.Component;

/** Gathers the links and notes of every module's {@link RecordLinkContributor} for a record page. */
@Component
public class RecordLinks {

    private final List<RecordLinkContributor> contributors;

    RecordLinks(List<RecordLinkContributor> contributors) {
        this.contributors = List.copyOf(contributors);
    }

    public List<RecordLink> on(Actor actor, String type, long id) {
        return contributors.stream()
                .flatMap(c -> c.linksOn(actor, type, id).stream())
                .toList();
    }

    public List<RecordNote> notesOn(Actor actor, String type, long id) {
        return contributors.stream()
                .flatMap(c -> c.notesOn(actor, type, id).stream())
                .toList();
    }
}
