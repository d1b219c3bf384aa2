package vn.dangvu.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new Party card for a member (the 2025 renewal, a first card, a card issued again). */
public record PartyCardForm(
        @NotNull PartyCardKind kind,

        @NotBlank @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z./-]*")
        String number,

        @NotNull @PastOrPresent LocalDate issuedOn,
        @Size(max = 200) String decision,
        Long version) {

    public static PartyCardForm empty(long version) {
        return new PartyCardForm(PartyCardKind.RENEWAL_2025, "", null, "", version);
    }
}
