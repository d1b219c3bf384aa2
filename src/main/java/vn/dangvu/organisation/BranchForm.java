package vn.dangvu.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new branch under a commune. */
public record BranchForm(
        @NotNull Long parentId,

        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]*")
        String code,

        @NotBlank @Size(max = 200) String name,
        @NotNull UnitKind kind) {

    public static BranchForm under(Long parentId) {
        return new BranchForm(parentId, "", "", UnitKind.HAMLET);
    }
}
