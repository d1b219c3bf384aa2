package vn.dangvu.member;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The last day of an open committee period, and the version of it the user saw. */
public record CommitteeEndForm(@NotNull LocalDate validTo, Long version) {}
