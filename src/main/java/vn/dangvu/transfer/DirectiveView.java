package vn.dangvu.transfer;

import java.time.LocalDate;

public record DirectiveView(long id, String number, LocalDate issuedOn, String issuer, String title, String summary) {}
