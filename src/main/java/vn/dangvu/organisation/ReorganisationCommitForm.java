package vn.dangvu.organisation;

import jakarta.validation.constraints.NotNull;

/** The confirmation of a commit, naming the version of the plan that was previewed. */
public record ReorganisationCommitForm(@NotNull Long version) {}
