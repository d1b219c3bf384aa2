package vn.dangvu.branchwork;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.dangvu.member.MemberGroup;

public record TemplateForm(
        @NotNull MemberGroup group,
        @NotBlank @Size(max = 100) String field,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        boolean active,
        Long version) {

    public static TemplateForm empty() {
        return new TemplateForm(null, "", "", "", true, null);
    }
}
