package vn.dangvu.transfer.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.dangvu.shared.Texts;
import vn.dangvu.transfer.DirectiveForm;
import vn.dangvu.transfer.DirectiveView;

/** A directing document (văn bản chỉ đạo) such as Hướng dẫn 21-HD/BTCTU. */
@Entity
@Table(name = "directive")
public class Directive {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "directive_seq")
    @SequenceGenerator(name = "directive_seq", sequenceName = "directive_seq", allocationSize = 50)
    private Long id;

    private String number;
    private LocalDate issuedOn;
    private String issuer;
    private String title;
    private String summary;

    @Version
    private long version;

    protected Directive() {}

    public Directive(DirectiveForm form) {
        this.number = form.number().trim();
        this.issuedOn = form.issuedOn();
        this.issuer = form.issuer().trim();
        this.title = form.title().trim();
        this.summary = Texts.blankToNull(form.summary());
    }

    public Long getId() {
        return id;
    }

    public DirectiveView toView() {
        return new DirectiveView(id, number, issuedOn, issuer, title, summary);
    }
}
