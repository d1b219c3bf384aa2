package vn.dangvu.branchwork.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.dangvu.branchwork.TemplateForm;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.shared.Texts;

/** A duty the district suggests for members of one group. */
@Entity
@Table(name = "duty_template")
public class DutyTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_template_seq")
    @SequenceGenerator(name = "duty_template_seq", sequenceName = "duty_template_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private MemberGroup memberGroup;

    private String field;
    private String title;
    private String description;
    private boolean active = true;

    @Version
    private long version;

    protected DutyTemplate() {}

    public DutyTemplate(TemplateForm form) {
        apply(form);
    }

    public void apply(TemplateForm form) {
        this.memberGroup = form.group();
        this.field = form.field().trim();
        this.title = form.title().trim();
        this.description = Texts.blankToNull(form.description());
        this.active = form.active();
    }

    public Long getId() {
        return id;
    }

    public MemberGroup getMemberGroup() {
        return memberGroup;
    }

    public String getField() {
        return field;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
