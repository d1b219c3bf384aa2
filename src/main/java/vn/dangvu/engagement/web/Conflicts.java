package vn.dangvu.engagement.web;

import org.springframework.validation.BindingResult;

/** Whether a correction's form came back because someone else changed the record since it was opened. */
final class Conflicts {

    private Conflicts() {}

    static boolean met(BindingResult result) {
        return result != null
                && result.getGlobalErrors().stream()
                        .anyMatch(e -> "engagement.changedMeanwhile".equals(e.getCode())
                                || "error.conflict".equals(e.getCode()));
    }
}
