package vn.dangvu.member;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The first day a member is back at Party work and meetings, and the version of the exemption seen. */
public record ExemptionReturnForm(@NotNull LocalDate returnedOn, Long version) {}
