package vn.dangvu.member.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.dangvu.member.PartyCardKind;
import vn.dangvu.shared.Texts;

/** A Party card number a member held; the current one has no {@code replacedOn}. */
@Entity
@Table(name = "party_card")
public class PartyCard {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_card_seq")
    @SequenceGenerator(name = "party_card_seq", sequenceName = "party_card_seq", allocationSize = 50)
    private Long id;

    private Long memberId;
    private String number;

    @Enumerated(EnumType.STRING)
    private PartyCardKind kind;

    private LocalDate issuedOn;
    private String decision;
    private LocalDate replacedOn;
    private String createdBy;
    private Instant createdAt;

    protected PartyCard() {}

    public static PartyCard issue(
            long memberId, PartyCardKind kind, String number, LocalDate issuedOn, String decision, String by) {
        PartyCard card = new PartyCard();
        card.memberId = memberId;
        card.kind = kind;
        card.number = number.trim();
        card.issuedOn = issuedOn;
        card.decision = Texts.blankToNull(decision);
        card.createdBy = by;
        card.createdAt = Instant.now();
        return card;
    }

    /** The card is replaced by a new one issued on the day. */
    public void replace(LocalDate on) {
        this.replacedOn = issuedOn != null && on.isBefore(issuedOn) ? issuedOn : on;
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getNumber() {
        return number;
    }

    public PartyCardKind getKind() {
        return kind;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getDecision() {
        return decision;
    }

    public LocalDate getReplacedOn() {
        return replacedOn;
    }
}
