package vn.dangvu.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new branch under a commune, established on {@code establishedOn}; when that is left blank the branch
 * is taken to have been there since before the records (an existing branch being entered).
 */
public record BranchForm(
        @NotNull Long parentId,

        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]*")
        String code,

        @NotBlank @Size(max = 200) String name,
        @NotNull UnitKind kind,
        @jakarta.validation.constraints.PastOrPresent java.time.LocalDate establishedOn) {

    public BranchForm(Long parentId, String code, String name, UnitKind kind) {
        this(parentId, code, name, kind, null);
    }

    public static BranchForm under(Long parentId) {
        return new BranchForm(parentId, "", "", UnitKind.HAMLET);
    }
}
