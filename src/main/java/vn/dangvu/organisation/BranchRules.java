package vn.dangvu.organisation;

import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.dangvu.organisation.domain.OrgUnit;
import vn.dangvu.organisation.domain.OrgUnitRepository;
import vn.dangvu.shared.FormConstraints;
import vn.dangvu.shared.Violation;

/**
 * Every rule a new branch must pass, in one place, for the branch form and the branch register import
 * alike: the form's constraints, a branch kind, an active commune above it, a free code and no active
 * sibling of the same name. Reports all broken rules at once.
 */
@Component
@RequiredArgsConstructor
public class BranchRules {

    private final FormConstraints constraints;
    private final OrgUnitRepository units;

    /**
     * The rules {@code form} breaks. With {@code generatedCode} the code is chosen when the branch is
     * created (an import), so it is not checked.
     */
    public List<Violation> check(BranchForm form, boolean generatedCode) {
        List<Violation> found = new ArrayList<>();
        for (Violation v : constraints.check(form, "branchForm")) {
            if (!(generatedCode && "code".equals(v.field()))) {
                found.add(v);
            }
        }
        if (form.kind() != null && !form.kind().isBranch()) {
            found.add(Violation.of("kind", "unit.kindNotBranch"));
        }
        OrgUnit parent =
                form.parentId() == null ? null : units.findById(form.parentId()).orElse(null);
        if (parent != null && !parent.isActive()) {
            found.add(Violation.of(null, "unit.parentDissolved"));
        } else if (parent != null
                && form.kind() != null
                && form.kind().isBranch()
                && !LevelRole.holdsBranches(parent.getLevelRole(), parent.getKind())) {
            found.add(Violation.of("kind", "unit.branchNeedsCommune"));
        }
        if (!generatedCode
                && found.stream().noneMatch(v -> "code".equals(v.field()))
                && units.existsByCodeIgnoreCase(form.code().trim())) {
            found.add(Violation.of("code", "unit.codeTaken"));
        }
        if (parent != null
                && found.stream().noneMatch(v -> "name".equals(v.field()))
                && units.existsActiveSibling(parent.getId(), form.name().trim(), -1)) {
            found.add(Violation.of("name", "unit.nameTaken"));
        }
        return found;
    }
}
