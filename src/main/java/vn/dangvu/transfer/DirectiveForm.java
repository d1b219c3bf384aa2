package vn.dangvu.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record DirectiveForm(
        @NotBlank @Size(max = 40) String number,
        @NotNull @PastOrPresent LocalDate issuedOn,
        @NotBlank @Size(max = 200) String issuer,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String summary) {

    public static DirectiveForm empty() {
        return new DirectiveForm("", null, "", "", "");
    }
}
